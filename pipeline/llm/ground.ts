import { NUMERAL_ZH_CHARS } from "../../lang/lexicon/numerals.ts";
import { parseNumber } from "../../lang/numerals.ts";
import { normalize } from "../../read/normalize.ts";
import { OffsetMap } from "../../core/text.ts";

/** Where a quote stands in a measure's (normalised) text, or undefined: the model's words must be the text's. */
export function locateQuote(
  quote: string,
  text: string,
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  const q = normalize({ text: quote, map: OffsetMap.identity(quote.length) }).text.replace(/\s+/g, "");
  if (q.length < 2) return undefined;
  const i = text.slice(from, to).indexOf(q);
  return i < 0 ? undefined : { start: from + i, end: from + i + q.length };
}

// 15万, 5.5亿, 1,000, 三, 二十七, 百分之五十 (the numeral part)
const NUMBERS = new RegExp(`(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[万亿千]?|[${NUMERAL_ZH_CHARS}]+|半`, "g");

/** Every number zhengce's own numeral parser reads in a quote: 15万元 → 150000 (and 15). */
export function numbersIn(quote: string): Set<number> {
  const out = new Set<number>();
  for (const m of quote.matchAll(NUMBERS)) {
    if (m[0] === "半") {
      out.add(6); // 半年 = 6 months
      out.add(0.5);
      continue;
    }
    const v = parseNumber(m[0]);
    if (v !== undefined) out.add(v);
    const bare = parseNumber(m[0].replace(/[万亿千]$/, ""));
    if (bare !== undefined) out.add(bare);
  }
  return out;
}

/** A value is grounded when every number in it is one the quote states. */
export const derivable = (values: (number | null | undefined)[], quote: string) => {
  const ns = numbersIn(quote);
  return values.every((v) => v === null || v === undefined || ns.has(v));
};

/** A partial ISO date is grounded when its year, month and day are all numbers the quote states. */
export const dateDerivable = (iso: string | null, quote: string) =>
  iso === null ? true : derivable(iso.split("-").map(Number), quote);
