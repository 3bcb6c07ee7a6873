import type { PolicyDocument } from "../../schemas/index.ts";
import { INSTRUMENTS } from "../../lang/lexicon/instruments.ts";

export interface CompareRow {
  instrument: string;
  instrumentName: string;
  region: string | null;
  year: string | null;
  docNumber: string | null;
  source: string;
  measure: string;
  measureTitle: string;
  /** what the amount is for: its purpose label, else the words before it in its clause */
  label: string;
  text: string;
  kind: string;
  value: number | [number, number];
  unit: string;
  bound: string;
  per: string | null;
  /** periods stated in the same sentence */
  periods: string[];
  span: { start: number; end: number };
}

export const sentenceAt = (src: string, from: number, to: number, lo: number, hi: number) => {
  let s = from;
  let e = to;
  while (s > lo && !/[。；\n]/.test(src[s - 1]!)) s--;
  while (e < hi && !/[。；\n]/.test(src[e]!)) e++;
  return { start: s, end: e, text: src.slice(s, e) };
};

/** The words before an amount in its clause (当年新招用符合条件人员占现有职工比例下调为 → 占现有职工比例), else the words after it. */
function clauseLabel(src: string, start: number, end: number, lo: number, hi: number): string {
  let s = start;
  while (s > lo && !/[，。；：（\n]/.test(src[s - 1]!)) s--;
  let words = src
    .slice(s, start)
    .replace(/\s+/g, "")
    .replace(/(?:下调为|提高到|调整为|放宽到|为|达到|不低于|不超过|按|给予|的)+$/, "");
  const cut = Math.max(words.lastIndexOf("占"), words.lastIndexOf("按"), words.lastIndexOf("对"));
  if (cut >= 0 && words.length - cut >= 4) words = words.slice(cut);
  if (words.length >= 2) return words.slice(-14);
  let e = end;
  while (e < hi && !/[，。；：）\n]/.test(src[e]!)) e++;
  return src
    .slice(end, e)
    .replace(/\s+/g, "")
    .replace(/^的/, "")
    .replace(/(?:达到|为|下调为).*$/, "")
    .slice(0, 8);
}

type Instrument = (typeof INSTRUMENTS)[number];

/**
 * The instruments an amount belongs to: those its sentence (or its purpose label) names, else the
 * one instrument its measure names; with the sentence, for callers that quote it.
 */
export function amountInstruments(
  d: PolicyDocument,
  m: PolicyDocument["measures"][number],
  a: PolicyDocument["measures"][number]["amounts"][number],
): { sentence: { start: number; end: number; text: string }; hits: Instrument[] } {
  const sentence = sentenceAt(d.source.text, a.span.start, a.span.end, m.span.start, m.span.end);
  const flat = sentence.text.replace(/\s+/g, "");
  let hits: Instrument[] = INSTRUMENTS.filter((ins) =>
    ins.patterns.some((p) => p.test(flat) || (a.purpose && p.test(a.purpose.label))),
  );
  if (!hits.length) {
    const inMeasure = measureInstruments(m);
    if (inMeasure.length === 1) hits = [inMeasure[0]!];
  }
  return { sentence, hits };
}

/** The instruments a measure names, found once per measure (not once per amount: a measure's text can be long). */
const byMeasure = new WeakMap<object, Instrument[]>();
function measureInstruments(m: PolicyDocument["measures"][number]): Instrument[] {
  let found = byMeasure.get(m);
  if (!found) {
    found = INSTRUMENTS.filter((ins) => ins.patterns.some((p) => p.test(m.title) || p.test(m.text)));
    byMeasure.set(m, found);
  }
  return found;
}

/**
 * Groups the amounts of many notices by policy instrument (the taxonomy in
 * lang/lexicon/instruments.ts): one row per amount whose sentence names the instrument.
 */
export function compareDocuments(docs: PolicyDocument[]): CompareRow[] {
  const rows: CompareRow[] = [];
  // the same notice read from two formats (a .txt and its portal page) is compared once
  const seen = new Set<string>();
  const unique = docs.filter((d) => {
    const key = d.meta.docNumber ? `${d.meta.docNumber}|${d.meta.date}` : d.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const d of unique) {
    const src = d.source.text;
    for (const m of d.measures) {
      for (const a of m.amounts) {
        const { sentence, hits } = amountInstruments(d, m, a);
        const periods = m.periods
          .filter((p) => p.span.start >= sentence.start && p.span.end <= sentence.end)
          .map((p) =>
            [
              p.start && `${p.start}起`,
              p.end && `至${p.end}`,
              p.duration &&
                `${Array.isArray(p.duration.value) ? p.duration.value.join("—") : p.duration.value}${{ year: "年", month: "个月", day: "日", workday: "个工作日" }[p.duration.unit]}${p.duration.bound === "max" ? "以内" : p.duration.bound === "min" ? "以上" : ""}`,
            ]
              .filter(Boolean)
              .join(""),
          );
        for (const ins of hits) {
          rows.push({
            instrument: ins.id,
            instrumentName: ins.name,
            region: d.meta.region,
            year: d.meta.date?.slice(0, 4) ?? null,
            docNumber: d.meta.docNumber,
            source: d.source.path,
            measure: m.id,
            measureTitle: m.title,
            label: a.purpose?.label ?? clauseLabel(src, a.span.start, a.span.end, m.span.start, m.span.end),
            text: a.text,
            kind: a.kind,
            value: a.value,
            unit: a.unit,
            bound: a.bound,
            per: a.per ?? null,
            periods,
            span: a.span,
          });
        }
      }
    }
  }
  return rows.sort(
    (x, y) =>
      x.instrument.localeCompare(y.instrument) ||
      (x.region ?? "").localeCompare(y.region ?? "") ||
      (x.year ?? "").localeCompare(y.year ?? ""),
  );
}
