/**
 * Scores a PolicyDiff against a hand-made alignment (corpus/diff/README.md "Scoring"):
 * sure-pair recall, precision over sure ∪ likely, and change recall (a gold change is found when
 * its from and to values both appear among the changes the diff reports for that pair).
 */
import type { PolicyDiff } from "../../schemas/index.ts";
import { canonName } from "./eval.ts";

export interface AlignmentGold {
  a: string;
  b: string;
  aligned: { a: string; b: string; confidence: "sure" | "likely"; why?: string }[];
  changes: {
    a: string;
    b: string;
    field: "amount" | "period" | "unit";
    from: string | number;
    to: string | number;
    what?: string;
  }[];
  onlyA: string[];
  onlyB: string[];
}

export interface DiffScore {
  sureRecall: number;
  precision: number;
  changeRecall: number;
  sure: number;
  reported: number;
  missedSure: string[];
  falsePairs: string[];
  missedChanges: string[];
}

const key = (a: string, b: string) => `${a}↔${b}`;
const ratio = (n: number, d: number) => (d ? n / d : 1);

export function scoreDiff(diff: PolicyDiff, gold: AlignmentGold): DiffScore {
  const reported = new Set(diff.pairs.map((p) => key(p.a, p.b)));
  const sure = gold.aligned.filter((x) => x.confidence === "sure").map((x) => key(x.a, x.b));
  const acceptable = new Set(gold.aligned.map((x) => key(x.a, x.b)));
  const missedSure = sure.filter((k) => !reported.has(k));
  const falsePairs = [...reported].filter((k) => !acceptable.has(k));
  const valuesOf = (a: string, b: string, field: string): { from: Set<string>; to: Set<string> } => {
    const from = new Set<string>();
    const to = new Set<string>();
    for (const p of diff.pairs.filter((q) => q.a === a && q.b === b))
      for (const c of p.changes) {
        if (c.family !== field) continue;
        if (c.family === "amount") {
          for (const x of c.from) from.add(JSON.stringify(x.value));
          for (const x of c.to) to.add(JSON.stringify(x.value));
        } else if (c.family === "period") {
          for (const x of c.from) if (x.end) from.add(x.end);
          for (const x of c.to) if (x.end) to.add(x.end);
        } else {
          for (const x of c.from) from.add(canonName(x));
          for (const x of c.to) to.add(canonName(x));
        }
      }
    return { from, to };
  };
  const norm = (field: string, v: string | number) =>
    field === "amount" ? JSON.stringify(v) : field === "unit" ? canonName(String(v)) : String(v);
  const missedChanges = gold.changes
    .filter((c) => {
      const got = valuesOf(c.a, c.b, c.field);
      return !(got.from.has(norm(c.field, c.from)) && got.to.has(norm(c.field, c.to)));
    })
    .map((c) => `${key(c.a, c.b)} ${c.field} ${c.from} → ${c.to}`);
  return {
    sureRecall: ratio(sure.length - missedSure.length, sure.length),
    precision: ratio(reported.size - falsePairs.length, reported.size),
    changeRecall: ratio(gold.changes.length - missedChanges.length, gold.changes.length),
    sure: sure.length,
    reported: reported.size,
    missedSure,
    falsePairs,
    missedChanges,
  };
}
