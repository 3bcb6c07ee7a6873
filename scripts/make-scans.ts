/** npx tsx scripts/make-scans.ts [out dir] — image-only scans of every corpus PDF (default .cache/scans). */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { makeScan } from "./scan.ts";

const outDir = process.argv[2] ?? ".cache/scans";
for (const f of (await readdir("corpus")).filter((f) => f.endsWith(".pdf")).sort()) {
  const out = join(outDir, f.replace(/\.pdf$/, ".scan.pdf"));
  const pages = await makeScan(join("corpus", f), out);
  console.log(`${out}: ${pages} pages`);
}
