import type { Amount, Bound } from "../../schemas/index.ts";
import { alt } from "../../lang/pattern.ts";
import type { ExtractContext, NormalizedText } from "../context.ts";
import { NUMERAL_ZH_CHARS } from "../../lang/lexicon/numerals.ts";
import {
  AGE_UNITS,
  ARTICLE_COUNTERS,
  COUNTER_ALIASES,
  COUNTERS,
  FOREIGN_CURRENCIES,
  MAX_AFTER,
  MAX_BEFORE,
  MIN_AFTER,
  MIN_BEFORE,
  MONEY_UNITS,
  PEOPLE_NOUNS,
  PER_AFTER,
  PER_BEFORE,
  RANGE_SEPARATORS,
  PEOPLE_VERBS,
  RANK_BEFORE,
  RATE_BASE_VERBS,
  MONEY_VERBS,
} from "../../lang/lexicon/quantities.ts";
import { parseNumber } from "../../lang/numerals.ts";

type Per = NonNullable<Amount["per"]>;

const ZH = NUMERAL_ZH_CHARS.replace(/[万亿]/g, ""); // 〇零一壹二两贰…十拾百佰千仟
const NUMBER =
  "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[万亿千]?" + // 15万, 5.5亿, 10,000
  `|[${ZH}]+[万亿]?` + // 三, 二十七, 千, 两, 贰仟
  "|[万亿](?=元)"; // 亿元以上 (a bare magnitude: 1亿)

const COUNTER_WORDS = [...COUNTERS, ...Object.keys(COUNTER_ALIASES)];
const UNIT =
  `(?<money>${alt(FOREIGN_CURRENCIES)}|元)` +
  "|(?<percent>%|％)" +
  "|(?<permille>‰)" +
  "|(?<age>周岁|岁)" +
  `|(?<counter>${alt(COUNTER_WORDS)})`;
// the unit printed after both ends of a range: 20人—50人, 5000元至1万元, 16周岁至24周岁
const UNIT_LO = `(?<u1>${alt(FOREIGN_CURRENCIES)}|元|%|％|周岁|岁|${alt(COUNTER_WORDS)})`;

/**
 * A quantity: number, optional range end, unit.
 * 每人每月1000元 · 30人（含）以下 · 16—24岁 · 1至2名 · 不低于90% · 4万人以上 · 最多不超过三次
 */
const QUANTITY = new RegExp(
  `(?<![\\d.${NUMERAL_ZH_CHARS}第首])` +
    `(?<lo>${NUMBER})(?:${UNIT_LO}?\\s*[${RANGE_SEPARATORS}]\\s*(?<hi>${NUMBER}))?(?<approx>余|多)?\\s*(?:${UNIT})`,
  "g",
);

// 百分之五十 / 百分之三十五点五
const PERCENT_WORDS = /(?<base>百|千)分之(?<n>[〇零一二两三四五六七八九十百]+(?:点[〇零一二三四五六七八九]+)?)/g;

/** After a counter, these make it something else: 6个月 (a duration), 一次性 (lump-sum), 九届九次全体会议 (a session). */
const NOT_AFTER: Record<string, RegExp> = {
  个: /^(?:月|工作日|小时|季度|百分点|“)/,
  次: /^(?:性|会议|全会|全体|代表|党代会)/,
  人: /^(?:民|一[档策]|计划|工程)/,
  家: /^(?:庭|万户)/,
  户: /^(?:籍|口|一策)/,
  所: /^(?:有|以|在|属|需)/,
  项: /^目/,
  名: /^(?:称|单|义|额)/,
  条: /^(?:例|款|件|线|块)/,
  支: /^(?:持|付|出|撑|援|部|队伍建设)/,
  件: /^(?:事)/,
  台: /^(?:阶|账|湾|风)/,
  场: /^(?:所|景|地|馆|合|站)/,
  位: /^(?:置|于)/,
};

const PER_BEFORE_RE = new RegExp(
  `(?<per>${alt(Object.keys(PER_BEFORE))})?(?<bound>${alt([...MAX_BEFORE, ...MIN_BEFORE])})?(?<fill>(?:补贴|补助|给予|发放|享受|进行|有|为|是|可|达){0,2})(?<each>各)?$`,
);
const PER_AFTER_RE = new RegExp(`^(?:${alt(Object.keys(PER_AFTER))})`);
const BOUND_AFTER_RE = new RegExp(`^(?:${alt([...MAX_AFTER, ...MIN_AFTER])}|左右)`);
// 见习单位按不低于当地最低工资标准的50%发放 / 达到企业现有在职职工人数25%
const DISTANT_BOUND_RE =
  /(?<word>不得低于|不低于|不少于|不高于|不得高于|不超过|达到|低于)(?<gap>[^\d，。；：！？,;:\n]{1,16})$/;
// 最高可贷30万元, 单个企业最高奖励50万元, 最多可申报3个项目 (not 最低工资标准的60%: 最低 names a standard)
const DISTANT_CAP_RE = /(?<word>最高|最多)(?<gap>[^\d，。；：！？,;:\n的]{1,8})$/;
// 由市财政每年每人给予交通、食宿费补助2000元
const DISTANT_PER_RE = new RegExp(`(?<per>${alt(Object.keys(PER_BEFORE))})(?<gap>[^\\d，。；：！？,;:\\n]{1,16})$`);
// 年输转千人以上: a bare 年 before a verb of volume is "per year"
const PER_YEAR_VERB =
  /(?<![\d〇零一二三四五六七八九十上下当全今明去每本次同])年(?:输转|培训|转移|新增|招募|吸纳|开发|安置|带动|输出|减少|增加)$/;
// 企业和个人各5%的最低标准
const MIN_STANDARD_AFTER = /^的?最低(?:标准|缴费)?/;
// 每新吸纳1人按每人1000元: the 1人 is the rate's denominator
const DENOMINATOR_BEFORE = new RegExp(`每(?:新)?(?:${alt(RATE_BASE_VERBS)})?$`);
// 引进1名高层次人才，给予最高5万元支持: 1 after a verb, with the award later in the sentence, is the rate's base too
const RATE_BASE_BEFORE = new RegExp(`(?:${alt(RATE_BASE_VERBS)})$`);
const AWARD_LATER = /^[^。；;！？]*?(?:\d|[一二两三四五六七八九十百千])(?:[万亿千])?元/;

// 居前3名, 排名前十位 (not 提前, 之前, 目前, 此前, 年前)
const RANK_RE = new RegExp(`(?<![提之以目此日年月当事])${RANK_BEFORE}$`);
const PEOPLE_COUNT = new RegExp(
  `(?<![\\d.${NUMERAL_ZH_CHARS}第首])(?<n>\\d+(?:\\.\\d+)?[万亿]|\\d{3,})(?<bw>${alt([...MIN_AFTER, ...MAX_AFTER.filter((w) => w.length > 1)])})?` +
    `(?=[^\\d，。；、：元人名个户次年月日天届级号期批%％岁]{0,4}?(?:${alt(PEOPLE_NOUNS)}))`,
  "g",
);
// an open quote a few characters before: “三个代表”, “最多跑一次”
const QUOTE_OPEN = /[“‘][^“”‘’，。；\d]{0,6}$/;
const CATEGORY_LIST_BEFORE = /[一二三四五六七八九十甲乙丙丁]类[、和及或至]$/;
const CATEGORY_LIST_AFTER = /^[、和及或至][一二三四五六七八九十甲乙丙丁]类/;
// 城镇新增就业11万以上: a 万 number right after a verb of people, with no counter
const PEOPLE_AFTER_VERB = new RegExp(
  `(?<=${alt(PEOPLE_VERBS)})(?<n>\\d+(?:\\.\\d+)?万)(?<bw>${alt([...MIN_AFTER, ...MAX_AFTER.filter((w) => w.length > 1)])}|左右)?(?![\\d.万亿千元人名个户次%％岁])`,
  "g",
);
// 给予最高100万奖励, 一次性补贴5万: a 万/亿 number with no unit, money by the words around it
const MONEY_NO_UNIT = new RegExp(
  `(?<![\\d.${NUMERAL_ZH_CHARS}第首])(?<n>\\d+(?:\\.\\d+)?[万亿])(?<bw>${alt([...MIN_AFTER, ...MAX_AFTER.filter((w) => w.length > 1)])})?(?![\\d.万亿千元人名个户次项家所%％岁年月日天亩平米吨公斤里件条类批张位场座台套支美欧港倍])`,
  "g",
);
const MONEY_WORD_BEFORE = new RegExp(`(?:${alt(MONEY_VERBS)})(?:[^，。；：\\d]{0,6})$`);
const MONEY_WORD_AFTER = new RegExp(`^(?:的)?(?:${alt(MONEY_VERBS)}|奖金|支持)`);
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const normUnit = (u: string) =>
  u === "周岁" ? "岁" : u === "％" ? "%" : ((COUNTER_ALIASES as Record<string, string>)[u] ?? u);
const sameUnit = (a: string, b: string) => normUnit(a) === normUnit(b);

const boundOf = (word: string | undefined): Bound | undefined => {
  if (!word) return undefined;
  if ((MAX_BEFORE as readonly string[]).includes(word) || (MAX_AFTER as readonly string[]).includes(word)) return "max";
  if ((MIN_BEFORE as readonly string[]).includes(word) || (MIN_AFTER as readonly string[]).includes(word)) return "min";
  return undefined;
};

/** The clause before `at` (back to the last ，。；： or line start). */
/** An operator right before a number: it is part of a formula (×100%, *100%, 乘以100%). */
const FORMULA_BEFORE = /(?:[×*xX✕]|乘以)\s*$/;

/** A clause is a phrase: the look back stops after this many characters even in a text without punctuation (linear time). */
const MAX_CLAUSE = 200;

function clauseBefore(text: string, at: number, from: number): string {
  const s = text.slice(Math.max(from, at - MAX_CLAUSE), at);
  const cut = Math.max(
    s.lastIndexOf("，"),
    s.lastIndexOf("。"),
    s.lastIndexOf("；"),
    s.lastIndexOf("："),
    s.lastIndexOf("\n"),
    s.lastIndexOf("\t"),
  );
  return s.slice(cut + 1);
}

/**
 * Money (in 元), percentages, counts with their counter word, and ages in one measure,
 * with bounds (最高/不超过/以下 → max; 以上/不低于/达到 → min; ranges) and per (每人每月 → 人·月).
 */
export type AmountFinding = Amount & { at: { start: number; end: number } };

export function extractAmounts(text: NormalizedText, ctx: ExtractContext): AmountFinding[] {
  const { start: from, end: to } = ctx.measure.range;
  const t = text.text;
  const out: AmountFinding[] = [];
  // 每招用1人1500元: money right after a per-person base is per 人
  let rateBaseEnd = -1;
  const scope = t.slice(from, to);

  const push = (s: number, e: number, a: Omit<Amount, "text" | "span">) => {
    const g = ctx.ground(s, e);
    out.push({ ...g, ...a, at: { start: s, end: e } });
    ctx.debug(
      () => `${a.rule} “${g.text}” → ${JSON.stringify(a.value)} ${a.unit} ${a.bound}${a.per ? ` per ${a.per}` : ""}`,
    );
  };

  for (const m of scope.matchAll(QUANTITY)) {
    const g = m.groups!;
    const ms = from + m.index!;
    let me = ms + m[0].length;
    const after = t.slice(me, Math.min(to, me + 12));
    const counter = g.counter ? ((COUNTER_ALIASES as Record<string, string>)[g.counter] ?? g.counter) : undefined;
    if (counter && NOT_AFTER[counter]?.test(after)) continue;
    if (g.counter && /^式/.test(after)) continue; // 一户式服务, 一站式
    const kind: Amount["kind"] = g.money ? "money" : g.percent || g.permille ? "percent" : g.age ? "age" : "count";
    // 计算方法：手术台次数/同期出院患者总人次数×100%: a formula's constant, not a rate the notice sets
    if (kind === "percent" && FORMULA_BEFORE.test(t.slice(Math.max(from, ms - 2), ms))) continue;
    // 20人—50人: both ends carry the same unit
    if (
      g.u1 &&
      !sameUnit(g.u1, m[0].slice(m[0].length - (g.money ?? g.percent ?? g.permille ?? g.age ?? g.counter ?? "").length))
    )
      continue;
    // 陆家嘴, 伍家岗区: a lone 大写 numeral is a name unless it is money (伍元)
    if (!g.money && /^[壹贰叁肆伍陆柒捌玖拾佰仟]$/.test(g.lo!)) continue;
    const bare = /^[万亿]$/.test(g.lo!);
    let lo = bare ? (g.lo === "亿" ? 1e8 : 1e4) : parseNumber(g.lo!);
    let hi = g.hi ? (/^[万亿]$/.test(g.hi) ? undefined : parseNumber(g.hi)) : undefined;
    if (lo === undefined || (g.hi && hi === undefined)) continue;
    // 10至50万元, 1—3万人: the magnitude printed on the high end applies to both
    const hiMag = g.hi?.match(/[万亿千]$/)?.[0];
    if (hi !== undefined && hiMag && !/[万亿千]$/.test(g.lo!) && !g.u1) {
      const scaled = parseNumber(g.lo! + hiMag);
      if (scaled !== undefined && scaled < hi) lo = scaled;
    }
    if (bare && (kind !== "money" || g.hi || /[数几上近余多成百千十]$/.test(t.slice(Math.max(from, ms - 1), ms))))
      continue;
    if (g.permille) {
      lo = round6(lo / 10);
      if (hi !== undefined) hi = round6(hi / 10);
    }
    const unit = g.money ? g.money : kind === "percent" ? "%" : g.age ? "岁" : counter!;
    let rule = `amount/${kind}`;

    const clause = clauseBefore(t, ms, from);
    // 每千人口拥有…, 每万人: a bare magnitude after 每 is the base of a ratio
    if (kind === "count" && /^[十百千万]$/.test(g.lo!) && /每$/.test(clause)) continue;
    if (kind === "count" && lo === 1 && hi === undefined && /^[人名户个家项]$/.test(unit)) {
      if (DENOMINATOR_BEFORE.test(clause) || (RATE_BASE_BEFORE.test(clause) && AWARD_LATER.test(t.slice(me, to)))) {
        ctx.debug(() => `amount/count: “${m[0]}” is the base of a rate (每…1人, 引进1名…给予…元)`);
        if (/^[人名]$/.test(unit) && DENOMINATOR_BEFORE.test(clause)) rateBaseEnd = me;
        continue;
      }
    }
    // “三个代表”, “两个确保”, “一次办好”: a quoted name, not a quantity
    if (kind === "count" && QUOTE_OPEN.test(clause) && /^[^\d，。；“”"]{0,6}[”"’]/.test(after)) {
      ctx.debug(() => `amount/count: “${m[0]}” is inside a quoted name`);
      continue;
    }

    // 一类、二类职业技能竞赛: category ordinals in a list, not counts (上述两类企业 is a count)
    if (unit === "类" && (CATEGORY_LIST_BEFORE.test(clause) || CATEGORY_LIST_AFTER.test(after))) {
      ctx.debug(() => `amount/count: “${m[0]}” is a category ordinal in a list`);
      continue;
    }

    // 5000余人, 200多家: more than the number
    let bound: Bound = hi !== undefined ? "range" : g.approx ? "min" : "exact";
    let per: Per | undefined;
    const afterBase =
      kind === "money" &&
      rateBaseEnd >= 0 &&
      ms >= rateBaseEnd &&
      /^[按给予补贴助发放]{0,4}$/.test(t.slice(rateBaseEnd, ms));
    let s = ms;
    // words right before: 每人每月最高补贴500元, 最高不超过15万元, 至少有一人, 女满45周岁, 各5%
    const before = PER_BEFORE_RE.exec(clause);
    if (before?.groups && (before.groups.per || before.groups.bound)) {
      per = before.groups.per ? (PER_BEFORE as Record<string, Per>)[before.groups.per] : undefined;
      const b = boundOf(before.groups.bound);
      if (b && bound === "exact") bound = b;
      if (before.groups.bound === "只") rule = "amount/only-once";
      s = ms - before[0].length;
    } else if (before?.groups?.each) s = ms - 1;
    if (!per && afterBase) per = "人";
    // 居前3名, 排名前十位: a rank, at most N
    if (kind === "count" && s === ms && RANK_RE.test(clause) && bound === "exact") {
      bound = "max";
      s = ms - RANK_BEFORE.length;
      rule = "amount/count/rank";
    }
    // words right after: 30人（含）以下, 70%以上, 10个左右, 20元/人·月, 50家/年
    const perAfter = PER_AFTER_RE.exec(after);
    if (perAfter && (kind === "money" || (kind === "count" && /^\/[年月]$/.test(perAfter[0])))) {
      per = (PER_AFTER as Record<string, Per>)[perAfter[0]];
      me += perAfter[0].length;
    }
    const boundAfter = BOUND_AFTER_RE.exec(t.slice(me, Math.min(to, me + 6)));
    if (boundAfter) {
      const b = boundOf(boundAfter[0]);
      if (b && bound === "exact") bound = b;
      if (b || boundAfter[0] === "左右") me += boundAfter[0].length;
    }
    // 亿元以上: a bare magnitude is a quantity only with its bound
    if (bare && bound === "exact" && !before?.groups?.bound) continue;
    if (bound === "exact" && MIN_STANDARD_AFTER.test(t.slice(me, me + 6))) bound = "min";
    // a bound word earlier in the clause: 不低于当地最低工资标准的50%
    if (bound === "exact" && s === ms) {
      const d = DISTANT_BOUND_RE.exec(clause);
      const cap = d ? null : DISTANT_CAP_RE.exec(clause);
      if (d?.groups) {
        bound = boundOf(d.groups.word) ?? (d.groups.word === "达到" ? "min" : "exact");
        if (d.groups.word === "达到") bound = "min";
        rule = `${rule}/distant-bound`;
      } else if (cap?.groups && !/标准|工资|水平/.test(cap.groups.gap!)) {
        bound = "max";
        rule = `${rule}/distant-cap`;
      }
    }
    // a per word earlier in the clause: 每年每人给予交通、食宿费补助2000元
    // 每人每年享受补贴次数最多不超过三次; 每年培育星级上云企业50家 (a count per year or month)
    if (!per) {
      const d = DISTANT_PER_RE.exec(clause.slice(0, clause.length - (ms - s)));
      const p = d?.groups ? (PER_BEFORE as Record<string, Per>)[d.groups.per!] : undefined;
      if (p && (kind === "money" || unit === "次" || (kind === "count" && (p === "年" || p === "月")))) per = p;
    }
    // 全市建成年输转千人以上省外劳务基地: the text starts at 年
    const yearVerb = kind === "count" && !per && s === ms ? PER_YEAR_VERB.exec(clause) : null;
    if (yearVerb) {
      per = "年";
      s = ms - yearVerb[0].length;
    }
    // 今后一个时期, 建立一个机制, 打造一批品牌, 明确一名联络员: 一 as an article, not a quantity (至少一个 is kept)
    if (
      kind === "count" &&
      g.lo === "一" &&
      bound === "exact" &&
      !per &&
      (ARTICLE_COUNTERS as readonly string[]).includes(unit)
    ) {
      ctx.debug(() => `amount/count: “${t.slice(s, me)}” is an article, not a quantity`);
      continue;
    }
    push(s, me, { kind, value: hi !== undefined ? [lo, hi] : lo, unit, bound, ...(per ? { per } : {}), rule });
  }

  // 100万以上贫困人口, 帮助5000余农村劳动力: a number with no counter word before a noun of people
  for (const m of [...scope.matchAll(PEOPLE_COUNT), ...scope.matchAll(PEOPLE_AFTER_VERB)]) {
    const g = m.groups!;
    const v = parseNumber(g.n!);
    if (v === undefined || !Number.isInteger(v)) continue;
    const s = from + m.index!;
    const e = s + g.n!.length + (g.bw?.length ?? 0);
    const bound: Bound = g.bw ? (boundOf(g.bw) ?? "exact") : "exact";
    push(s, e, { kind: "count", value: v, unit: "人", bound, rule: "amount/count/people-noun" });
  }

  for (const m of scope.matchAll(MONEY_NO_UNIT)) {
    const g = m.groups!;
    const v = parseNumber(g.n!);
    if (v === undefined) continue;
    const ms = from + m.index!;
    const me = ms + m[0].length;
    const clause = clauseBefore(t, ms, from);
    if (!MONEY_WORD_BEFORE.test(clause) && !MONEY_WORD_AFTER.test(t.slice(me, me + 4))) continue;
    const before = PER_BEFORE_RE.exec(clause);
    const bb = boundOf(before?.groups?.bound);
    const bound: Bound = (g.bw ? boundOf(g.bw) : undefined) ?? bb ?? "exact";
    const s = bb ? ms - before![0].length : ms;
    const per = before?.groups?.per ? (PER_BEFORE as Record<string, Per>)[before.groups.per] : undefined;
    push(s, me, { kind: "money", value: v, unit: "元", bound, ...(per ? { per } : {}), rule: "amount/money/no-unit" });
  }

  for (const m of scope.matchAll(PERCENT_WORDS)) {
    const n = parseNumber(m.groups!.n!);
    if (n === undefined) continue;
    const v = m.groups!.base === "千" ? round6(n / 10) : n; // 千分之五 is 0.5%
    const s = from + m.index!;
    push(s, s + m[0].length, { kind: "percent", value: v, unit: "%", bound: "exact", rule: "amount/percent-words" });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Checks the unit words of the lexicon are all reachable (used by the completeness test). */
export const AMOUNT_UNIT_WORDS = [...Object.keys(MONEY_UNITS), ...COUNTERS, ...AGE_UNITS, "%"];
