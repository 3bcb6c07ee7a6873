import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { evaluate } from "../pipeline/analysis/eval.ts";
import { Gold, type PolicyDocument } from "../schemas/index.ts";
import { corpusDoc } from "./helpers.ts";

const gold = Gold.parse(JSON.parse(readFileSync("corpus/gold/xinjiang-2023-49.gold.json", "utf8")));

/** A document whose findings are exactly the gold's. */
function fromGold(g: Gold, base: PolicyDocument): PolicyDocument {
  const span = { start: 0, end: 0 };
  return {
    ...base,
    meta: {
      docNumber: [g.meta.docNumber].flat()[0]!,
      issuer: [g.meta.issuer].flat()[0]!,
      title: [g.meta.title].flat()[0]!,
      date: [g.meta.date].flat()[0]!,
      region: [g.meta.region].flat()[0]!,
      cites: g.meta.cites,
    },
    measures: g.measures.map((m) => ({
      id: m.id,
      labels: [],
      title: m.title,
      titleSpan: null,
      text: "",
      span,
      amounts: m.amounts.map((a) => ({ ...a, span, rule: "gold" })),
      periods: m.periods.map((p) => ({ ...p, span, rule: "gold" })),
      units: m.units.map((u) => ({ ...u, text: u.name, span, rule: "gold" })),
    })),
  };
}

describe("eval", () => {
  test("gold against itself scores 1 everywhere", async () => {
    const base = await corpusDoc("xinjiang-2023-49.txt");
    const r = evaluate([{ name: "x", gold, doc: fromGold(gold, base) }]);
    for (const f of Object.values(r.families)) expect(f.f1).toBe(1);
    expect(r.bound.accuracy).toBe(1);
  });
  test("a dropped unit is a miss, a wrong role a miss and a false find; ( ) ≡ （ ）", async () => {
    const base = await corpusDoc("xinjiang-2023-49.txt");
    const doc = fromGold(gold, base);
    const m = doc.measures[0]!;
    m.units = [{ ...m.units[0]!, role: "responsible" }];
    doc.measures[1]!.title = doc.measures[1]!.title + "。";
    const r = evaluate([{ name: "x", gold, doc }]);
    expect(r.families.units.fn).toBe(2);
    expect(r.families.units.fp).toBe(1);
    expect(r.families.titles.f1).toBe(1);
  });
  test("findings in measures gold does not have count only against measures", async () => {
    const base = await corpusDoc("xinjiang-2023-49.txt");
    const doc = fromGold(gold, base);
    doc.measures.push({ ...doc.measures[0]!, id: "九.九" });
    const r = evaluate([{ name: "x", gold, doc }]);
    expect(r.families.measures.fp).toBe(1);
    expect(r.families.units.fp).toBe(0);
  });
  test("truncatedAfter (FORMAT.md Excerpts): output measures after the cut are neither found nor false", async () => {
    const base = await corpusDoc("xinjiang-2023-49.txt");
    const cut = gold.measures[2]!.id;
    const excerpt: Gold = { ...gold, truncatedAfter: cut, measures: gold.measures.slice(0, 3) };
    const doc = fromGold(gold, base);
    const r = evaluate([{ name: "x", gold: excerpt, doc }]);
    expect(r.families.measures.fp).toBe(0);
    expect(r.families.measures.f1).toBe(1);
    // a false measure before the cut still counts
    doc.measures.splice(1, 0, { ...doc.measures[0]!, id: "九.九" });
    expect(evaluate([{ name: "x", gold: excerpt, doc }]).families.measures.fp).toBe(1);
    // without the cut the same output has false finds
    expect(
      evaluate([{ name: "x", gold: { ...excerpt, truncatedAfter: undefined }, doc }]).families.measures.fp,
    ).toBeGreaterThan(1);
  });
});
