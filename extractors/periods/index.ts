import type { Bound, Duration, Period } from "../../schemas/index.ts";
import type { ExtractContext, NormalizedText } from "../context.ts";
import { DURATION_UNITS, RANGE_SEPARATORS } from "../lexicon/quantities.ts";
import { parseNumber } from "../numerals.ts";
import { endOf, inferMissingYear, parseDateParts, toIso, type PartialDateParts } from "./dates.ts";

/** What a period finding is before refiners merge it: a date with its cue, or a duration. */
export type PeriodRole = "start" | "end" | "point" | "range" | "duration" | "anchor";

/** A period with the facts refiners need (stripped before output). */
export interface PeriodFinding extends Period {
  _at: { start: number; end: number };
  _role: PeriodRole;
  _parts?: PartialDateParts;
}

const YEAR = "(?<y>\\d{4}|[〇零一二三四五六七八九]{4})";
const MONTH = "(?<m>\\d{1,2}|十[一二]?|[一二三四五六七八九])";
const DAY = "(?<d>\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";

// prettier-ignore
/** 2020年1月1日 · 2020年2月 · 2023年 · 2023年度 · 12月31日 (year omitted) */
const DATE = new RegExp(
  `(?<before>自|从|由|截至|截止到|截止至|截止|延长至|延期至|延至|至|到)?` +
  `(?:${YEAR}年(?:${MONTH}月(?:${DAY}[日号])?)?(?<du>度)?|${MONTH.replace("<m>", "<m2>")}月${DAY.replace("<d>", "<d2>")}[日号])` +
  `(?<after>底前|底|末|前|以前|之前|起|开始|以来|以后|及以后|之后|后|止|为止|到期)?`,
  "g",
);

// 2019—2020年
const YEAR_RANGE = new RegExp(`(?<a>\\d{4})\\s*[${RANGE_SEPARATORS}]\\s*(?<b>\\d{4})\\s*年(?<du>度)?`, "g");

const DUR_UNITS = Object.keys(DURATION_UNITS).sort((a, b) => b.length - a.length).join("|");
const DUR_NUMBER = "\\d{1,3}(?:\\.\\d+)?|[一二两三四五六七八九十]+|半";
// prettier-ignore
/** 缓缴期限原则上不超过6个月 · 登记失业半年以上 · 10个工作日内 · 3—12个月 · 提前30日 · 离校2年内 */
const DURATION = new RegExp(
  `(?<bw>最长不超过|原则上不超过|不超过|最长|最多|最短|不足|不少于|至少|最低|满|达到|超过)?(?<ext>(?:可|再)?延长|提前)?` +
  `(?<![\\d.〇零一二两三四五六七八九十第上下本当今明去每年月])(?<lo>${DUR_NUMBER})(?:\\s*[${RANGE_SEPARATORS}]\\s*(?<hi>${DUR_NUMBER}))?(?<unit>${DUR_UNITS})` +
  `(?!度|底|末|初|级|代|龄|份|号|制|薪|金|会|轮|计划|规划|行动)` +
  `(?<aw>以上|以内|之内|内|以下|及以上)?`,
  "g",
);

/** 2025年底前 (end of year), 6月底前 (end of month) */
const endOfPeriod = (p: PartialDateParts) => endOf(p);

// 2023年上半年 · 一季度 · 第三季度 (year from the text, else the document date)
const PART_OF_YEAR = new RegExp(`(?:${YEAR}年)?(?<part>上半年|下半年|第?[一二三四1-4]季度)`, "g");
const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
// 每年3月底前 · 6月底前 · 今年底前 · 年底前 (no year: the document's year)
const MONTH_END = new RegExp(`(?<every>每年)?(?<this>今年|本年|当年)?(?:${MONTH}月)?(?<edge>底|末)(?<before>前|以前|之前)?`, "g");

// “十四五”期间 → 2021–2025
const FIVE_YEAR_PLAN = /[“"]?十(?<n>[一二三四五六七八九])五[”"]?(?:期间|时期|末)/g;
// 自印发之日起 → start = signing date
const FROM_ISSUE = /自(?:本(?:通知|方案|意见|办法|措施))?(?:印发|发布|公布|施行)之日起/g;

const BOUND_WORDS: Record<string, Bound> = {
  最长不超过: "max",
  原则上不超过: "max",
  不超过: "max",
  最长: "max",
  最多: "max",
  不足: "max",
  以内: "max",
  之内: "max",
  内: "max",
  以下: "max",
  最短: "min",
  不少于: "min",
  至少: "min",
  最低: "min",
  满: "min",
  达到: "min",
  超过: "min",
  以上: "min",
  及以上: "min",
};

/**
 * Dates, date ranges, deadlines, start points, scoping years and durations in one measure,
 * with the omitted year of a date inferred (and said to be inferred). Ranges and
 * anchor + duration pairs are joined by the period refiners, not here.
 */
export function extractPeriods(text: NormalizedText, ctx: ExtractContext): PeriodFinding[] {
  const { start: from, end: to } = ctx.measure.range;
  const scope = text.text.slice(from, to);
  const out: PeriodFinding[] = [];
  const add = (s: number, e: number, p: Omit<PeriodFinding, "text" | "span" | "_at">) => {
    const g = ctx.ground(from + s, from + e);
    out.push({ ...g, ...p, _at: { start: from + s, end: from + e } });
    ctx.debug(() => `${p.rule} “${g.text}” → ${p.start ?? "·"}–${p.end ?? "·"}${p.duration ? ` ${JSON.stringify(p.duration.value)} ${p.duration.unit} ${p.duration.bound}` : ""}`);
  };
  let earlierYear: number | undefined;

  for (const m of scope.matchAll(YEAR_RANGE)) {
    add(m.index!, m.index! + m[0].length, { start: m.groups!.a!, end: m.groups!.b!, duration: null, rule: "period/year-range", _role: "range" });
  }

  for (const m of scope.matchAll(DATE)) {
    const g = m.groups!;
    const parts = parseDateParts(g.y, g.m ?? g.m2, g.d ?? g.d2);
    if (!parts) continue;
    const inferred: string[] = [];
    let rule = "period/date";
    if (parts.year === undefined) {
      const choice = inferMissingYear(undefined, earlierYear, ctx.doc.refDate);
      if (!choice) continue;
      parts.year = choice.year;
      inferred.push("year");
      rule = `period/date/year-from-${choice.reason}`;
    } else earlierYear = parts.year;
    const iso = toIso(parts);
    const before = g.before;
    const after = g.after;
    let role: PeriodRole = "point";
    let start: string | null = iso;
    let end: string | null = iso;
    if (before && /^(?:自|从|由)$/.test(before)) role = "start";
    else if (before) role = "end";
    if (after === "底前" || after === "底" || after === "末") {
      role = "end";
      end = endOfPeriod(parts);
    } else if (after && /^(?:前|以前|之前|止|为止)$/.test(after)) role = "end";
    else if (after && /^(?:起|开始|以来|以后|及以后|之后|后)$/.test(after)) role = role === "end" ? "end" : "start";
    else if (after === "到期") role = "anchor";
    if (role === "start" || role === "anchor") end = null;
    if (role === "end") start = null;
    const s = m.index!;
    let e = s + m[0].length;
    if (after === "后" && role !== "start") e -= 1;
    add(s, e, { start, end, duration: null, rule, ...(inferred.length ? { inferred } : {}), _role: role, _parts: parts });
  }

  for (const m of scope.matchAll(DURATION)) {
    const g = m.groups!;
    const isCn = !/^\d/.test(g.lo!) && g.lo !== "半";
    const unitWord = g.unit!;
    let unit = DURATION_UNITS[unitWord as keyof typeof DURATION_UNITS] as Duration["unit"];
    const bw = g.bw;
    const aw = g.aw;
    const boundWord = aw ?? bw;
    // a Chinese-numeral year or day with no bound is usually a name (三年规划, 国家三年百万青年见习计划)
    if ((isCn || g.lo === "半") && !boundWord && !/个/.test(unitWord) && g.lo !== "半") continue;
    if (g.lo === "半" && unitWord !== "年") continue;
    let lo = g.lo === "半" ? 0.5 : parseNumber(g.lo!);
    let hi = g.hi ? parseNumber(g.hi) : undefined;
    if (lo === undefined || (g.hi && hi === undefined)) continue;
    if (g.lo === "半") {
      lo = 6;
      unit = "month";
    }
    let bound: Bound = hi !== undefined ? "range" : boundWord ? (BOUND_WORDS[boundWord] ?? "exact") : "exact";
    if (aw && bw && BOUND_WORDS[bw] && BOUND_WORDS[aw] !== BOUND_WORDS[bw]) bound = BOUND_WORDS[bw]!;
    if (bw === "最低" && !aw) bound = "min";
    const s = m.index!; // 延长 and 提前 stay in the text: 最低延长3个月, 提前30日
    const duration: Duration = { value: hi !== undefined ? [lo, hi] : lo, unit, bound };
    add(s, m.index! + m[0].length, { start: null, end: null, duration, rule: g.lo === "半" ? "period/duration/half-year" : "period/duration", _role: "duration" });
  }

  for (const m of scope.matchAll(PART_OF_YEAR)) {
    const g = m.groups!;
    const stated = g.y ? parseDateParts(g.y)?.year : undefined;
    const year = stated ?? earlierYear ?? (ctx.doc.refDate ? Number(ctx.doc.refDate.slice(0, 4)) : undefined);
    if (year === undefined) continue;
    const q = g.part!.match(/[一二三四1-4]/)?.[0];
    const [m1, m2] = g.part === "上半年" ? [1, 6] : g.part === "下半年" ? [7, 12] : [(QUARTER[q!]! - 1) * 3 + 1, QUARTER[q!]! * 3];
    add(m.index!, m.index! + m[0].length, { start: toIso({ year, month: m1 }), end: toIso({ year, month: m2 }), duration: null, rule: "period/part-of-year", ...(stated ? {} : { inferred: ["year"] }), _role: "range" });
  }
  for (const m of scope.matchAll(MONTH_END)) {
    const g = m.groups!;
    const before = scope.slice(Math.max(0, m.index! - 2), m.index!);
    if (g.m && /[\d年]$/.test(before)) continue; // 2025年6月底: read by DATE with its year
    if (!g.m && !g.this && !/(?:^|[^\d〇零一二三四五六七八九上去前下])年$/.test(before)) continue; // a bare 年底; 2025年底 is read by DATE; 上年末 is relative
    const year = ctx.doc.refDate ? Number(ctx.doc.refDate.slice(0, 4)) : undefined;
    if (year === undefined) continue;
    const parts = { year, ...(g.m ? { month: parseDateParts(undefined, g.m)!.month } : {}) };
    const s = g.m || g.this ? m.index! : m.index! - 1; // include the 年 of 年底
    add(s, m.index! + m[0].length, { start: null, end: endOf(parts), duration: null, inferred: ["year"], rule: g.every ? "period/every-year-month-end" : "period/month-end", _role: "end" });
  }
  for (const m of scope.matchAll(FIVE_YEAR_PLAN)) {
    const n = parseNumber(m.groups!.n!)!;
    const startYear = 2021 + (n - 4) * 5; // 十四五 2021–2025, 十三五 2016–2020
    add(m.index!, m.index! + m[0].length, { start: String(startYear), end: String(startYear + 4), duration: null, rule: "period/five-year-plan", _role: "range" });
  }
  for (const m of scope.matchAll(FROM_ISSUE)) {
    if (!ctx.doc.refDate) continue;
    add(m.index!, m.index! + m[0].length, { start: ctx.doc.refDate, end: null, duration: null, inferred: ["start"], rule: "period/from-issue-date", _role: "start" });
  }
  return out.sort((a, b) => a._at.start - b._at.start || b._at.end - a._at.end);
}
