/**
 * A corpus run: documents extracted by a worker pool, each output written atomically as soon as
 * its document is done, a run manifest that makes a rerun skip what is finished (and redo what
 * failed or changed), a lock so two runs never write the same folder, shards for schedulers, and
 * corpus files (JSONL, CSV) built at the end in input order from the per-document outputs — so
 * memory does not grow with the corpus and nothing is lost when a run is killed.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { availableParallelism, hostname } from "node:os";
import { basename, dirname, join, relative, sep } from "node:path";
import * as nodeFs from "node:fs/promises";
import { Piscina } from "piscina";
import { type Failure, type FailureCode, type PolicyDocument, SCHEMA_VERSION } from "../schemas/index.ts";
import type { Diagnostic } from "../schemas/index.ts";
import { CSV_TABLES, csvHead, csvRows, dataDictionary } from "../output/csv.ts";
import { emptyTableRows, toParquet, toXlsx } from "../output/tables.ts";
import { extractTask, type ExtractResult, type ExtractTask } from "./worker.ts";
import type { LlmSession } from "../pipeline/llm/session.ts";
import { version } from "./cliSpec.ts";
import { commonDir } from "./files.ts";

export type OutFormat = "json" | "jsonl" | "csv" | "md" | "xlsx" | "parquet";
/** Formats built from all documents when the run ends (the others are one file per document). */
const CORPUS_FORMATS = new Set<OutFormat>(["jsonl", "csv", "xlsx", "parquet"]);

export type { Failure };

/** The file operations a batch uses, injectable so a full disk or a read-only folder can be tested. */
export interface BatchFs {
  mkdir(path: string): Promise<void>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  appendFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<string>;
  readdir(path: string): Promise<string[]>;
}

export const realFs: BatchFs = {
  mkdir: async (p) => void (await nodeFs.mkdir(p, { recursive: true })),
  writeFile: (p, d) => nodeFs.writeFile(p, d),
  appendFile: (p, d) => nodeFs.appendFile(p, d),
  rename: (a, b) => nodeFs.rename(a, b),
  unlink: (p) => nodeFs.unlink(p),
  readFile: (p) => nodeFs.readFile(p, "utf8"),
  readdir: (p) => nodeFs.readdir(p),
};

export interface BatchOptions {
  out: string;
  format: OutFormat;
  /** worker threads; 0 runs in the main thread (no time limit); default: every core */
  jobs?: number;
  /** redo documents the manifest says are finished */
  force?: boolean;
  /** per-document time limit in ms (worker threads only); default 60 000 */
  timeoutMs?: number;
  ocr?: boolean;
  asNotice?: boolean;
  explain?: boolean;
  maxBytes?: number;
  maxPages?: number;
  /** rule ids turned off (--disable-rule) */
  disabledRules?: readonly string[];
  /** the LLM assist keeps one budget for the run, so it runs in the main thread */
  llm?: LlmSession;
  /** output name of each input (outputNames over the whole corpus, so shards agree) */
  names: Map<string, string>;
  /** each input's place in the whole corpus (before sharding), so merge restores the corpus order */
  order?: Map<string, number>;
  fs?: BatchFs;
  onProgress?: (p: Progress) => void;
  onDebug?: (file: string, line: string) => void;
}

export interface Progress {
  done: number;
  total: number;
  file: string;
  status: "ok" | "failed" | "unchanged";
  elapsedMs: number;
}

export interface BatchResult {
  /** documents read in this run or found finished from an earlier one */
  documents: number;
  /** of which finished by an earlier run and not redone */
  unchanged: number;
  measures: number;
  warnings: number;
  failures: Failure[];
}

/** What the manifest records per input; the last line for an input wins. */
export interface ManifestEntry {
  input: string;
  /** place in the corpus order */
  index: number;
  sha256: string;
  size: number;
  zhengce: string;
  schema: string;
  format: OutFormat;
  /** rules turned off in the run that wrote it (--disable-rule); absent when none */
  disabledRules?: string[];
  status: "ok" | "failed";
  /** output file, relative to --out */
  output?: string;
  code?: FailureCode;
  reason?: string;
  measures?: number;
  warnings?: Diagnostic[];
  at: string;
}

/** Batch bookkeeping lives in one reserved subfolder of --out, which no output name can take. */
export const BATCH_DIR = "_zhengce";
const MANIFEST = join(BATCH_DIR, "manifest.jsonl");
const LOCK = join(BATCH_DIR, "lock");
const STORE = join(BATCH_DIR, "docs");

export class BatchError extends Error {
  constructor(
    readonly code: "out_locked" | "write_failed",
    message: string,
  ) {
    super(message);
  }
}

const errno = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e);

/** Writes through a temporary file and a rename, so a reader (or a rerun after kill -9) never sees half a file. */
async function writeAtomicWith(fs: BatchFs, path: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(dirname(path));
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Entries of a manifest, last per input; a line cut by a crash is ignored. */
export async function readManifest(out: string, fs: BatchFs = realFs): Promise<Map<string, ManifestEntry>> {
  const m = new Map<string, ManifestEntry>();
  let text = "";
  try {
    text = await fs.readFile(join(out, MANIFEST));
  } catch {
    return m;
  }
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as ManifestEntry;
      if (e.input) m.set(e.input, e);
    } catch {
      /* the half line a killed run left */
    }
  }
  return m;
}

/** Takes the folder's lock, or says who holds it; a lock left by a dead process is taken over. */
async function lock(out: string, fs: BatchFs): Promise<() => Promise<void>> {
  const path = join(out, LOCK);
  const me = `${process.pid} ${hostname()}`;
  try {
    await nodeFs.writeFile(path, me, { flag: "wx" });
  } catch (e) {
    if (errno(e) !== "EEXIST") throw e;
    const [pid, host] = (await fs.readFile(path).catch(() => "")).split(" ");
    let alive = false;
    if (host === hostname() && Number(pid) > 0) {
      try {
        process.kill(Number(pid), 0);
        alive = true;
      } catch {
        alive = false;
      }
    } else if (host && host !== hostname()) alive = true; // another machine: cannot tell, do not steal
    if (alive)
      throw new BatchError(
        "out_locked",
        `another zhengce run (pid ${pid} on ${host}) is writing to ${out}; wait for it, give another --out, or remove ${path} if that run is gone`,
      );
    await fs.writeFile(path, me);
  }
  return () => fs.unlink(path).catch(() => undefined);
}

/** Temporary files a killed run left (`x.json.<pid>.<time>.tmp`), removed before a run starts. */
async function cleanStale(dir: string, fs: BatchFs): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const e of entries) if (/\.\d+\.\d+\.tmp$/.test(e)) await fs.unlink(join(dir, e)).catch(() => undefined);
}

/** An earlier run's output stands when it was made from the same bytes by the same program and settings. */
const sameRun = (
  prev: ManifestEntry,
  now: Pick<ManifestEntry, "sha256" | "zhengce" | "schema" | "format" | "disabledRules">,
) =>
  prev.status === "ok" &&
  prev.sha256 === now.sha256 &&
  prev.zhengce === now.zhengce &&
  prev.schema === now.schema &&
  prev.format === now.format &&
  (prev.disabledRules ?? []).join(" ") === (now.disabledRules ?? []).join(" ");

async function sha256Of(file: string): Promise<{ sha256: string; size: number } | undefined> {
  try {
    const bytes = await nodeFs.readFile(file);
    return { sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.length };
  } catch {
    return undefined;
  }
}

/** Runs `files` (in order) into `opts.out`. Throws BatchError only when the folder cannot be used at all. */
export async function runExtractBatch(files: string[], opts: BatchOptions): Promise<BatchResult> {
  const fs = opts.fs ?? realFs;
  const { out } = opts;
  try {
    await fs.mkdir(join(out, BATCH_DIR));
  } catch (e) {
    throw new BatchError("write_failed", `cannot write to ${out} (${errno(e)}): no document was written`);
  }
  const unlock = await lock(out, fs);
  const release = () => void unlock();
  process.once("exit", release);
  try {
    await cleanStale(out, fs);
    await cleanStale(join(out, STORE), fs);
    return await runLocked(files, opts, fs);
  } finally {
    process.off("exit", release);
    await unlock();
  }
}

/** A batch in progress: its options, the manifest, the tally, and how progress and manifest lines are written. */
interface Run {
  files: string[];
  opts: BatchOptions;
  fs: BatchFs;
  manifest: Map<string, ManifestEntry>;
  result: BatchResult;
  disabledRules: string[];
  progress(file: string, status: Progress["status"]): void;
  record(e: ManifestEntry): Promise<void>;
}

async function runLocked(files: string[], opts: BatchOptions, fs: BatchFs): Promise<BatchResult> {
  const { out } = opts;
  const manifest = await readManifest(out, fs);
  const result: BatchResult = { documents: 0, unchanged: 0, measures: 0, warnings: 0, failures: [] };
  const jobs = opts.llm ? 0 : (opts.jobs ?? availableParallelism());
  const pool = jobs > 0 ? workerPool(jobs, files.length) : undefined;
  const started = Date.now();
  let done = 0;
  const run: Run = {
    files,
    opts,
    fs,
    manifest,
    result,
    disabledRules: [...(opts.disabledRules ?? [])].sort(),
    progress: (file, status) =>
      opts.onProgress?.({ done: ++done, total: files.length, file, status, elapsedMs: Date.now() - started }),
    record: async (e) => {
      manifest.set(e.input, e);
      try {
        await fs.appendFile(join(out, MANIFEST), `${JSON.stringify(e)}\n`);
      } catch {
        /* the output is written; a rerun without this line redoes the document, nothing is lost */
      }
    },
  };
  // one task per worker in flight: memory stays flat however long the corpus, and a task's time
  // limit counts from when a worker takes it, never from waiting in a queue
  const inFlight = Math.max(1, jobs);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, files.length) }, async () => {
      while (next < files.length) await runOne(run, files[next++]!, pool);
    }),
  );
  await pool?.destroy();
  if (CORPUS_FORMATS.has(opts.format)) await finaliseCorpus(run);
  return result;
}

const workerPool = (jobs: number, files: number) =>
  new Piscina({
    filename: new URL(import.meta.url.endsWith(".ts") ? "./worker.mjs" : "./worker.js", import.meta.url).href,
    minThreads: Math.min(jobs, files),
    maxThreads: Math.min(jobs, Math.max(1, files)),
    idleTimeout: 1000,
  });

/** One input: skipped when an earlier run made its output from the same bytes and settings, else read and written. */
async function runOne(run: Run, file: string, pool: Piscina | undefined): Promise<void> {
  const { opts, result } = run;
  const hash = await sha256Of(file);
  const prev = run.manifest.get(file);
  const base = {
    input: file,
    index: opts.order?.get(file) ?? run.files.indexOf(file),
    sha256: hash?.sha256 ?? "",
    size: hash?.size ?? 0,
    zhengce: version(),
    schema: SCHEMA_VERSION,
    format: opts.format,
    ...(run.disabledRules.length ? { disabledRules: run.disabledRules } : {}),
  };
  if (!opts.force && hash && prev && sameRun(prev, base) && prev.output && existsSync(join(opts.out, prev.output))) {
    result.documents++;
    result.unchanged++;
    result.measures += prev.measures ?? 0;
    result.warnings += (prev.warnings ?? []).filter((w) => w.severity !== "info").length;
    run.progress(file, "unchanged");
    return;
  }
  const task: ExtractTask = {
    file,
    ocr: opts.ocr ?? true,
    asNotice: !!opts.asNotice,
    explain: !!opts.explain,
    markdown: opts.format === "md",
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.maxPages !== undefined ? { maxPages: opts.maxPages } : {}),
    ...(run.disabledRules.length ? { disabledRules: run.disabledRules } : {}),
  };
  const r = pool ? await inWorker(pool, task, opts.timeoutMs ?? 60_000) : await extractTask(task, opts.llm);
  for (const l of r.debug) opts.onDebug?.(file, l);
  const ok = r.ok ? await writeDocument(run, file, r, base) : false;
  if (!r.ok) {
    result.failures.push({ file, code: r.code, reason: r.reason });
    await run.record({ ...base, status: "failed", code: r.code, reason: r.reason, at: new Date().toISOString() });
  }
  run.progress(file, ok ? "ok" : "failed");
}

/** A task in a pool worker, stopped after `timeoutMs`; a stopped or crashed worker is a typed failure. */
async function inWorker(pool: Piscina, task: ExtractTask, timeoutMs: number): Promise<ExtractResult> {
  try {
    return (await pool.run(task, { signal: AbortSignal.timeout(timeoutMs) })) as ExtractResult;
  } catch (e) {
    const aborted = (e as Error)?.name === "AbortError" || /abort/i.test((e as Error)?.message ?? "");
    return aborted
      ? {
          ok: false,
          code: "timeout",
          reason: `not finished within ${timeoutMs / 1000} s (--timeout); the worker was stopped and the batch went on`,
          debug: [],
        }
      : {
          ok: false,
          code: "internal_error",
          reason: `the worker failed (${(e as Error)?.message ?? String(e)})`,
          debug: [],
        };
  }
}

/** Writes a document's output atomically and records it; a write that fails is the document's failure. */
async function writeDocument(
  run: Run,
  file: string,
  r: Extract<ExtractResult, { ok: true }>,
  base: Omit<ManifestEntry, "status" | "at">,
): Promise<boolean> {
  const { opts, fs, result } = run;
  const name = opts.names.get(file) ?? basename(file);
  const output =
    opts.format === "json" ? `${name}.json` : opts.format === "md" ? `${name}.md` : join(STORE, `${name}.json`);
  try {
    await writeAtomicWith(fs, join(opts.out, output), opts.format === "md" ? r.md! : r.json);
    if (opts.format === "md") await writeAtomicWith(fs, join(opts.out, STORE, `${name}.json`), r.json);
  } catch (e) {
    const reason = `cannot write ${join(opts.out, output)} (${errno(e)}): the document was read but its output is missing`;
    result.failures.push({ file, code: "write_failed", reason });
    await run.record({
      ...base,
      status: "failed",
      code: "write_failed",
      reason: errno(e),
      at: new Date().toISOString(),
    });
    return false;
  }
  result.documents++;
  result.measures += r.measures;
  result.warnings += r.warnings.filter((w) => w.severity !== "info").length;
  const at = new Date().toISOString();
  await run.record({ ...base, status: "ok", output, measures: r.measures, warnings: r.warnings, at });
  return true;
}

/** The corpus files (documents.jsonl, the CSV tables, XLSX, Parquet) from every document finished, in input order. */
async function finaliseCorpus(run: Run): Promise<void> {
  const { out, format } = run.opts;
  const outputs = run.files.flatMap((f) => {
    const e = run.manifest.get(f);
    return e?.status === "ok" && e.output ? [join(out, e.output)] : [];
  });
  try {
    await finalise(out, format, outputs, run.fs);
  } catch (e) {
    run.result.failures.push({
      file: out,
      code: "write_failed",
      reason: `cannot write the ${format} tables in ${out} (${errno(e)})`,
    });
  }
}

/**
 * Corpus files from per-document JSON outputs, in the order given, one document in memory at a time:
 * documents.jsonl or the CSV tables streamed; the XLSX workbook and Parquet files from the collected
 * rows; the data dictionary beside any table format.
 */
export async function finalise(
  out: string,
  format: OutFormat,
  docFiles: string[],
  fs: BatchFs = realFs,
): Promise<void> {
  if (format === "xlsx" || format === "parquet") {
    const rows = emptyTableRows();
    for (const f of docFiles) {
      const doc = JSON.parse(await fs.readFile(f)) as PolicyDocument;
      for (const t of CSV_TABLES) rows.get(t.name)!.push(...t.rows(doc));
    }
    if (format === "xlsx") await writeAtomicWith(fs, join(out, "tables.xlsx"), toXlsx(rows));
    else for (const [name, bytes] of Object.entries(toParquet(rows))) await writeAtomicWith(fs, join(out, name), bytes);
    await writeAtomicWith(fs, join(out, "data-dictionary.md"), dataDictionary());
    return;
  }
  if (format !== "jsonl" && format !== "csv") return;
  const targets =
    format === "jsonl"
      ? [{ name: "documents.jsonl", head: "" }]
      : CSV_TABLES.map((t) => ({ name: t.name, head: csvHead(t.header) }));
  const tmp = targets.map((t) => `${join(out, t.name)}.${process.pid}.${Date.now()}.tmp`);
  try {
    for (const [i, t] of targets.entries()) await fs.writeFile(tmp[i]!, t.head);
    for (const f of docFiles) {
      const doc = JSON.parse(await fs.readFile(f)) as PolicyDocument;
      if (format === "jsonl") await fs.appendFile(tmp[0]!, `${JSON.stringify(doc)}\n`);
      else
        for (const [i, t] of CSV_TABLES.entries()) {
          const rows = t.rows(doc);
          if (rows.length) await fs.appendFile(tmp[i]!, csvRows(rows));
        }
    }
    for (const [i, t] of targets.entries()) await fs.rename(tmp[i]!, join(out, t.name));
  } catch (e) {
    for (const p of tmp) await fs.unlink(p).catch(() => undefined);
    throw e;
  }
  if (format === "csv") await writeAtomicWith(fs, join(out, "data-dictionary.md"), dataDictionary());
}

/**
 * `--shard K/N`: the inputs whose path (relative to the inputs' common folder, so machines that mount
 * the corpus elsewhere agree) hashes to K modulo N. K may be `auto`: the scheduler's index
 * (JOB_COMPLETION_INDEX of a Kubernetes Indexed Job, SLURM_ARRAY_TASK_ID of a Slurm array).
 */
export function parseShard(spec: string, env: NodeJS.ProcessEnv = process.env): { k: number; n: number } {
  const m = spec.match(/^(?<k>\d+|auto)\/(?<n>\d+)$/);
  if (!m) throw new Error(`--shard wants K/N (0 ≤ K < N) or auto/N, not “${spec}”`);
  const n = Number(m.groups!.n);
  let k: number;
  if (m.groups!.k === "auto") {
    const idx =
      env.JOB_COMPLETION_INDEX ??
      (env.SLURM_ARRAY_TASK_ID !== undefined
        ? String(Number(env.SLURM_ARRAY_TASK_ID) - Number(env.SLURM_ARRAY_TASK_MIN ?? 0))
        : undefined);
    if (idx === undefined)
      throw new Error(
        "--shard auto/N needs JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm) in the environment",
      );
    k = Number(idx);
  } else k = Number(m.groups!.k);
  if (!(n >= 1) || !(k >= 0 && k < n) || !Number.isInteger(k)) throw new Error(`--shard ${spec}: K must be 0…${n - 1}`);
  return { k, n };
}

export function inShard(files: string[], shard: { k: number; n: number }): string[] {
  const root = commonDir(files);
  return files.filter((f) => {
    const h = createHash("sha1").update(relative(root, f).split(sep).join("/")).digest();
    return h.readUInt32BE(0) % shard.n === shard.k;
  });
}

/**
 * `zhengce merge`: the per-document outputs of several run folders (shards) into one, in input
 * order, with the corpus files of `format`. Returns the failures the shards recorded.
 */
export async function mergeOutputs(
  dirs: string[],
  out: string,
  format: OutFormat,
  fs: BatchFs = realFs,
): Promise<{ documents: number; failures: Failure[] }> {
  const entries: { e: ManifestEntry; dir: string }[] = [];
  for (const d of dirs) for (const e of (await readManifest(d, fs)).values()) entries.push({ e, dir: d });
  entries.sort((a, b) => a.e.index - b.e.index || (a.e.input < b.e.input ? -1 : a.e.input > b.e.input ? 1 : 0));
  const ok = entries.filter((x) => x.e.status === "ok" && x.e.output);
  const failures = entries
    .filter((x) => x.e.status === "failed")
    .map((x) => ({ file: x.e.input, code: x.e.code ?? "internal_error", reason: x.e.reason ?? "" }));
  await fs.mkdir(join(out, BATCH_DIR));
  const docFiles: string[] = [];
  for (const { e, dir } of ok) {
    const src = join(dir, e.output!);
    // the JSON of the document: the output itself, or the store beside a Markdown output
    const json = e.format === "md" ? join(dir, STORE, `${basename(e.output!, ".md")}.json`) : src;
    docFiles.push(json);
    if (format === "json" || format === "md") {
      const target =
        format === "json"
          ? e.format === "json"
            ? e.output!
            : `${basename(json)}`
          : e.format === "md"
            ? e.output!
            : `${basename(json, ".json")}.md`;
      if (format === "json") await writeAtomicWith(fs, join(out, target), await fs.readFile(json));
      else {
        const { toMarkdown } = await import("../output/markdown.ts");
        await writeAtomicWith(
          fs,
          join(out, target),
          e.format === "md"
            ? await fs.readFile(src)
            : toMarkdown(JSON.parse(await fs.readFile(json)) as PolicyDocument),
        );
      }
    }
  }
  if (CORPUS_FORMATS.has(format)) await finalise(out, format, docFiles, fs);
  await writeAtomicWith(
    fs,
    join(out, "_report.json"),
    `${JSON.stringify({ merged: dirs, documents: ok.length, failures }, null, 2)}\n`,
  );
  return { documents: ok.length, failures };
}
