/**
 * npx tsx scripts/ocr-cer.ts [scan dir] — character error rate of OCR on the image-only scans,
 * page by page, against the text layer of the same page of the text PDF it was made from, both
 * normalised (whitespace removed, full/half width and brackets folded, page numbers dropped).
 * Makes the scans first when they are missing (scripts/make-scans.ts).
 */
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { normalize } from "../read/normalize.ts";
import { OffsetMap } from "../core/text.ts";
import { getDefaultOcrEngine } from "../read/ocr/index.ts";
import { OCR_DPI, ocrItems, splitTables } from "../read/ingest/pdf.ts";
import { layout } from "../read/ingest/pdfLayout.ts";
import { openPdf, pageTextItems, renderPage } from "../read/ingest/pdfjs.ts";
import { makeScan } from "./scan.ts";

const dir = process.argv[2] ?? ".cache/scans";
const only = process.argv[3]; // a file-name filter, e.g. zichuan

const canon = (s: string) =>
  normalize({ text: s, map: OffsetMap.identity(s.length) })
    .text.replace(/\s+/g, "")
    .replace(/[“”"]/g, '"')
    .replace(/[—–－-]/g, "-");

function levenshtein(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n]!;
}

const engine = getDefaultOcrEngine();
let totalErr = 0;
let totalLen = 0;
let worst = 0;
let seconds = 0;
let pagesRead = 0;
for (const f of (await readdir("corpus")).filter((x) => x.endsWith(".pdf") && (!only || x.includes(only))).sort()) {
  const scan = join(dir, f.replace(/\.pdf$/, ".scan.pdf"));
  if (!existsSync(scan)) await makeScan(join("corpus", f), scan);
  const text = await openPdf(new Uint8Array(await readFile(join("corpus", f))), f);
  const image = await openPdf(new Uint8Array(await readFile(scan)), scan);
  for (let p = 1; p <= text.numPages; p++) {
    const layer = await pageTextItems(text, p);
    const ref = canon(layout([layer]).text);
    const t0 = performance.now();
    const png = await renderPage(image, p, OCR_DPI);
    const lines = await splitTables(await engine.recognize(png), png);
    seconds += (performance.now() - t0) / 1000;
    pagesRead++;
    const hyp = canon(
      layout([{ items: ocrItems(lines, layer.height, OCR_DPI), width: layer.width, height: layer.height }]).text,
    );
    const err = levenshtein(ref, hyp);
    totalErr += err;
    totalLen += ref.length;
    worst = Math.max(worst, err / Math.max(1, ref.length));
    console.log(`${f} p${p}\tCER ${((100 * err) / Math.max(1, ref.length)).toFixed(2)}%\t(${err}/${ref.length})`);
  }
}
console.log(
  `\nall pages: CER ${((100 * totalErr) / totalLen).toFixed(2)}% (${totalErr}/${totalLen}); worst page ${(100 * worst).toFixed(2)}%; ${pagesRead} pages, ${(seconds / pagesRead).toFixed(1)} s per page (cached pages count as ~0)`,
);
