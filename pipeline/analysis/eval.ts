import type { Gold, PolicyDocument } from "../../schemas/index.ts";

/** Scoring exactly as corpus/gold/FORMAT.md "Scoring" defines it. */
export const FAMILIES = ["measures", "titles", "meta", "units", "amounts", "periods"] as const;
export type Family = (typeof FAMILIES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface FamilyScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface Miss {
  doc: string;
  family: Family;
  kind: "miss" | "false";
  item: string;
}
export interface EvalResult {
  families: Record<Family, FamilyScore>;
  bound: { correct: number; total: number; accuracy: number };
  per: { correct: number; total: number; accuracy: number };
  perDoc: { doc: string; families: Record<Family, FamilyScore> }[];
  misses: Miss[];
}

/** Names and 文号: whitespace removed, ( ) ≡ （ ）, [ ] ≡ 【 】 ≡ 〔 〕. */
export const canonName = (s: string) =>
  s
    .replace(/\s+/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/[[【［]/g, "〔")
    .replace(/[\]】］]/g, "〕");
/** Titles: as names, plus closing punctuation removed. */
export const canonTitle = (s: string) => canonName(s).replace(/[。；;：:，,、.]+$/, "");

const valueKey = (v: number | [number, number]) => (Array.isArray(v) ? `[${v[0]},${v[1]}]` : String(v));

function score(c: Counts): FamilyScore {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Multiset comparison; returns counts and the unmatched items on each side. */
function compare(gold: string[], out: string[]): Counts & { missed: string[]; extra: string[] } {
  const pool = new Map<string, number>();
  for (const g of gold) pool.set(g, (pool.get(g) ?? 0) + 1);
  const extra: string[] = [];
  let tp = 0;
  for (const o of out) {
    const n = pool.get(o) ?? 0;
    if (n > 0) {
      pool.set(o, n - 1);
      tp++;
    } else extra.push(o);
  }
  const missed = [...pool.entries()].flatMap(([k, n]) => Array(n).fill(k) as string[]);
  return { tp, fp: extra.length, fn: missed.length, missed, extra };
}

const emptyCounts = (): Record<Family, Counts> =>
  Object.fromEntries(FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Family, Counts>;

/**
 * FORMAT.md "Excerpts": when gold sets `truncatedAfter`, output measures after that
 * measure (in document order) are neither found nor false. Without the id in the output,
 * the last output measure that gold has marks the cut.
 */
function judged(gold: Gold, doc: PolicyDocument): PolicyDocument {
  if (!gold.truncatedAfter) return doc;
  const goldIds = new Set(gold.measures.map((m) => m.id));
  let cut = doc.measures.findIndex((m) => m.id === gold.truncatedAfter);
  if (cut < 0) cut = doc.measures.reduce((last, m, i) => (goldIds.has(m.id) ? i : last), -1);
  const measures = doc.measures.filter((m, i) => i <= cut || goldIds.has(m.id));
  return { ...doc, measures };
}

export function evaluate(pairs: { name: string; gold: Gold; doc: PolicyDocument }[]): EvalResult {
  const total = emptyCounts();
  const misses: Miss[] = [];
  const perDoc: EvalResult["perDoc"] = [];
  const bound = { correct: 0, total: 0 };
  const per = { correct: 0, total: 0 };

  for (const { name, gold, doc: whole } of pairs) {
    const doc = judged(gold, whole);
    const counts = emptyCounts();
    const add = (family: Family, g: string[], o: string[]) => {
      const r = compare(g, o);
      counts[family].tp += r.tp;
      counts[family].fp += r.fp;
      counts[family].fn += r.fn;
      for (const item of r.missed) misses.push({ doc: name, family, kind: "miss", item });
      for (const item of r.extra) misses.push({ doc: name, family, kind: "false", item });
    };
    const goldIds = new Set(gold.measures.map((m) => m.id));
    const outById = new Map(doc.measures.map((m) => [m.id, m]));
    add(
      "measures",
      gold.measures.map((m) => m.id),
      doc.measures.map((m) => m.id),
    );
    add(
      "titles",
      gold.measures.map((m) => `${m.id} ${canonTitle(m.title)}`),
      doc.measures.filter((m) => goldIds.has(m.id)).map((m) => `${m.id} ${canonTitle(m.title)}`),
    );

    // meta: one item per field, matched against any accepted gold value
    for (const f of ["docNumber", "issuer", "title", "date", "region"] as const) {
      const gv = gold.meta[f];
      const accepted = gv === null ? [] : (Array.isArray(gv) ? gv : [gv]).map(canonName);
      const ov = doc.meta[f];
      const o = ov === null ? null : canonName(ov);
      if (o !== null && accepted.includes(o)) counts.meta.tp++;
      else {
        if (accepted.length) {
          counts.meta.fn++;
          misses.push({ doc: name, family: "meta", kind: "miss", item: `${f}=${accepted.join("|")}` });
        }
        if (o !== null) {
          counts.meta.fp++;
          misses.push({ doc: name, family: "meta", kind: "false", item: `${f}=${o}` });
        }
      }
    }
    add(
      "meta",
      gold.meta.cites.map((c) => `cite=${canonName(c)}`),
      doc.meta.cites.map((c) => `cite=${canonName(c)}`),
    );

    for (const gm of gold.measures) {
      const om = outById.get(gm.id);
      add(
        "units",
        gm.units.map((u) => `${gm.id} ${u.role} ${canonName(u.name)}`),
        (om?.units ?? []).map((u) => `${gm.id} ${u.role} ${canonName(u.name)}`),
      );
      const aKey = (a: { kind: string; value: number | [number, number]; unit: string }) =>
        `${gm.id} ${a.kind} ${valueKey(a.value)} ${a.unit}`;
      add("amounts", gm.amounts.map(aKey), (om?.amounts ?? []).map(aKey));
      // bound and per accuracy among matched amounts
      const pool = [...(om?.amounts ?? [])];
      for (const ga of gm.amounts) {
        const i = pool.findIndex((a) => aKey(a) === aKey(ga));
        if (i < 0) continue;
        const oa = pool.splice(i, 1)[0]!;
        bound.total++;
        if (oa.bound === ga.bound) bound.correct++;
        else
          misses.push({
            doc: name,
            family: "amounts",
            kind: "false",
            item: `bound ${aKey(ga)}: ${oa.bound} ≠ gold ${ga.bound}`,
          });
        per.total++;
        if ((oa.per ?? null) === (ga.per ?? null)) per.correct++;
        else
          misses.push({
            doc: name,
            family: "amounts",
            kind: "false",
            item: `per ${aKey(ga)}: ${oa.per ?? "none"} ≠ gold ${ga.per ?? "none"}`,
          });
      }
      const atoms = (
        ps: {
          start: string | null;
          end: string | null;
          duration: { value: number | [number, number]; unit: string } | null;
        }[],
      ) =>
        ps.flatMap((p) => [
          ...(p.start ? [`${gm.id} start ${p.start}`] : []),
          ...(p.end ? [`${gm.id} end ${p.end}`] : []),
          ...(p.duration ? [`${gm.id} duration ${valueKey(p.duration.value)} ${p.duration.unit}`] : []),
        ]);
      add("periods", atoms(gm.periods), atoms(om?.periods ?? []));
    }
    for (const f of FAMILIES) {
      total[f].tp += counts[f].tp;
      total[f].fp += counts[f].fp;
      total[f].fn += counts[f].fn;
    }
    perDoc.push({
      doc: name,
      families: Object.fromEntries(FAMILIES.map((f) => [f, score(counts[f])])) as Record<Family, FamilyScore>,
    });
  }
  const acc = (x: { correct: number; total: number }) => ({ ...x, accuracy: x.total ? x.correct / x.total : 1 });
  return {
    families: Object.fromEntries(FAMILIES.map((f) => [f, score(total[f])])) as Record<Family, FamilyScore>,
    bound: acc(bound),
    per: acc(per),
    perDoc,
    misses,
  };
}

export function formatEval(r: EvalResult, verbose = false): string {
  const pct = (x: number) => x.toFixed(3);
  const rows = [["family", "P", "R", "F1", "tp", "fp", "fn"].join("\t")];
  for (const f of FAMILIES) {
    const s = r.families[f];
    rows.push([f, pct(s.precision), pct(s.recall), pct(s.f1), s.tp, s.fp, s.fn].join("\t"));
  }
  rows.push(`bound accuracy (matched amounts)\t${pct(r.bound.accuracy)}\t(${r.bound.correct}/${r.bound.total})`);
  rows.push(`per accuracy (matched amounts)\t${pct(r.per.accuracy)}\t(${r.per.correct}/${r.per.total})`);
  rows.push("", ["document", ...FAMILIES].join("\t"));
  for (const d of r.perDoc) rows.push([d.doc, ...FAMILIES.map((f) => pct(d.families[f].f1))].join("\t"));
  if (verbose) {
    rows.push("");
    for (const m of r.misses) rows.push(`${m.kind === "miss" ? "MISS " : "FALSE"}\t${m.doc}\t${m.family}\t${m.item}`);
  }
  return rows.join("\n");
}
