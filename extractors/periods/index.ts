import type { Bound, Duration, Period } from "../../schemas/index.ts";
import { alt } from "../../lang/pattern.ts";
import type { ExtractContext, NormalizedText } from "../context.ts";
import {
  BASELINE_AFTER_WORDS,
  BASELINE_BEFORE_WORDS,
  DATE_ONLY_LINE,
  DATE_YMD,
  LENGTH_WORDS,
} from "../../lang/lexicon/dates.ts";
import { DURATION_UNITS, RANGE_SEPARATORS } from "../../lang/lexicon/quantities.ts";
import { ORG_SUFFIX } from "../../lang/lexicon/units.ts";
import { parseNumber } from "../../lang/numerals.ts";
import {
  headYears,
  inferMissingYear,
  parseDateParts,
  toIso,
  type HeadYears,
  type PartialDateParts,
} from "../../lang/dates.ts";

/** What a period finding is before refiners merge it: a date with its cue, or a duration. */
export type PeriodRole = "start" | "end" | "point" | "range" | "duration" | "anchor";

/** A period with the facts refiners need (stripped before output). */
export interface PeriodFinding extends Period {
  at: { start: number; end: number };
  _role: PeriodRole;
  _parts?: PartialDateParts;
}

const YEAR = "(?<y>\\d{4}|[〇零一二三四五六七八九]{4})";
const MONTH = "(?<m>\\d{1,2}|十[一二]?|[一二三四五六七八九])";
const DAY = "(?<d>\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";

const SEP = `[${RANGE_SEPARATORS}]`;
// a clock time after a day: 2022年1月28日17:08, 24:00, 8时30分, 12时
const TIME = "(?:\\s*(?:\\d{1,2}[:：]\\d{2}|\\d{1,2}时(?:\\d{1,2}分)?|\\d{1,2}点(?:\\d{1,2}分)?))?";

/** 2020年1月1日 · 2020年2月 · 2023年 · 2023年度 · 12月31日 (year omitted) · 4月份 · 至6月 (year and day omitted) · 2021.3.1 */
const DATE = new RegExp(
  `(?<before>自|从|由|截至|截止到|截止至|截止|延长至|延期至|延至|至|到)?` +
    `(?:${YEAR}年(?:${MONTH}月(?:${DAY}[日号]${TIME})?)?(?<du>度)?` +
    `|(?<![\\d年〇零一二三四五六七八九十])${MONTH.replace("<m>", "<m2>")}月${DAY.replace("<d>", "<d2>")}[日号]${TIME}` +
    `|(?<![\\d年〇零一二三四五六七八九十个])${MONTH.replace("<m>", "<m3>")}月(?<fen>份)?(?![\\d一二三四五六七八九十]|份?(?:中旬|上旬|下旬|初|中|间|期间))` +
    `|(?<![\\d.])(?<y4>(?:19|20)\\d{2})(?<ds>[./])(?<m4>\\d{1,2})\\k<ds>(?<d4>\\d{1,2})(?![\\d.])${TIME}` +
    `)` +
    `(?<after>底前|底|末|前|以前|之前|起|开始|以来|以后|及以后|之后|后|止|为止|到期|废止|失效|截止|结束|终止)?`,
  "g",
);
// a year-less month needs a cue: 4月份, 至6月, 3月起, 5月底前, or a range after it (3月至6月)
const MONTH_RANGE_AHEAD = new RegExp(`^\\s*${SEP}\\s*(?:\\d{4}年)?(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])月`);
// a weekday and a clock time between a date and its 前: 2022年3月10日（星期四）下午5:00前
const WEEKDAY_TIME_BEFORE =
  /^(?:[（(](?:星期|周)[一二三四五六日天][）)])?(?:上午|下午|中午|晚上)?\s*(?:\d{1,2}[:：]\d{2}|\d{1,2}[时点](?:\d{1,2}分)?)?(?:前|以前|之前)/;
// …or a range before it: 2022年6月—8月
const RANGE_BEHIND = new RegExp(`[月日]\\s*${SEP}\\s*$`);
// a day-only end after a full date: 2月4日至10日, 10月1日至7日
const DAY_END_AHEAD = new RegExp(
  `^\\s*${SEP}\\s*(?<d>\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号](?![\\d])`,
);
// 2021年1—6月, 3至5月份: a span of months with the 月 printed once
const MONTH_SPAN = new RegExp(
  `(?:${YEAR}年)?(?<![\\d.])(?<m1>\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*${SEP}\\s*(?<m2>\\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?![\\d一二三四五六七八九十])`,
  "g",
);
// 6月1—15日: a span of days with the 日 printed once
const DAY_SPAN = new RegExp(`(?:${YEAR}年)?${MONTH}月(?<d1>\\d{1,2})\\s*${SEP}\\s*(?<d2>\\d{1,2})[日号]`, "g");

// a line that is only a date, or the printing line (XX办公室 2021年3月15日印发)
const PRINTED_LINE = new RegExp(`^[^，。；：]{0,30}${DATE_YMD}印发$`);
const isSignatureLine = (line: string) => DATE_ONLY_LINE.test(line) || PRINTED_LINE.test(line);

// a flattened signature: …工作。 XX市人民政府办公室 2021年3月15日 （此件公开发布）
const SIGNED_BEFORE = new RegExp(`[。；！][^，。；：、“”《》\\d]{2,50}(?:政府|[${ORG_SUFFIX}])\\s*$`);
const SIGNED_AFTER = /^\s*(?:[（(]此件[^）)]*[）)]\s*)?$/;

// a deadline named before the date: 截止时间为…, 截止日期：…
const DEADLINE_LABEL = /(?:截止|截至)(?:时间|日期|日)?(?:为|是|：|:)?\s*$/;

// words that introduce a length: 为期一年, 有效期两年, 期限为三年, 试点期三年
const LENGTH_BEFORE = new RegExp(`(?:${alt(LENGTH_WORDS)})$`);

// a baseline year, not when the measure applies: 比2010年翻一番, 较2020年增长, 与2015年相比
const BASELINE_BEFORE = new RegExp(`(?:${alt(BASELINE_BEFORE_WORDS)})$`);
const BASELINE_AFTER = new RegExp(`^(?:${alt(BASELINE_AFTER_WORDS)})`);
const BASELINE_WITH = /与$/;
const BASELINE_WITH_AFTER = new RegExp(
  `^[^，。；]{0,3}(?:${alt(BASELINE_BEFORE_WORDS.filter((w) => w.length > 1))}|比较)`,
);

// 2019—2020年 · （2022-2024） · (2021—2025年)
const YEAR_RANGE = new RegExp(
  `(?<a>(?:19|20)\\d{2})\\s*${SEP}\\s*(?<b>(?:19|20)\\d{2})(?:\\s*年(?<du>度)?|(?=\\s*[）)]))`,
  "g",
);

const DUR_UNITS = Object.keys(DURATION_UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const DUR_NUMBER = "\\d{1,3}(?:\\.\\d+)?|[一二两三四五六七八九十]+|半";
/** 缓缴期限原则上不超过6个月 · 登记失业半年以上 · 10个工作日内 · 3—12个月 · 提前30日 · 离校2年内 */
const DURATION = new RegExp(
  `(?<bw>最长不超过|原则上不超过|不超过|最长|最多|最短|不足|不少于|至少|最低|满|达到|超过)?(?<ext>(?:可|再)?延长|提前)?` +
    `(?<![\\d.〇零一二两三四五六七八九十第上下本当今明去每年月])(?<lo>${DUR_NUMBER})(?:\\s*[${RANGE_SEPARATORS}]\\s*(?<hi>${DUR_NUMBER}))?(?<unit>${DUR_UNITS})` +
    `(?!度|底|末|初|级|代|龄|份|号|制|薪|金|会|轮|计划|规划|行动)` +
    `(?<aw>以上|以内|之内|内|以下|及以上)?`,
  "g",
);

/** The head years of a text, read once per document. */
const HEADS = new Map<string, HeadYears>();
function headOf(text: string): HeadYears {
  let h = HEADS.get(text);
  if (!h) {
    if (HEADS.size > 64) HEADS.clear();
    h = headYears(text);
    HEADS.set(text, h);
  }
  return h;
}

// 2023年上半年 · 一季度 · 第三季度 (year from the text, else the document date)
const PART_OF_YEAR = new RegExp(`(?:${YEAR}年)?(?<part>上半年|下半年|第?[一二三四1-4]季度)`, "g");
const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
// 每年3月底前 · 6月底前 · 今年底前 · 年底前 (no year: the document's year)
const MONTH_END = new RegExp(
  `(?<every>每年)?(?<this>今年|本年|当年)?(?:${MONTH}月)?(?<edge>底|末)(?<before>前|以前|之前)?`,
  "g",
);

// “十四五”期间 → 2021–2025
const FIVE_YEAR_PLAN = /[“"]?十(?<n>[一二三四五六七八九])五[”"]?(?:期间|时期|末)/g;
// 自印发之日起 → start = signing date
const FROM_ISSUE = /自(?:本(?:通知|方案|意见|办法|措施|细则|规定))?(?:印发|发布|公布|施行)之日起|(?:自|从)?即日起/g;

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
  const add = (s: number, e: number, p: Omit<PeriodFinding, "text" | "span" | "at">) => {
    const g = ctx.ground(from + s, from + e);
    out.push({ ...g, ...p, at: { start: from + s, end: from + e } });
    ctx.debug(
      () =>
        `${p.rule} “${g.text}” → ${p.start ?? "·"}–${p.end ?? "·"}${p.duration ? ` ${JSON.stringify(p.duration.value)} ${p.duration.unit} ${p.duration.bound}` : ""}`,
    );
  };
  let earlierYear: number | undefined;

  for (const m of scope.matchAll(YEAR_RANGE)) {
    add(m.index!, m.index! + m[0].length, {
      start: m.groups!.a!,
      end: m.groups!.b!,
      duration: null,
      rule: "period/year-range",
      _role: "range",
    });
  }

  const head = headOf(text.text);
  // the last year stated in the measure before a position (2021年度…4月至5月)
  // the years stated in the measure, found once; a binary search gives the last one ending before a position
  const yearsStated = [...scope.matchAll(/(?<y>(?:19|20)\d{2})\s*年/g)].map((m) => ({
    end: m.index! + m[0].length,
    year: Number(m.groups!.y),
  }));
  const yearBefore = (at: number): number | undefined => {
    let lo = 0;
    let hi = yearsStated.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (yearsStated[mid]!.end <= at) {
        found = yearsStated[mid]!.year;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  // a signature date's line is short: a longer line is prose, and is not copied or scanned (linear time on one-line texts)
  // (the measure's line breaks found once, so a date's line is a binary search, not a scan back)
  const breaks: number[] = [];
  for (let k = text.text.indexOf("\n", from); k >= 0 && k < to; k = text.text.indexOf("\n", k + 1)) breaks.push(k);
  const firstLineStart = text.text.lastIndexOf("\n", from - 1) + 1;
  const lastLineEnd = (() => {
    const n = text.text.indexOf("\n", Math.max(to, breaks.at(-1) ?? from));
    return n < 0 ? text.text.length : n;
  })();
  const lineOf = (at: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    const ls = lo > 0 ? breaks[lo - 1]! + 1 : firstLineStart;
    const le = lo < breaks.length ? breaks[lo]! : lastLineEnd;
    return le - ls > 120 ? "" : text.text.slice(ls, le).trim();
  };

  // normalising drops the spaces between CJK characters: a flattened signature is read on the source
  const signedInSource = (s: number, e: number) => {
    // only the end of the item can follow a signature date: a long rest is not (and is not scanned)
    if (scope.length - (e - from) > 200 || !SIGNED_AFTER.test(scope.slice(e - from))) return false;
    const span = ctx.ground(s, e).span;
    return (
      SIGNED_BEFORE.test(text.text.slice(Math.max(0, s - 60), s)) &&
      /\s$/.test(ctx.doc.source.slice(Math.max(0, span.start - 1), span.start))
    );
  };

  for (const m of scope.matchAll(DATE)) {
    const g = m.groups!;
    const before = g.before;
    const after = g.after;
    const s = m.index!;
    let e = s + m[0].length;
    // a year-less month needs a cue (4月份, 至6月, 3月起, 5月底前, 3月至6月)
    if (
      g.m3 &&
      !g.fen &&
      !before &&
      !after &&
      !MONTH_RANGE_AHEAD.test(scope.slice(e, e + 40)) &&
      !RANGE_BEHIND.test(scope.slice(Math.max(0, s - 4), s))
    )
      continue;
    // the signature date on its own line is meta, not a period
    if (
      g.y &&
      (g.d || g.d2) &&
      !before &&
      !after &&
      (isSignatureLine(lineOf(from + s).replace(/\s+/g, "")) || signedInSource(from + s, from + e))
    ) {
      ctx.debug(() => `period/date: “${m[0]}” stands alone on its line: a signature date, not a period`);
      continue;
    }
    // 比2010年翻一番, 与2015年相比: a baseline, not when the measure applies
    const prior = scope.slice(Math.max(0, s - 12), s);
    const ahead = scope.slice(e, e + 8);
    if (
      !before &&
      (BASELINE_BEFORE.test(prior) ||
        (BASELINE_WITH.test(prior) && BASELINE_WITH_AFTER.test(ahead)) ||
        BASELINE_AFTER.test(ahead))
    ) {
      ctx.debug(() => `period/date: “${m[0]}” is a baseline (比/较/与…相比), not a period`);
      continue;
    }
    // 公告2021年第12号: the year of a document number
    if (g.y && !g.m && /^第[\d〇零一二三四五六七八九十百]+号/.test(ahead)) continue;
    const parts = parseDateParts(g.y ?? g.y4, g.m ?? g.m2 ?? g.m3 ?? g.m4, g.d ?? g.d2 ?? g.d4);
    if (!parts) continue;
    const inferred: string[] = [];
    let rule = "period/date";
    if (parts.year === undefined) {
      const choice = inferMissingYear(undefined, earlierYear, ctx.doc.refDate, head);
      if (!choice) continue;
      parts.year = choice.year;
      inferred.push("year");
      rule = `period/date/year-from-${choice.reason}`;
    } else earlierYear = parts.year;
    const iso = toIso(parts);
    let role: PeriodRole = "point";
    let start: string | null = iso;
    let end: string | null = iso;
    if (before && /^(?:自|从|由)$/.test(before)) role = "start";
    else if (before) role = "end";
    else if (!after && DEADLINE_LABEL.test(prior)) role = "end"; // 申报截止时间为2022年4月15日
    if (after === "底前" || after === "底" || after === "末") role = "end";
    else if (after && /^(?:前|以前|之前|止|为止|废止|失效|截止|结束|终止)$/.test(after)) role = "end";
    else if (!after && WEEKDAY_TIME_BEFORE.test(scope.slice(e, e + 16)))
      role = "end"; // 2022年3月10日（星期四）下午5:00前
    else if (after && /^(?:起|开始|以来|以后|及以后|之后|后)$/.test(after)) role = role === "end" ? "end" : "start";
    else if (after === "到期") role = "anchor";
    // 2月4日至10日: the day-only end takes the month and year of the start
    const dayEnd = parts.day !== undefined && !after ? DAY_END_AHEAD.exec(scope.slice(e, e + 40)) : null;
    if (dayEnd && role !== "end") {
      const endParts = parseDateParts(undefined, undefined, dayEnd.groups!.d);
      if (endParts?.day !== undefined && endParts.day > parts.day!) {
        e += dayEnd[0].length;
        add(s, e, {
          start: iso,
          end: toIso({ ...parts, day: endParts.day }),
          duration: null,
          rule: `${rule}/day-range`,
          inferred: [...inferred, "end.month"],
          _role: "range",
          _parts: parts,
        });
        continue;
      }
    }
    if (role === "start" || role === "anchor") end = null;
    if (role === "end") start = null;
    if (after === "后" && role !== "start") e -= 1;
    add(s, e, {
      start,
      end,
      duration: null,
      rule,
      ...(inferred.length ? { inferred } : {}),
      _role: role,
      _parts: parts,
    });
  }

  for (const m of scope.matchAll(MONTH_SPAN)) {
    const g = m.groups!;
    const a = parseDateParts(undefined, g.m1);
    const b = parseDateParts(undefined, g.m2);
    if (!a?.month || !b?.month || a.month >= b.month) continue;
    const stated = g.y ? parseDateParts(g.y)?.year : undefined;
    const choice =
      stated === undefined ? inferMissingYear(undefined, yearBefore(m.index!), ctx.doc.refDate, head) : undefined;
    const year = stated ?? choice?.year;
    if (year === undefined) continue;
    add(m.index!, m.index! + m[0].length, {
      start: toIso({ year, month: a.month }),
      end: toIso({ year, month: b.month }),
      duration: null,
      rule: choice ? `period/month-span/year-from-${choice.reason}` : "period/month-span",
      ...(choice ? { inferred: ["year"] } : {}),
      _role: "range",
    });
  }
  for (const m of scope.matchAll(DAY_SPAN)) {
    const g = m.groups!;
    const a = parseDateParts(undefined, g.m, g.d1);
    const b = parseDateParts(undefined, g.m, g.d2);
    if (!a?.day || !b?.day || a.day >= b.day) continue;
    const stated = g.y ? parseDateParts(g.y)?.year : undefined;
    const choice =
      stated === undefined ? inferMissingYear(undefined, yearBefore(m.index!), ctx.doc.refDate, head) : undefined;
    const year = stated ?? choice?.year;
    if (year === undefined) continue;
    add(m.index!, m.index! + m[0].length, {
      start: toIso({ ...a, year }),
      end: toIso({ ...b, year }),
      duration: null,
      rule: choice ? `period/day-span/year-from-${choice.reason}` : "period/day-span",
      ...(choice ? { inferred: ["year"] } : {}),
      _role: "range",
    });
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
    // …unless a length word stands before it: 为期一年, 有效期两年, 期限为三年, 延长一年 (提前一年实现目标 says how much earlier)
    if (
      (isCn || g.lo === "半") &&
      !boundWord &&
      !/个/.test(unitWord) &&
      g.lo !== "半" &&
      !/延长/.test(g.ext ?? "") &&
      !LENGTH_BEFORE.test(scope.slice(Math.max(0, m.index! - 4), m.index!))
    )
      continue;
    if (g.lo === "半" && unitWord !== "年") continue;
    let lo = g.lo === "半" ? 0.5 : parseNumber(g.lo!);
    const hi = g.hi ? parseNumber(g.hi) : undefined;
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
    add(s, m.index! + m[0].length, {
      start: null,
      end: null,
      duration,
      rule: g.lo === "半" ? "period/duration/half-year" : "period/duration",
      _role: "duration",
    });
  }

  for (const m of scope.matchAll(PART_OF_YEAR)) {
    const g = m.groups!;
    const stated = g.y ? parseDateParts(g.y)?.year : undefined;
    const year = stated ?? inferMissingYear(undefined, yearBefore(m.index!), ctx.doc.refDate, head)?.year;
    if (year === undefined) continue;
    const q = g.part!.match(/[一二三四1-4]/)?.[0];
    const [m1, m2] =
      g.part === "上半年" ? [1, 6] : g.part === "下半年" ? [7, 12] : [(QUARTER[q!]! - 1) * 3 + 1, QUARTER[q!]! * 3];
    add(m.index!, m.index! + m[0].length, {
      start: toIso({ year, month: m1 }),
      end: toIso({ year, month: m2 }),
      duration: null,
      rule: "period/part-of-year",
      ...(stated ? {} : { inferred: ["year"] }),
      _role: "range",
    });
  }
  for (const m of scope.matchAll(MONTH_END)) {
    const g = m.groups!;
    const before = scope.slice(Math.max(0, m.index! - 3), m.index!);
    if (g.m && !g.every && !g.this) continue; // 6月底前, 2025年6月底: read by DATE
    if (!g.m && !g.this && !/(?:^|[^\d〇零一二三四五六七八九上去前下])年$/.test(before)) continue; // 2025年底 is read by DATE; 上年末 is relative
    // a bare 年底 (年底逐一对账) is relative; 年底前, 到年底 and 今年底 are deadlines
    if (!g.m && !g.this && !g.before && !/(?:到|至|截至|截止)年$/.test(before)) continue;
    // 2020年起，每年1月底前: the first deadline is in the year the measure starts from
    const choice = inferMissingYear(undefined, yearBefore(m.index!), ctx.doc.refDate, head);
    if (!choice) continue;
    const parts = { year: choice.year, ...(g.m ? { month: parseDateParts(undefined, g.m)!.month } : {}) };
    const s = g.m || g.this ? m.index! : m.index! - 1; // include the 年 of 年底
    add(s, m.index! + m[0].length, {
      start: null,
      end: toIso(parts),
      duration: null,
      inferred: ["year"],
      rule: `${g.every ? "period/every-year-month-end" : "period/month-end"}/year-from-${choice.reason}`,
      _role: "end",
    });
  }
  for (const m of scope.matchAll(FIVE_YEAR_PLAN)) {
    const n = parseNumber(m.groups!.n!)!;
    const startYear = 2021 + (n - 4) * 5; // 十四五 2021–2025, 十三五 2016–2020
    add(m.index!, m.index! + m[0].length, {
      start: String(startYear),
      end: String(startYear + 4),
      duration: null,
      rule: "period/five-year-plan",
      _role: "range",
    });
  }
  for (const m of scope.matchAll(FROM_ISSUE)) {
    if (!ctx.doc.refDate) continue;
    const [y, mo, d] = ctx.doc.refDate.split("-");
    const parts = parseDateParts(y, mo, d);
    add(m.index!, m.index! + m[0].length, {
      start: ctx.doc.refDate,
      end: null,
      duration: null,
      inferred: ["start"],
      rule: "period/from-issue-date",
      _role: "start",
      ...(parts ? { _parts: parts } : {}),
    });
  }
  return out.sort((a, b) => a.at.start - b.at.start || b.at.end - a.at.end);
}
