import type { Amount, Bound } from "../../schemas/index.ts";
import { alt } from "../../lang/pattern.ts";
import type { ExtractContext } from "../context.ts";
import { CAPITAL_NUMERALS_ZH, NUMERAL_ZH_CHARS, PLAIN_DIGITS_ZH } from "../../lang/lexicon/numerals.ts";
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
  REACHING_BOUNDS,
  MONEY_VERBS,
  VOLUME_VERBS,
} from "../../lang/lexicon/quantities.ts";
import { parseNumber } from "../../lang/numerals.ts";
import { dropUnlikely, removeOverlaps } from "../refiners.ts";
import { type Draft, type Family, type RuleMatch, rule, type Scope } from "../rule.ts";
import { labelPurpose } from "./purpose.ts";

type Per = NonNullable<Amount["per"]>;

/** An amount before it is grounded: its range in the normalised text and the values read. */
export type AmountDraft = Draft & Omit<Amount, "text" | "span">;

/** What the rules of one measure share: where the last per-person rate base ended (每招用1人1500元). */
interface AmountState {
  rateBaseEnd: number;
}
type AmountScope = Scope<AmountState, ExtractContext>;

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
const NOT_AFTER_NUMBER = `(?<![\\d.${NUMERAL_ZH_CHARS}第首])`;
const BOUND_AFTER_WORDS = alt([...MIN_AFTER, ...MAX_AFTER.filter((w) => w.length > 1)]);

/**
 * A quantity: number, optional range end, unit.
 * 每人每月1000元 · 30人（含）以下 · 16—24岁 · 1至2名 · 不低于90% · 4万人以上 · 最多不超过三次
 */
const QUANTITY = new RegExp(
  NOT_AFTER_NUMBER +
    `(?<lo>${NUMBER})(?:${UNIT_LO}?\\s*[${RANGE_SEPARATORS}]\\s*(?<hi>${NUMBER}))?(?<approx>余|多)?\\s*(?:${UNIT})`,
  "g",
);

// 百分之五十 / 百分之三十五点五
const PERCENT_WORDS = new RegExp(
  `(?<base>百|千)分之(?<n>[${PLAIN_DIGITS_ZH}两十百]+(?:点[${PLAIN_DIGITS_ZH}]+)?)`,
  "g",
);

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
const DISTANT_BOUND_RE = new RegExp(`(?<word>${alt(REACHING_BOUNDS)})(?<gap>[^\\d，。；：！？,;:\\n]{1,16})$`);
// 最高可贷30万元, 单个企业最高奖励50万元, 最多可申报3个项目 (not 最低工资标准的60%: 最低 names a standard)
const DISTANT_CAP_RE = /(?<word>最高|最多)(?<gap>[^\d，。；：！？,;:\n的]{1,8})$/;
// 由市财政每年每人给予交通、食宿费补助2000元
const DISTANT_PER_RE = new RegExp(`(?<per>${alt(Object.keys(PER_BEFORE))})(?<gap>[^\\d，。；：！？,;:\\n]{1,16})$`);
// 年输转千人以上: a bare 年 before a verb of volume is "per year"
const PER_YEAR_VERB = new RegExp(`(?<![\\d${PLAIN_DIGITS_ZH}十上下当全今明去每本次同])年(?:${alt(VOLUME_VERBS)})$`);
// 企业和个人各5%的最低标准
const MIN_STANDARD_AFTER = /^的?最低(?:标准|缴费)?/;
// 每新吸纳1人按每人1000元: the 1人 is the rate's denominator
const DENOMINATOR_BEFORE = new RegExp(`每(?:新)?(?:${alt(RATE_BASE_VERBS)})?$`);
// 引进1名高层次人才，给予最高5万元支持: 1 after a verb, with the award later in the sentence, is the rate's base too
const RATE_BASE_BEFORE = new RegExp(`(?:${alt(RATE_BASE_VERBS)})$`);
const AWARD_LATER = new RegExp(`^[^。；;！？]*?(?:\\d|[${PLAIN_DIGITS_ZH}两十百千])(?:[万亿千])?元`);

// 居前3名, 排名前十位 (not 提前, 之前, 目前, 此前, 年前)
const RANK_RE = new RegExp(`(?<![提之以目此日年月当事])${RANK_BEFORE}$`);
const PEOPLE_COUNT = new RegExp(
  `${NOT_AFTER_NUMBER}(?<n>\\d+(?:\\.\\d+)?[万亿]|\\d{3,})(?<bw>${BOUND_AFTER_WORDS})?` +
    `(?=[^\\d，。；、：元人名个户次年月日天届级号期批%％岁]{0,4}?(?:${alt(PEOPLE_NOUNS)}))`,
  "g",
);
// an open quote a few characters before: “三个代表”, “最多跑一次”
const QUOTE_OPEN = /[“‘][^“”‘’，。；\d]{0,6}$/;
const ORDINAL = `[${PLAIN_DIGITS_ZH}十甲乙丙丁]`;
const CATEGORY_LIST_BEFORE = new RegExp(`${ORDINAL}类[、和及或至]$`);
const CATEGORY_LIST_AFTER = new RegExp(`^[、和及或至]${ORDINAL}类`);
// 城镇新增就业11万以上: a 万 number right after a verb of people, with no counter
const PEOPLE_AFTER_VERB = new RegExp(
  `(?<=${alt(PEOPLE_VERBS)})(?<n>\\d+(?:\\.\\d+)?万)(?<bw>${BOUND_AFTER_WORDS}|左右)?(?![\\d.万亿千元人名个户次%％岁])`,
  "g",
);
// 给予最高100万奖励, 一次性补贴5万: a 万/亿 number with no unit, money by the words around it
const MONEY_NO_UNIT = new RegExp(
  `${NOT_AFTER_NUMBER}(?<n>\\d+(?:\\.\\d+)?[万亿])(?<bw>${BOUND_AFTER_WORDS})?(?![\\d.万亿千元人名个户次项家所%％岁年月日天亩平米吨公斤里件条类批张位场座台套支美欧港倍])`,
  "g",
);
const MONEY_WORD_BEFORE = new RegExp(`(?:${alt(MONEY_VERBS)})(?:[^，。；：\\d]{0,6})$`);
const MONEY_WORD_AFTER = new RegExp(`^(?:的)?(?:${alt(MONEY_VERBS)}|奖金|支持)`);
const LONE_CAPITAL = new RegExp(`^[${CAPITAL_NUMERALS_ZH}]$`);
/** An operator right before a number: it is part of a formula (×100%, *100%, 乘以100%). */
const FORMULA_BEFORE = /(?:[×*xX✕]|乘以)\s*$/;
/** A clause is a phrase: the look back stops after this many characters even in a text without punctuation (linear time). */
const MAX_CLAUSE = 200;

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const counterOf = (u: string) => (COUNTER_ALIASES as Record<string, string>)[u] ?? u;
const normUnit = (u: string) => (u === "周岁" ? "岁" : u === "％" ? "%" : counterOf(u));
const sameUnit = (a: string, b: string) => normUnit(a) === normUnit(b);

const boundOf = (word: string | undefined): Bound | undefined => {
  if (!word) return undefined;
  if (MAX_BEFORE.includes(word) || (MAX_AFTER as readonly string[]).includes(word)) return "max";
  if (MIN_BEFORE.includes(word) || (MIN_AFTER as readonly string[]).includes(word)) return "min";
  return undefined;
};

/** The clause before `at` (back to the last ，。；： or line start). */
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

/** A quantity being read: the match and what the words around it have said so far. */
interface Quantity {
  g: Record<string, string | undefined>;
  /** start of the number, and of the text the finding covers (bound and per words included) */
  ms: number;
  s: number;
  me: number;
  kind: Amount["kind"];
  unit: string;
  lo: number;
  hi: number | undefined;
  bare: boolean;
  bound: Bound;
  per?: Per;
  rule: string;
  clause: string;
  after: string;
  boundBefore?: string;
}

const kindOf = (g: Quantity["g"]): Amount["kind"] =>
  g.money ? "money" : g.percent || g.permille ? "percent" : g.age ? "age" : "count";

/** Matches that are not quantities by their own letters: 6个月, 一站式, ×100%, 20人—50元, 陆家嘴. */
function notAQuantity(m: RuleMatch, t: string, from: number, after: string): boolean {
  const g = m.groups;
  const counter = g.counter ? counterOf(g.counter) : undefined;
  if (counter && NOT_AFTER[counter]?.test(after)) return true;
  if (g.counter && /^式/.test(after)) return true; // 一户式服务, 一站式
  // 计算方法：手术台次数/同期出院患者总人次数×100%: a formula's constant, not a rate the notice sets
  if ((g.percent || g.permille) && FORMULA_BEFORE.test(t.slice(Math.max(from, m.index - 2), m.index))) return true;
  // 20人—50人: both ends carry the same unit
  const unitText = g.money ?? g.percent ?? g.permille ?? g.age ?? g.counter ?? "";
  if (g.u1 && !sameUnit(g.u1, m[0].slice(m[0].length - unitText.length))) return true;
  // 陆家嘴, 伍家岗区: a lone 大写 numeral is a name unless it is money (伍元)
  return !g.money && LONE_CAPITAL.test(g.lo!);
}

/** The number or range read, scaled (10至50万元: the 万 of the high end applies to both; ‰ in %). */
function valuesOf(g: Quantity["g"]): { lo: number; hi: number | undefined; bare: boolean } | null {
  const bare = /^[万亿]$/.test(g.lo!);
  let lo = bare ? (g.lo === "亿" ? 1e8 : 1e4) : parseNumber(g.lo!);
  let hi = g.hi ? (/^[万亿]$/.test(g.hi) ? undefined : parseNumber(g.hi)) : undefined;
  if (lo === undefined || (g.hi && hi === undefined)) return null;
  const hiMag = g.hi?.match(/[万亿千]$/)?.[0];
  if (hi !== undefined && hiMag && !/[万亿千]$/.test(g.lo!) && !g.u1) {
    const scaled = parseNumber(g.lo! + hiMag);
    if (scaled !== undefined && scaled < hi) lo = scaled;
  }
  if (g.permille) {
    lo = round6(lo / 10);
    if (hi !== undefined) hi = round6(hi / 10);
  }
  return { lo, hi, bare };
}

/** Starts reading a match: kind, unit, values and the clause around it; null when it is not a quantity. */
function startQuantity(m: RuleMatch, scope: AmountScope): Quantity | null {
  const { text: t, from, to } = scope;
  const g = m.groups;
  const after = t.slice(m.end, Math.min(to, m.end + 12));
  if (notAQuantity(m, t, from, after)) return null;
  const kind = kindOf(g);
  const v = valuesOf(g);
  if (!v) return null;
  if (
    v.bare &&
    (kind !== "money" || g.hi || /[数几上近余多成百千十]$/.test(t.slice(Math.max(from, m.index - 1), m.index)))
  )
    return null;
  const unit = g.money ? g.money : kind === "percent" ? "%" : g.age ? "岁" : counterOf(g.counter!);
  return {
    g,
    ms: m.index,
    s: m.index,
    me: m.end,
    kind,
    unit,
    ...v,
    // 5000余人, 200多家: more than the number
    bound: v.hi !== undefined ? "range" : g.approx ? "min" : "exact",
    rule: `amount/${kind}`,
    clause: clauseBefore(t, m.index, from),
    after,
  };
}

/** Counts that are not quantities of the measure: a rate's base (每新吸纳1人), a quoted name, a category ordinal. */
function notACount(q: Quantity, scope: AmountScope): boolean {
  if (q.kind !== "count") return false;
  const { g, clause, unit } = q;
  // 每千人口拥有…, 每万人: a bare magnitude after 每 is the base of a ratio
  if (/^[十百千万]$/.test(g.lo!) && /每$/.test(clause)) return true;
  if (q.lo === 1 && q.hi === undefined && /^[人名户个家项]$/.test(unit)) {
    const denominator = DENOMINATOR_BEFORE.test(clause);
    if (denominator || (RATE_BASE_BEFORE.test(clause) && AWARD_LATER.test(scope.text.slice(q.me, scope.to)))) {
      scope.ctx.debug(() => `amount/count: “${g.lo}${unit}” is the base of a rate (每…1人, 引进1名…给予…元)`);
      if (/^[人名]$/.test(unit) && denominator) scope.state.rateBaseEnd = q.me;
      return true;
    }
  }
  // “三个代表”, “两个确保”, “一次办好”: a quoted name, not a quantity
  if (QUOTE_OPEN.test(clause) && /^[^\d，。；“”"]{0,6}[”"’]/.test(q.after)) {
    scope.ctx.debug(() => `amount/count: “${g.lo}${unit}” is inside a quoted name`);
    return true;
  }
  // 一类、二类职业技能竞赛: category ordinals in a list, not counts (上述两类企业 is a count)
  if (unit === "类" && (CATEGORY_LIST_BEFORE.test(clause) || CATEGORY_LIST_AFTER.test(q.after))) {
    scope.ctx.debug(() => `amount/count: “${g.lo}${unit}” is a category ordinal in a list`);
    return true;
  }
  return false;
}

/** Words right before: 每人每月最高补贴500元, 最高不超过15万元, 至少有一人, 女满45周岁, 各5%; 居前3名. */
function readBefore(q: Quantity, scope: AmountScope): void {
  const st = scope.state;
  const afterBase =
    q.kind === "money" &&
    st.rateBaseEnd >= 0 &&
    q.ms >= st.rateBaseEnd &&
    /^[按给予补贴助发放]{0,4}$/.test(scope.text.slice(st.rateBaseEnd, q.ms));
  const before = PER_BEFORE_RE.exec(q.clause);
  if (before?.groups && (before.groups.per || before.groups.bound)) {
    q.per = before.groups.per ? (PER_BEFORE as Record<string, Per>)[before.groups.per] : undefined;
    const b = boundOf(before.groups.bound);
    if (b && q.bound === "exact") q.bound = b;
    if (before.groups.bound === "只") q.rule = "amount/only-once";
    q.boundBefore = before.groups.bound;
    q.s = q.ms - before[0].length;
  } else if (before?.groups?.each) q.s = q.ms - 1;
  if (!q.per && afterBase) q.per = "人";
  // 居前3名, 排名前十位: a rank, at most N
  if (q.kind === "count" && q.s === q.ms && RANK_RE.test(q.clause) && q.bound === "exact") {
    q.bound = "max";
    q.s = q.ms - RANK_BEFORE.length;
    q.rule = "amount/count/rank";
  }
}

/** Words right after: 30人（含）以下, 70%以上, 10个左右, 20元/人·月, 50家/年, …各5%的最低标准. */
function readAfter(q: Quantity, scope: AmountScope): void {
  const t = scope.text;
  const perAfter = PER_AFTER_RE.exec(q.after);
  if (perAfter && (q.kind === "money" || (q.kind === "count" && /^\/[年月]$/.test(perAfter[0])))) {
    q.per = (PER_AFTER as Record<string, Per>)[perAfter[0]];
    q.me += perAfter[0].length;
  }
  const boundAfter = BOUND_AFTER_RE.exec(t.slice(q.me, Math.min(scope.to, q.me + 6)));
  if (boundAfter) {
    const b = boundOf(boundAfter[0]);
    if (b && q.bound === "exact") q.bound = b;
    if (b || boundAfter[0] === "左右") q.me += boundAfter[0].length;
  }
}

/** Bound and per words earlier in the clause: 不低于当地最低工资标准的50%, 每年每人给予交通、食宿费补助2000元. */
function readDistant(q: Quantity): void {
  if (q.bound === "exact" && q.s === q.ms) {
    const d = DISTANT_BOUND_RE.exec(q.clause);
    const cap = d ? null : DISTANT_CAP_RE.exec(q.clause);
    if (d?.groups) {
      q.bound = boundOf(d.groups.word) ?? "exact";
      q.rule = `${q.rule}/distant-bound`;
    } else if (cap?.groups && !/标准|工资|水平/.test(cap.groups.gap!)) {
      q.bound = "max";
      q.rule = `${q.rule}/distant-cap`;
    }
  }
  // 每人每年享受补贴次数最多不超过三次; 每年培育星级上云企业50家 (a count per year or month)
  if (!q.per) {
    const d = DISTANT_PER_RE.exec(q.clause.slice(0, q.clause.length - (q.ms - q.s)));
    const p = d?.groups ? (PER_BEFORE as Record<string, Per>)[d.groups.per!] : undefined;
    if (p && (q.kind === "money" || q.unit === "次" || (q.kind === "count" && (p === "年" || p === "月")))) q.per = p;
  }
  // 全市建成年输转千人以上省外劳务基地: the text starts at 年
  const yearVerb = q.kind === "count" && !q.per && q.s === q.ms ? PER_YEAR_VERB.exec(q.clause) : null;
  if (yearVerb) {
    q.per = "年";
    q.s = q.ms - yearVerb[0].length;
  }
}

/** 今后一个时期, 建立一个机制, 打造一批品牌, 明确一名联络员: 一 as an article, not a quantity (至少一个 is kept). */
const isArticle = (q: Quantity) =>
  q.kind === "count" &&
  q.g.lo === "一" &&
  q.bound === "exact" &&
  !q.per &&
  (ARTICLE_COUNTERS as readonly string[]).includes(q.unit);

function buildQuantity(m: RuleMatch, scope: AmountScope): AmountDraft | null {
  const q = startQuantity(m, scope);
  if (!q || notACount(q, scope)) return null;
  readBefore(q, scope);
  readAfter(q, scope);
  // 亿元以上: a bare magnitude is a quantity only with its bound
  if (q.bare && q.bound === "exact" && !q.boundBefore) return null;
  if (q.bound === "exact" && MIN_STANDARD_AFTER.test(scope.text.slice(q.me, q.me + 6))) q.bound = "min";
  readDistant(q);
  if (isArticle(q)) {
    scope.ctx.debug(() => `amount/count: “${scope.text.slice(q.s, q.me)}” is an article, not a quantity`);
    return null;
  }
  const value: Amount["value"] = q.hi !== undefined ? [q.lo, q.hi] : q.lo;
  const { kind, unit, bound, per, rule } = q;
  return { at: { start: q.s, end: q.me }, kind, value, unit, bound, ...(per ? { per } : {}), rule };
}

/** 100万以上贫困人口, 帮助5000余农村劳动力, 城镇新增就业11万以上: a number with no counter word, counting people. */
function buildPeopleCount(m: RuleMatch): AmountDraft | null {
  const g = m.groups;
  const v = parseNumber(g.n!);
  if (v === undefined || !Number.isInteger(v)) return null;
  const end = m.index + g.n!.length + (g.bw?.length ?? 0);
  const bound: Bound = g.bw ? (boundOf(g.bw) ?? "exact") : "exact";
  return { at: { start: m.index, end }, kind: "count", value: v, unit: "人", bound, rule: "amount/count/people-noun" };
}

const AMOUNT_RULES = [
  rule({
    id: "amount/quantity",
    pattern: QUANTITY,
    example: "对不裁员或少裁员的参保企业可返还其上年度实际缴纳失业保险费的50%。",
    build: buildQuantity,
  }),
  rule({
    id: "amount/count/people-noun",
    pattern: PEOPLE_COUNT,
    example: "帮助100万以上农村贫困人口实现脱贫。",
    build: buildPeopleCount,
  }),
  rule({
    id: "amount/count/people-after-verb",
    pattern: PEOPLE_AFTER_VERB,
    example: "全年城镇新增就业11万以上。",
    build: buildPeopleCount,
  }),
  rule({
    id: "amount/money/no-unit",
    pattern: MONEY_NO_UNIT,
    example: "对入选的领军人才给予最高100万奖励，对团队一次性补贴50万。",
    build(m, scope: AmountScope): AmountDraft | null {
      const g = m.groups;
      const v = parseNumber(g.n!);
      if (v === undefined) return null;
      const clause = clauseBefore(scope.text, m.index, scope.from);
      if (!MONEY_WORD_BEFORE.test(clause) && !MONEY_WORD_AFTER.test(scope.text.slice(m.end, m.end + 4))) return null;
      const before = PER_BEFORE_RE.exec(clause);
      const bb = boundOf(before?.groups?.bound);
      const bound: Bound = (g.bw ? boundOf(g.bw) : undefined) ?? bb ?? "exact";
      const start = bb ? m.index - before![0].length : m.index;
      const per = before?.groups?.per ? (PER_BEFORE as Record<string, Per>)[before.groups.per] : undefined;
      const at = { start, end: m.end };
      return { at, kind: "money", value: v, unit: "元", bound, ...(per ? { per } : {}), rule: "amount/money/no-unit" };
    },
  }),
  rule({
    id: "amount/percent-words",
    pattern: PERCENT_WORDS,
    example: "按百分之五十的比例返还",
    build(m): AmountDraft | null {
      const n = parseNumber(m.groups.n!);
      if (n === undefined) return null;
      const value = m.groups.base === "千" ? round6(n / 10) : n; // 千分之五 is 0.5%
      return {
        at: { start: m.index, end: m.end },
        kind: "percent",
        value,
        unit: "%",
        bound: "exact",
        rule: "amount/percent-words",
      };
    },
  }),
] as const;

/** The ids of the amount rules (`--disable-rule`, `zhengce rules`). */
export type AmountRuleId = (typeof AMOUNT_RULES)[number]["id"];

/**
 * Money (in 元), percentages, counts with their counter word, and ages in one measure, with bounds
 * (最高/不超过/以下 → max; 以上/不低于/达到 → min; ranges) and per (每人每月 → 人·月); then the
 * finds inside a cited title dropped, overlaps resolved, and each money amount's purpose labelled.
 */
export const amountsFamily: Family<AmountDraft, Amount, AmountState> = {
  name: "amounts",
  rules: AMOUNT_RULES,
  refiners: [dropUnlikely, removeOverlaps, labelPurpose],
  prepare: () => ({ rateBaseEnd: -1 }),
  finish: ({ at: _at, ...values }, grounded) => ({ ...grounded, ...values }),
};

/** Checks the unit words of the lexicon are all reachable (used by the completeness test). */
export const AMOUNT_UNIT_WORDS = [...Object.keys(MONEY_UNITS), ...COUNTERS, ...AGE_UNITS, "%"];
