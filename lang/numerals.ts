import { BIG_UNITS_ZH, DIGITS_ZH, SMALL_UNITS_ZH } from "./lexicon/numerals.ts";

const digit = (c: string): number | undefined => (DIGITS_ZH as Record<string, number>)[c];
const small = (c: string): number | undefined => (SMALL_UNITS_ZH as Record<string, number>)[c];
const big = (c: string): number | undefined => (BIG_UNITS_ZH as Record<string, number>)[c];

/**
 * Parses a Chinese numeral (三, 十二, 二十七, 一百零五, 两千, 三万五千) or a digit-by-digit
 * year (二〇二〇). Returns undefined for anything else; never throws.
 */
export function parseChineseInt(s: string): number | undefined {
  if (!s) return undefined;
  // digit-by-digit (二〇二〇, 一九): every char a digit, no multipliers
  if ([...s].every((c) => digit(c) !== undefined) && s.length > 1) {
    return Number([...s].map((c) => digit(c)).join(""));
  }
  let total = 0;
  let section = 0;
  let current: number | undefined;
  for (const c of s) {
    const d = digit(c);
    if (d !== undefined) {
      current = d;
      continue;
    }
    const m = small(c);
    if (m !== undefined) {
      section += (current ?? 1) * m;
      current = undefined;
      continue;
    }
    const g = big(c);
    if (g !== undefined) {
      total += (section + (current ?? 0)) * g;
      section = 0;
      current = undefined;
      continue;
    }
    return undefined;
  }
  return total + section + (current ?? 0);
}

/**
 * Parses a number as printed: Arabic with optional thousands separators and decimals,
 * full-width digits, Chinese numerals, or a mix with a magnitude (4万, 5.5亿, 1.2万).
 */
export function parseNumber(raw: string): number | undefined {
  const s = raw
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，](?=\d{3})/g, "")
    .trim();
  const mixed = s.match(/^(?<num>\d+(?:\.\d+)?)(?<mag>[十百千万亿]*)$/);
  if (mixed?.groups) {
    let v = Number(mixed.groups.num);
    for (const c of mixed.groups.mag ?? "") v *= small(c) ?? big(c) ?? 1;
    return round(v);
  }
  if (/^[〇零一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿]+$/.test(s)) return parseChineseInt(s);
  // 百分之五十, 三点五
  const dec = s.match(/^(?<i>[〇零一二两三四五六七八九十百千万]+)点(?<f>[〇零一二三四五六七八九]+)$/);
  if (dec?.groups) {
    const i = parseChineseInt(dec.groups.i!);
    const f = [...dec.groups.f!].map((c) => digit(c)).join("");
    return i === undefined ? undefined : Number(`${i}.${f}`);
  }
  return undefined;
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
