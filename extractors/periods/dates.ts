import { parseChineseInt } from "../numerals.ts";
import { DATE_YMD } from "../lexicon/dates.ts";

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
  return { ...(year !== undefined ? { year } : {}), ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
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
  reason: "stated" | "range-start" | "earlier-in-measure" | "document-date";
}

/**
 * The year of a date that omits it (12月31日): the first half of its range, else the last
 * year stated earlier in the measure, else the document's signing date. Returns why.
 */
export function inferMissingYear(rangeStart: PartialDateParts | undefined, earlierYear: number | undefined, refDate: string | null): YearChoice | undefined {
  if (rangeStart?.year !== undefined) return { year: rangeStart.year, reason: "range-start" };
  if (earlierYear !== undefined) return { year: earlierYear, reason: "earlier-in-measure" };
  if (refDate) return { year: Number(refDate.slice(0, 4)), reason: "document-date" };
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
