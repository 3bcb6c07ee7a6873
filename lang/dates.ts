import { parseChineseInt } from "./numerals.ts";
import { DATE_YMD } from "./lexicon/dates.ts";

const pad = (n: number) => String(n).padStart(2, "0");
const num = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s) ? Number(s) : parseChineseInt(s));

/** A date as the text states it: any of year, month, day may be missing. */
export interface PartialDateParts {
  year?: number;
  month?: number;
  day?: number;
}

export function parseDateParts(y?: string, m?: string, d?: string): PartialDateParts | undefined {
  const year = num(y);
  const month = num(m);
  const day = num(d);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  if (year !== undefined && (year < 1949 || year > 2100)) return undefined;
  return {
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}

/** Partial ISO: 2020, 2020-02, 2020-02-10. */
export function toIso(p: PartialDateParts): string | null {
  if (p.year === undefined) return null;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${p.year}-${pad(p.month)}`;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The last day a partial date covers: 2025 → 2025-12-31, 2020-02 → 2020-02-29. */
export function endOf(p: PartialDateParts): string | null {
  if (p.year === undefined) return null;
  const m = p.month ?? 12;
  const d = p.day ?? lastDay(p.year, m);
  return `${p.year}-${pad(m)}-${pad(d)}`;
}

export interface YearChoice {
  year: number;
  reason: "stated" | "range-start" | "earlier-in-measure" | "document-date" | "document-text" | "cited-document";
}

/** What the head of a notice (title, 文号, preamble) says about its year. */
export interface HeadYears {
  /** the first year written out in the head (关于2019年部分节假日安排的通知) */
  stated?: number;
  /** the latest year of a 文号 in the head (根据…（昆政发〔2016〕13号）) */
  cited?: number;
}

// the head ends where the numbering starts: 一、 · 第一章 · 第一条 · （一） · 1.
const HEAD_END = /(?:^|\n)[ \t\u3000]*(?:一[、，]|第一[章条节部]|[（(]一[）)]|1[.、．](?!\d))/;
const HEAD_YEAR = /(?<![\d〔［[（(—–－\-~～至到])(?<y>(?:19|20)\d{2})年(?!度?[\d]|\s*[—–－\-~～至到])/;
const HEAD_CITED = /[〔［[](?<y>(?:19|20)\d{2})[〕］\]]/g;

/** The years the head of a notice states (see HeadYears); the head is capped at 800 characters. */
export function headYears(text: string): HeadYears {
  const end = text.search(HEAD_END);
  const head = text.slice(0, Math.min(end < 0 ? 800 : end, 800));
  const stated = head.match(HEAD_YEAR)?.groups?.y;
  const cited = [...head.matchAll(HEAD_CITED)].map((m) => Number(m.groups!.y));
  return { ...(stated ? { stated: Number(stated) } : {}), ...(cited.length ? { cited: Math.max(...cited) } : {}) };
}

/**
 * The year of a date that omits it (12月31日): the first half of its range, else the last
 * year stated earlier in the measure, else the document's: a notice about next year (signed in
 * December, 关于2019年…的通知) takes the year its head states, otherwise the signing year; with no
 * signing date, the year the head states, else the latest year of a 文号 it cites. Returns why.
 */
export function inferMissingYear(
  rangeStart: PartialDateParts | undefined,
  earlierYear: number | undefined,
  refDate: string | null,
  head: HeadYears = {},
): YearChoice | undefined {
  if (rangeStart?.year !== undefined) return { year: rangeStart.year, reason: "range-start" };
  if (earlierYear !== undefined) return { year: earlierYear, reason: "earlier-in-measure" };
  const ref = refDate ? Number(refDate.slice(0, 4)) : undefined;
  if (ref !== undefined && head.stated === ref + 1) return { year: head.stated, reason: "document-text" };
  if (ref !== undefined) return { year: ref, reason: "document-date" };
  if (head.stated !== undefined) return { year: head.stated, reason: "document-text" };
  if (head.cited !== undefined) return { year: head.cited, reason: "cited-document" };
  return undefined;
}

const FULL_DATE = new RegExp(`${DATE_YMD}|(?<y2>\\d{4})[-/.](?<m2>\\d{1,2})[-/.](?<d2>\\d{1,2})`);

/** A full date as ISO (2023年8月9日, 二〇二三年八月九日, 2023-08-09 → 2023-08-09), or null. */
export function fullDateIso(s: string): string | null {
  const g = s.match(FULL_DATE)?.groups;
  if (!g) return null;
  const parts = parseDateParts(g.y ?? g.y2, g.m ?? g.m2, g.d ?? g.d2);
  return parts?.day !== undefined ? toIso(parts) : null;
}
