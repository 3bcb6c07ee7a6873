/**
 * Effective-dated policy parameters from a corpus: one parameter per (region, instrument, group,
 * quantity), each value with the day it takes effect, the day it ends when stated, and a reference
 * to the notice, measure, words and span it was read from. Written as JSON (zod schema) and as
 * OpenFisca parameter files (output/params.ts).
 */
import type { PolicyDocument } from "../../schemas/index.ts";
import { PARAMS_SCHEMA_VERSION, type Param, type ParamSet, type ParamValue } from "../../schemas/params.ts";
import { PARAM_GROUPS, PER_WORDS } from "../../lang/lexicon/instruments.ts";
import { amountInstruments } from "./compare.ts";
import { citationGraph } from "./graph.ts";
import { canonName } from "./eval.ts";

/** YYYY-MM-DD moved by whole days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const KIND_QUANTITY: Record<string, string> = {
  money: "amount",
  percent: "rate",
  count: "count",
  age: "age",
  duration: "duration",
  area: "area",
};

/** The group an amount is for: the first group word in its clause (the longest at a place), else the whole sentence's. */
function groupOf(clause: string, sentence: string): { slug: string; word: string } {
  for (const text of [clause, sentence]) {
    const condition = PARAM_GROUPS.find((g) => "condition" in g && g.words.some((w) => text.includes(w)));
    if (condition) return { slug: condition.slug, word: condition.words.find((w) => text.includes(w))! };
    let best: { at: number; len: number; slug: string; word: string } | undefined;
    for (const g of PARAM_GROUPS)
      for (const w of g.words) {
        const at = text.indexOf(w);
        if (at >= 0 && (!best || at < best.at || (at === best.at && w.length > best.len)))
          best = { at, len: w.length, slug: g.slug, word: w };
      }
    if (best) return { slug: best.slug, word: best.word };
  }
  return { slug: "general", word: "" };
}

const perSlug = (per: string | null | undefined) =>
  per
    ? `_per_${
        [...per.replace(/[·\s]/g, "")]
          .map((c) => PER_WORDS[c] ?? "")
          .filter(Boolean)
          .join("_") || "unit"
      }`
    : "";

export function extractParams(docs: PolicyDocument[]): ParamSet {
  const byName = new Map<string, Param>();
  const unclassified: ParamSet["unclassified"] = [];
  // the same notice read from two formats counts once
  const seen = new Set<string>();
  for (const d of docs) {
    const key = d.meta.docNumber ? `${d.meta.docNumber}|${d.meta.date}` : d.id;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const m of d.measures)
      for (const a of m.amounts) {
        const { sentence, hits } = amountInstruments(d, m, a);
        const clauseStart = Math.max(
          sentence.start,
          ...["，", "；", "："].map((c) => d.source.text.lastIndexOf(c, a.span.start - 1) + 1),
        );
        const clause = d.source.text.slice(clauseStart, a.span.end);
        // a start date stated in the same sentence, else the signing date
        const inSentence = m.periods.filter((p) => p.span.start >= sentence.start && p.span.end <= sentence.end);
        const start = inSentence
          .map((p) => p.start)
          .filter((x): x is string => !!x && /^\d{4}-\d{2}-\d{2}$/.test(x))
          .sort()[0];
        const end =
          inSentence
            .map((p) => p.end)
            .filter((x): x is string => !!x && /^\d{4}-\d{2}-\d{2}$/.test(x))
            .sort()
            .at(-1) ?? null;
        const date = start ?? d.meta.date;
        const reference = {
          docNumber: d.meta.docNumber,
          title: d.meta.title,
          issuer: d.meta.issuer,
          file: d.source.path,
          measure: m.id,
          text: a.text,
          sentence: sentence.text.replace(/\s+/g, ""),
          span: a.span,
        };
        const base = { value: a.value, unit: a.unit, bound: a.bound, per: a.per ?? null, reference, end };
        if (!date || !hits.length || !d.meta.region) {
          const why = !hits.length
            ? "no instrument named in its sentence or measure"
            : !d.meta.region
              ? "the notice's region is not known"
              : "no start date in its sentence and no signing date";
          unclassified.push({
            ...base,
            date: date ?? "0000-01-01",
            dateFrom: start ? "period_start" : "signing_date",
            region: d.meta.region,
            kind: a.kind,
            why,
          });
          continue;
        }
        const value: ParamValue = { ...base, date, dateFrom: start ? "period_start" : "signing_date" };
        const group = groupOf(clause, sentence.text);
        const quantity = `${KIND_QUANTITY[a.kind] ?? a.kind}${a.bound === "max" || a.bound === "min" ? `_${a.bound}` : ""}${perSlug(a.per)}`;
        for (const ins of hits) {
          const name = `${d.meta.region}.${ins.id.replace(/-/g, "_")}.${group.slug}_${quantity}`;
          let p = byName.get(name);
          if (!p) {
            p = {
              name,
              region: d.meta.region,
              instrument: ins.id,
              instrumentName: ins.name,
              group: group.word || "（未指明）",
              quantity,
              unit: a.unit,
              values: [],
              conflicts: [],
            };
            byName.set(name, p);
          }
          const same = p.values.find((v) => v.date === value.date);
          if (!same) p.values.push(value);
          else if (JSON.stringify(same.value) !== JSON.stringify(value.value)) {
            // two values for one day: kept side by side, never one silently over the other
            const c = p.conflicts.find((x) => x.date === value.date);
            if (c) c.values.push(value);
            else p.conflicts.push({ date: value.date, values: [same, value] });
          }
        }
      }
  }
  const parameters = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  // a notice that repeals another (同时废止, 不再执行) ends the values the repealed one set and it does not restate
  const graph = citationGraph(docs);
  const dateOf = new Map(
    graph.nodes.filter((n) => n.inCorpus && n.docNumber).map((n) => [canonName(n.docNumber!), n.date]),
  );
  for (const e of graph.edges.filter((x) => x.kind === "supersedes")) {
    const when = dateOf.get(e.source);
    if (!when || !dateOf.has(e.target)) continue;
    const dayBefore = addDays(when, -1);
    for (const p of parameters) {
      if (p.values.some((v) => v.reference.docNumber && canonName(v.reference.docNumber) === e.source)) continue; // restated: the new value replaces it
      for (const v of p.values)
        if (v.reference.docNumber && canonName(v.reference.docNumber) === e.target && (!v.end || v.end >= when)) {
          v.end = dayBefore;
          v.supersededBy = e.source;
        }
    }
  }
  for (const p of parameters) p.values.sort((a, b) => a.date.localeCompare(b.date));
  return { schemaVersion: PARAMS_SCHEMA_VERSION, parameters, unclassified };
}
