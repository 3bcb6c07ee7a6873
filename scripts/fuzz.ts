/**
 * npm run fuzz -- [--cases N] [--seed S] [--jobs N] [--timeout MS] [--save DIR]
 *
 * Mutates the bundled notices (text, Markdown, HTML and a PDF) with a seeded generator and runs
 * every case through the same worker pool as `extract`, each with a time limit. A typed input error
 * (empty_file, not_a_notice …) is a correct answer; a crash (internal_error), a time-out or an
 * output the schema refuses is a finding. The inputs of findings are saved (with --save) to become
 * regression fixtures. Exit code 1 when there is any finding.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { PolicyDocument } from "../schemas/index.ts";
import { type BatchResult, runExtractBatch } from "../cli/batch.ts";
import { outputNames } from "../cli/files.ts";

/** mulberry32: a small seeded generator, so a case number and a seed give the same input every time. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Fragments real notices are made of, and the odd things real files carry. */
const FRAGMENTS = [
  "一、",
  "（一）",
  "1.",
  "（1）",
  "第一章",
  "第十二条",
  "第一百零一条",
  "附件",
  "附件1",
  "序号\t重点任务\t责任单位",
  "1\t",
  "\t",
  "2024年",
  "2024年1月1日至2025年12月31日",
  "3月底前",
  "每人每月1500元",
  "50%",
  "不超过30万元",
  "1亿元以上",
  "贰仟元",
  "20—50人",
  "（市人社局牵头，市财政局配合）",
  "牵头单位：",
  "责任单位：",
  "国办发〔2018〕39号",
  "〔",
  "〕",
  "《",
  "》",
  "“",
  "”",
  "99999999999999999999999",
  "9".repeat(400),
  "万亿",
  "0.000000000001%",
  "-",
  "—",
  "～",
  "至",
  "以上",
  "以下",
  "\u00ad",
  "\u200b",
  "\ufeff",
  "\u0000",
  "\r",
  "\r\n",
  "\n\n\n",
  " ",
  "\u3000",
  "<p>",
  "</p>",
  '<table><tr><td rowspan="99999">',
  "**",
  "##",
  "|",
  "\ud800",
  "\udc00",
  "😀",
  "𠀀",
  "々",
  "〇",
  "○",
  "O",
  "兩",
  "條",
  "號",
];

const MUTATORS: { name: string; apply: (r: Rand, s: string) => string }[] = [
  {
    name: "insert",
    apply: (r, s) => {
      const i = int(r, 0, s.length);
      return s.slice(0, i) + pick(r, FRAGMENTS) + s.slice(i);
    },
  },
  {
    name: "insert-many",
    apply: (r, s) => {
      let t = s;
      for (let k = int(r, 2, 40); k > 0; k--) {
        const i = int(r, 0, t.length);
        t = t.slice(0, i) + pick(r, FRAGMENTS) + t.slice(i);
      }
      return t;
    },
  },
  {
    name: "delete",
    apply: (r, s) => {
      const i = int(r, 0, s.length);
      return s.slice(0, i) + s.slice(Math.min(s.length, i + int(r, 1, 200)));
    },
  },
  { name: "truncate", apply: (r, s) => s.slice(0, int(r, 0, s.length)) },
  {
    name: "duplicate",
    apply: (r, s) => {
      const i = int(r, 0, s.length);
      const j = Math.min(s.length, i + int(r, 1, 2000));
      return s.slice(0, j) + s.slice(i, j).repeat(int(r, 1, 20)) + s.slice(j);
    },
  },
  { name: "one-line", apply: (_r, s) => s.replace(/\n+/g, " ") },
  { name: "no-punct", apply: (_r, s) => s.replace(/[。；，、]/g, "") },
  {
    name: "swap-lines",
    apply: (r, s) => {
      const ls = s.split("\n");
      for (let k = 0; k < 10 && ls.length > 1; k++) {
        const a = int(r, 0, ls.length - 1),
          b = int(r, 0, ls.length - 1);
        [ls[a], ls[b]] = [ls[b]!, ls[a]!];
      }
      return ls.join("\n");
    },
  },
  { name: "long-line", apply: (r, s) => s + "\n" + pick(r, FRAGMENTS).repeat(int(r, 1000, 20000)) },
  {
    name: "markers-storm",
    apply: (r, s) =>
      s +
      "\n" +
      Array.from(
        { length: int(r, 50, 2000) },
        (_, k) => `${pick(r, ["一、", "（一）", "1.", "第一条", `${k}、`])}${pick(r, FRAGMENTS)}`,
      ).join(pick(r, ["\n", "。", " "])),
  },
  { name: "digits", apply: (r, s) => s.replace(/\d+/g, () => String(int(r, 0, 1e9)).repeat(int(r, 1, 4))) },
  {
    name: "control",
    apply: (r, s) => Array.from(s, (c) => (r() < 0.01 ? String.fromCharCode(int(r, 0, 31)) : c)).join(""),
  },
];

const BYTE_MUTATORS: { name: string; apply: (r: Rand, b: Uint8Array) => Uint8Array }[] = [
  {
    name: "flip",
    apply: (r, b) => {
      const c = b.slice();
      for (let k = int(r, 1, 50); k > 0; k--) c[int(r, 0, c.length - 1)] = int(r, 0, 255);
      return c;
    },
  },
  { name: "cut", apply: (r, b) => b.slice(0, int(r, 0, b.length)) },
  {
    name: "splice",
    apply: (r, b) => {
      const i = int(r, 0, b.length),
        j = int(r, i, b.length);
      return new Uint8Array([...b.slice(0, i), ...b.slice(j), ...b.slice(i, j)]);
    },
  },
];

export interface FuzzFinding {
  case: number;
  kind: "crash" | "hang" | "invalid";
  mutator: string;
  source: string;
  reason: string;
  file: string;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  typedErrors: number;
  ok: number;
  findings: FuzzFinding[];
  seconds: number;
}

const SOURCES = () => [
  ...readdirSync("corpus")
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .map((f) => join("corpus", f)),
  ...readdirSync("corpus/dev")
    .filter((f) => f.endsWith(".txt"))
    .slice(0, 8)
    .map((f) => join("corpus/dev", f)),
  "test/fixtures/small-notice.pdf",
];

type CaseMeta = { mutator: string; source: string; n: number };

/** Case `n` of a seed: a source picked and mutated, written to `dir`. */
function writeCase(seed: number, n: number, sources: string[], dir: string): { file: string; meta: CaseMeta } {
  const r = rng(seed * 1_000_003 + n);
  const source = pick(r, sources);
  const ext = extname(source);
  const file = join(dir, `case-${String(n).padStart(5, "0")}${ext}`);
  let mutator: string;
  if (ext === ".pdf") {
    const m = pick(r, BYTE_MUTATORS);
    mutator = m.name;
    writeFileSync(file, m.apply(r, new Uint8Array(readFileSync(source))));
  } else {
    let text = readFileSync(source, "utf8");
    const names: string[] = [];
    for (let k = int(r, 1, 3); k > 0; k--) {
      const m = pick(r, MUTATORS);
      names.push(m.name);
      text = m.apply(r, text);
    }
    mutator = names.join("+");
    // text written as UTF-8; lone surrogates become U+FFFD on the way, as they would in a real file
    writeFileSync(file, text);
  }
  return { file, meta: { mutator, source, n } };
}

const KIND_OF: Record<string, FuzzFinding["kind"]> = {
  internal_error: "crash",
  timeout: "hang",
  invalid_output: "invalid",
};

/** What came back: crashes, hangs and invalid outputs are findings; a typed error is the right answer to a bad input. */
function sortOut(result: BatchResult, out: string, files: string[], meta: Map<string, CaseMeta>) {
  const findings: FuzzFinding[] = [];
  let typedErrors = 0;
  const finding = (file: string, kind: FuzzFinding["kind"], reason: string) => {
    const m = meta.get(file)!;
    findings.push({ case: m.n, kind, mutator: m.mutator, source: m.source, reason, file });
  };
  for (const f of result.failures) {
    const kind = KIND_OF[f.code];
    if (kind) finding(f.file, kind, f.reason.split("\n")[0]!);
    else typedErrors++;
  }
  // every output written must parse and validate
  for (const name of readdirSync(out).filter((f) => f.endsWith(".json") && f !== "_report.json")) {
    const parsed = PolicyDocument.safeParse(JSON.parse(readFileSync(join(out, name), "utf8")));
    if (parsed.success) continue;
    const file = files.find((f) => basename(f, extname(f)) === basename(name, ".json"))!;
    finding(file, "invalid", parsed.error.issues[0]?.message ?? "invalid");
  }
  return { findings, typedErrors };
}

/** Writes `cases` mutated inputs, runs them, and sorts what came back. */
export async function runFuzz(opts: {
  seed: number;
  cases: number;
  jobs?: number;
  timeoutMs?: number;
  save?: string;
  log?: (s: string) => void;
}): Promise<FuzzReport> {
  const started = Date.now();
  const sources = SOURCES();
  const dir = mkdtempSync(join(tmpdir(), "zc-fuzz-"));
  const out = mkdtempSync(join(tmpdir(), "zc-fuzz-out-"));
  const files: string[] = [];
  const meta = new Map<string, CaseMeta>();
  for (let n = 0; n < opts.cases; n++) {
    const c = writeCase(opts.seed, n, sources, dir);
    files.push(c.file);
    meta.set(c.file, c.meta);
  }
  const result = await runExtractBatch(files, {
    out,
    format: "json",
    jobs: opts.jobs ?? 2,
    timeoutMs: opts.timeoutMs ?? 5000,
    ocr: false,
    names: outputNames(files),
    onProgress: (p) => {
      if (p.done % 500 === 0) opts.log?.(`  ${p.done}/${p.total}`);
    },
  });
  const { findings, typedErrors } = sortOut(result, out, files, meta);
  if (opts.save && findings.length) {
    mkdirSync(opts.save, { recursive: true });
    for (const f of findings) copyFileSync(f.file, join(opts.save, `fuzz-${opts.seed}-${basename(f.file)}`));
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  const sorted = findings.sort((a, b) => a.case - b.case);
  return {
    seed: opts.seed,
    cases: opts.cases,
    typedErrors,
    ok: result.documents,
    findings: sorted,
    seconds: (Date.now() - started) / 1000,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, def: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1]! : def;
  };
  const seeds = arg("seed", "1").split(",").map(Number);
  let total = 0;
  for (const seed of seeds) {
    const r = await runFuzz({
      seed,
      cases: Number(arg("cases", "1000")),
      jobs: Number(arg("jobs", "2")),
      timeoutMs: Number(arg("timeout", "5000")),
      ...(process.argv.includes("--save") ? { save: arg("save", "test/fixtures/fuzz") } : {}),
      log: (s) => console.error(s),
    });
    const by = (k: string) => r.findings.filter((f) => f.kind === k).length;
    console.log(
      `seed ${seed}: ${r.cases} cases in ${r.seconds.toFixed(0)} s: ${r.ok} read, ${r.typedErrors} typed input errors; ${by("crash")} crashes, ${by("hang")} time-outs, ${by("invalid")} invalid outputs`,
    );
    for (const f of r.findings.slice(0, 20))
      console.log(`  case ${f.case} [${f.kind}] ${f.mutator} on ${f.source}: ${f.reason}`);
    total += r.findings.length;
  }
  process.exitCode = total ? 1 : 0;
}
