/**
 * npm run bench — zhengce against its peer, in one run, on the bundled corpus.
 *
 * Peer: @microsoft/recognizers-text-suite (Culture zh-cn: currency, percentage, number, age,
 * datetime). The peer gets zhengce's segmentation for free: it runs over each measure's
 * normalised text, so only recognising amounts and periods is compared. Its results are mapped
 * to the gold conventions of corpus/gold/FORMAT.md as fairly as we can (see README "Benchmark").
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import * as RT from "@microsoft/recognizers-text-suite";
import { evaluate, type EvalResult } from "../pipeline/analysis/eval.ts";
import { diffDocuments } from "../pipeline/analysis/diff.ts";
import { compareDocuments } from "../pipeline/analysis/compare.ts";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pdfToText } from "../read/ingest/pdf.ts";
import { openPdf, renderPage } from "../read/ingest/pdfjs.ts";
import { PaddleOcrEngine } from "../read/ocr/index.ts";
import { makeScan } from "./scan.ts";
import { extractDocument } from "../pipeline/run.ts";
import type { Amount, Gold, Period, PolicyDocument } from "../schemas/index.ts";

const manifest = JSON.parse(readFileSync("corpus/manifest.json", "utf8")) as { file: string; gold: string }[];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const COUNTER = /^(?<c>人次|人|个|家|次|名|户|项|所)/;

type ModelResult = { start: number; end: number; text: string; typeName: string; resolution: Record<string, unknown> };
const zh = RT.Culture.Chinese;

function peerMeasure(text: string, refDate: Date): { amounts: Amount[]; periods: Period[] } {
  const span = (r: ModelResult) => ({ start: r.start, end: r.end + 1 }); // the peer's end is inclusive
  const amounts: Amount[] = [];
  const periods: Period[] = [];
  const base = (r: ModelResult) => ({
    text: r.text,
    span: span(r),
    rule: `peer/${r.typeName}`,
    bound: "exact" as const,
  });
  const taken: [number, number][] = [];
  const take = (r: ModelResult) => taken.push([r.start, r.end + 1]);
  const free = (r: ModelResult) => !taken.some(([s, e]) => r.start < e && s < r.end + 1);

  for (const r of RT.recognizeCurrency(text, zh) as ModelResult[]) {
    const v = Number((r.resolution as { value?: string }).value);
    if (Number.isFinite(v)) {
      amounts.push({ ...base(r), kind: "money", value: v, unit: "元" });
      take(r);
    }
  }
  for (const r of RT.recognizePercentage(text, zh) as ModelResult[]) {
    const v = parseFloat(String((r.resolution as { value?: string }).value));
    if (Number.isFinite(v)) {
      amounts.push({ ...base(r), kind: "percent", value: v, unit: "%" });
      take(r);
    }
  }
  for (const r of RT.recognizeAge(text, zh) as ModelResult[]) {
    const v = Number((r.resolution as { value?: string }).value);
    if (Number.isFinite(v)) {
      amounts.push({ ...base(r), kind: "age", value: v, unit: "岁" });
      take(r);
    }
  }
  // the peer has no counters: a number directly followed by a counter word is a count
  for (const r of RT.recognizeNumber(text, zh) as ModelResult[]) {
    const c = text.slice(r.end + 1).match(COUNTER)?.groups?.c;
    const v = Number((r.resolution as { value?: string }).value);
    if (c && free(r) && Number.isFinite(v)) amounts.push({ ...base(r), kind: "count", value: v, unit: c });
  }
  for (const r of RT.recognizeDateTime(text, zh, undefined, refDate) as ModelResult[]) {
    const values =
      (r.resolution as { values?: { timex?: string; type?: string; value?: string; start?: string; end?: string }[] })
        .values ?? [];
    const v = values[0];
    if (!v) continue;
    const before = text.slice(Math.max(0, r.start - 3), r.start);
    const after = text.slice(r.end + 1, r.end + 3);
    const p = { text: r.text, span: span(r), rule: `peer/${r.typeName}` };
    if (v.type === "duration" && v.timex) {
      const m = v.timex.match(/^P(?<n>\d+(?:\.\d+)?)(?<u>[YMDW])$/);
      if (!m?.groups) continue;
      const unit = ({ Y: "year", M: "month", D: "day", W: "day" } as const)[m.groups.u as "Y" | "M" | "D" | "W"];
      const n = Number(m.groups.n) * (m.groups.u === "W" ? 7 : 1);
      periods.push({ ...p, start: null, end: null, duration: { value: n, unit, bound: "exact" } });
    } else if (v.type === "date" && v.value) {
      // the same cue words zhengce reads, so the mapping is not the peer's loss
      const isEnd = /(?:至|到|截至|截止)$/.test(before);
      const isStart = /(?:自|从)$/.test(before) || /^起/.test(after);
      periods.push({ ...p, start: isEnd ? null : v.value, end: isStart ? null : v.value, duration: null });
    } else if (v.type === "daterange" && v.timex) {
      if (/^\d{4}$/.test(v.timex)) periods.push({ ...p, start: v.timex, end: v.timex, duration: null });
      else if (/^\d{4}-\d{2}$/.test(v.timex)) periods.push({ ...p, start: v.timex, end: v.timex, duration: null });
      else if (v.start && v.end) {
        const end = new Date(Date.parse(v.end) - 86400000).toISOString().slice(0, 10);
        periods.push({ ...p, start: v.start, end, duration: null });
      }
    }
  }
  return { amounts, periods };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The corpus extracted ROUNDS times, each measure also read by the peer: per-document times and the last round's documents. */
async function timeExtraction(files: string[]) {
  const zTimes: number[] = [];
  const pTimes: number[] = [];
  let docs: PolicyDocument[] = [];
  let peerDocs: PolicyDocument[] = [];
  for (const f of files) await extractDocument(`corpus/${f}`); // warm-up (module load, JIT)
  for (let round = 0; round < ROUNDS; round++) {
    docs = [];
    peerDocs = [];
    for (const f of files) {
      const t0 = performance.now();
      const doc = await extractDocument(`corpus/${f}`);
      zTimes.push(performance.now() - t0);
      docs.push(doc);
      const ref = new Date(`${doc.meta.date ?? "2020-01-01"}T00:00:00Z`);
      const t1 = performance.now();
      const measures = doc.measures.map((m) => ({ ...m, ...peerMeasure(m.text, ref) }));
      pTimes.push(performance.now() - t1);
      peerDocs.push({ ...doc, measures });
    }
  }
  return { docs, peerDocs, zTimes, pTimes };
}

async function timeSeeds(files: string[]) {
  // the five seed notices in their text form
  const seedTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const f of files.filter((x) => /\.(txt|md)$/.test(x))) {
      const t0 = performance.now();
      await extractDocument(`corpus/${f}`);
      seedTimes.push(performance.now() - t0);
    }
  }
  return seedTimes;
}

function timeAnalysis(files: string[], docs: PolicyDocument[]) {
  // diff: two seed notices (already extracted), median over rounds; compare: the whole corpus
  const diffTimes: number[] = [];
  const byFile = new Map(files.map((f, i) => [f, docs[i]!]));
  for (let round = 0; round < Math.max(ROUNDS, 5); round++) {
    const t0 = performance.now();
    diffDocuments(byFile.get("tacheng-2020-13.txt")!, byFile.get("xinjiang-2023-49.txt")!);
    diffTimes.push(performance.now() - t0);
  }
  const compareTimes: number[] = [];
  for (let round = 0; round < Math.max(ROUNDS, 5); round++) {
    const t0 = performance.now();
    compareDocuments(docs);
    compareTimes.push(performance.now() - t0);
  }
  return { diffTimes, compareTimes };
}

async function timePdf(files: string[]) {
  // PDF text layers: zhengce (pdfjs-dist + layout) against poppler's pdftotext on the same files
  const pdfFiles = files.filter((f) => f.endsWith(".pdf")).map((f) => `corpus/${f}`);
  let pages = 0;
  const zp: number[] = [];
  const pp: number[] = [];
  const hasPdftotext = spawnSync("pdftotext", ["-v"]).status === 0;
  for (let round = 0; round < ROUNDS; round++) {
    pages = 0;
    let t0 = performance.now();
    for (const f of pdfFiles) pages += (await pdfToText(new Uint8Array(readFileSync(f)), f, false)).pageStarts.length;
    zp.push(performance.now() - t0);
    if (hasPdftotext) {
      t0 = performance.now();
      for (const f of pdfFiles) spawnSync("pdftotext", ["-layout", "-enc", "UTF-8", f, "-"], { encoding: "utf8" });
      pp.push(performance.now() - t0);
    }
  }
  const zps = (pages * 1000) / median(zp);
  const pps = hasPdftotext ? (pages * 1000) / median(pp) : NaN;
  return { pdfFiles, pages, zps, pps, hasPdftotext };
}

async function timeOcr() {
  // OCR: seconds per page, uncached, on two pages of a generated scan
  const scan = ".cache/scans/xinjiang-2023-49.scan.pdf";
  if (!existsSync(scan)) await makeScan("corpus/xinjiang-2023-49.pdf", scan);
  const scanDoc = await openPdf(new Uint8Array(readFileSync(scan)), scan);
  const engine = new PaddleOcrEngine();
  await engine.recognize(await renderPage(scanDoc, 10, 200)); // load the models
  const ocrT0 = performance.now();
  for (const p of [1, 2]) await engine.recognize(await renderPage(scanDoc, p, 200));
  const ocrSeconds = (performance.now() - ocrT0) / 2000;
  return ocrSeconds;
}

async function main() {
  const files = manifest.map((e) => e.file);
  const gold = new Map(manifest.map((e) => [e.file, JSON.parse(readFileSync(`corpus/${e.gold}`, "utf8")) as Gold]));
  const { docs, peerDocs, zTimes, pTimes } = await timeExtraction(files);
  const rssExtraction = process.resourceUsage().maxRSS / 1024; // MB, before OCR loads its models
  const seedTimes = await timeSeeds(files);
  const score = (ds: PolicyDocument[]): EvalResult =>
    evaluate(ds.map((d, i) => ({ name: files[i]!, gold: gold.get(files[i]!)!, doc: d })));
  const z = score(docs);
  const p = score(peerDocs);
  const f = (x: number) => x.toFixed(3).padStart(9);
  const zt = median(zTimes);
  const pt = median(pTimes);
  const { diffTimes, compareTimes } = timeAnalysis(files, docs);
  const { pdfFiles, pages, zps, pps, hasPdftotext } = await timePdf(files);
  const ocrSeconds = await timeOcr();
  const lines = [
    `corpus: ${files.length} documents, ${docs.reduce((n, d) => n + d.measures.length, 0)} measures; ${ROUNDS} rounds; Node ${process.version}`,
    "",
    `${"".padEnd(34)}${"zhengce".padStart(9)}  ${"recognizers-text".padStart(16)}`,
    `${"amounts F1".padEnd(34)}${f(z.families.amounts.f1)}  ${f(p.families.amounts.f1).padStart(16)}`,
    `${"  precision / recall".padEnd(34)}${f(z.families.amounts.precision)}  ${f(p.families.amounts.precision).padStart(16)}   ${f(z.families.amounts.recall)} / ${f(p.families.amounts.recall)}`,
    `${"periods (dates, durations) F1".padEnd(34)}${f(z.families.periods.f1)}  ${f(p.families.periods.f1).padStart(16)}`,
    `${"  precision / recall".padEnd(34)}${f(z.families.periods.precision)}  ${f(p.families.periods.precision).padStart(16)}   ${f(z.families.periods.recall)} / ${f(p.families.periods.recall)}`,
    `${"bound accuracy (matched amounts)".padEnd(34)}${f(z.bound.accuracy)}  ${f(p.bound.accuracy).padStart(16)}`,
    `${"ms per document (median)".padEnd(34)}${f(zt)}  ${f(pt).padStart(16)}`,
    `${"documents per second".padEnd(34)}${f(1000 / zt)}  ${f(1000 / pt).padStart(16)}`,
    `median extraction of a seed notice (text): ${median(seedTimes).toFixed(1)} ms`,
    `peak RSS while extracting the corpus (no OCR): ${rssExtraction.toFixed(0)} MB; after loading the OCR models: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    "",
    `zhengce (whole pipeline: ingest, normalise, segment, meta, units, amounts, periods) takes ${(zt / pt).toFixed(3)}× the peer's time (peer: recognition only, on zhengce's measures).`,
    "",
    `diff tacheng-2020-13 ↔ xinjiang-2023-49 (extracted documents): ${median(diffTimes).toFixed(1)} ms median`,
    `compare, whole corpus (${docs.length} extracted documents): ${median(compareTimes).toFixed(1)} ms median`,
    "",
    `PDF text layer, ${pdfFiles.length} files, ${pages} pages: zhengce ${zps.toFixed(1)} pages/s, pdftotext -layout ${hasPdftotext ? `${pps.toFixed(1)} pages/s (ratio zhengce/pdftotext ${(zps / pps).toFixed(2)})` : "not installed (apt-get install poppler-utils)"}`,
    `OCR (PaddleOCR PP-OCRv4, 200 dpi, uncached): ${ocrSeconds.toFixed(1)} s per page`,
  ];
  console.log(lines.join("\n"));
}

await main();
