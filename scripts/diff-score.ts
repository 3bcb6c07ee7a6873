/**
 * npm run diff:score — the diff against the alignment golds in corpus/diff (sure-pair recall,
 * precision over sure ∪ likely, change recall), per pair, with what was missed (--verbose).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractDocument } from "../pipeline/run.ts";
import { diffDocuments } from "../pipeline/analysis/diff.ts";
import { scoreDiff, type AlignmentGold } from "../pipeline/analysis/diffScore.ts";

/** The seeds' names in the alignment golds → the bundled copies (corpus/manifest.json "source"). */
const manifest = JSON.parse(readFileSync("corpus/manifest.json", "utf8")) as { file: string; source: string }[];
const bySeed = (seed: string) => manifest.find((e) => e.source.startsWith(`seed ${seed}`))!.file;
const verbose = process.argv.includes("--verbose");
for (const f of readdirSync("corpus/diff").filter((x) => x.endsWith(".json"))) {
  const gold = JSON.parse(readFileSync(join("corpus/diff", f), "utf8")) as AlignmentGold;
  const A = await extractDocument(join("corpus", bySeed(gold.a)));
  const B = await extractDocument(join("corpus", bySeed(gold.b)));
  const s = scoreDiff(diffDocuments(A, B), gold);
  console.log(
    `${f}\tsure recall ${s.sureRecall.toFixed(3)} (${s.sure - s.missedSure.length}/${s.sure})\tprecision ${s.precision.toFixed(3)} (${s.reported - s.falsePairs.length}/${s.reported})\tchange recall ${s.changeRecall.toFixed(3)}`,
  );
  if (verbose) {
    for (const m of s.missedSure) console.log(`  MISS sure ${m}`);
    for (const m of s.falsePairs) console.log(`  FALSE pair ${m}`);
    for (const m of s.missedChanges) console.log(`  MISS change ${m}`);
  }
}
