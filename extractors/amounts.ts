import type { Amount, Bound } from "../schemas/index.ts";
import type { ExtractContext, NormalizedText } from "./context.ts";
import { AGE_UNITS, COUNTERS, MAX_AFTER, MAX_BEFORE, MIN_AFTER, MIN_BEFORE, MONEY_UNITS, PER_AFTER, PER_BEFORE, RANGE_SEPARATORS } from "./lexicon/quantities.ts";
import { parseNumber } from "./numerals.ts";

type Per = NonNullable<Amount["per"]>;

const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[()/·]/g, "\\$&")).join("|");

// prettier-ignore
const NUMBER =
  "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[万亿千]?" + // 15万, 5.5亿, 10,000
  "|[〇零一二两三四五六七八九十百千]+[万亿]?";          // 三, 二十七, 千, 两

// prettier-ignore
const UNIT =
  "(?<money>元)" +
  "|(?<percent>%|％)" +
  "|(?<age>周岁|岁)" +
  `|(?<counter>${alt(COUNTERS)})`;

/**
 * A quantity: number, optional range end, unit.
 * 每人每月1000元 · 30人（含）以下 · 16—24岁 · 1至2名 · 不低于90% · 4万人以上 · 最多不超过三次
 */
// prettier-ignore
const QUANTITY = new RegExp(
  `(?<![\\d.〇零一二两三四五六七八九十百千万亿第首])` +
  `(?<lo>${NUMBER})(?:\\s*[${RANGE_SEPARATORS}]\\s*(?<hi>${NUMBER}))?\\s*(?:${UNIT})`,
  "g",
);

// 百分之五十 / 百分之三十五点五
const PERCENT_WORDS = /百分之(?<n>[〇零一二两三四五六七八九十百]+(?:点[〇零一二三四五六七八九]+)?)/g;

/** After a counter, these make it something else: 6个月 (a duration), 一次性 (lump-sum), 九届九次全体会议 (a session). */
const NOT_AFTER: Record<string, RegExp> = {
  个: /^(?:月|工作日|小时|季度|百分点|“)/,
  次: /^(?:性|会议|全会|全体|代表|党代会)/,
  人: /^(?:民|一[档策])/,
  家: /^(?:庭|万户)/,
  户: /^(?:籍|口|一策)/,
  所: /^(?:有|以|在|属|需)/,
  项: /^目/,
  名: /^(?:称|单|义|额)/,
};

const PER_BEFORE_RE = new RegExp(`(?<per>${alt(Object.keys(PER_BEFORE))})?(?<bound>${alt([...MAX_BEFORE, ...MIN_BEFORE])})?(?<fill>(?:补贴|补助|给予|发放|享受|进行|有|为|是|可|达){0,2})(?<each>各)?$`);
const PER_AFTER_RE = new RegExp(`^(?:${alt(Object.keys(PER_AFTER))})`);
const BOUND_AFTER_RE = new RegExp(`^(?:${alt([...MAX_AFTER, ...MIN_AFTER])}|左右)`);
// 见习单位按不低于当地最低工资标准的50%发放 / 达到企业现有在职职工人数25%
const DISTANT_BOUND_RE = /(?<word>不得低于|不低于|不少于|不高于|不得高于|不超过|达到|低于)(?<gap>[^\d，。；：！？,;:\n]{1,16})$/;
// 由市财政每年每人给予交通、食宿费补助2000元
const DISTANT_PER_RE = new RegExp(`(?<per>${alt(Object.keys(PER_BEFORE))})(?<gap>[^\\d，。；：！？,;:\\n]{1,16})$`);
// 年输转千人以上: a bare 年 before a verb of volume is "per year"
const PER_YEAR_VERB = /(?<![\d〇零一二三四五六七八九十上下当全今明去每本次同])年(?:输转|培训|转移|新增|招募|吸纳|开发|安置|带动|输出|减少|增加)$/;
// 企业和个人各5%的最低标准
const MIN_STANDARD_AFTER = /^的?最低(?:标准|缴费)?/;
// 每新吸纳1人按每人1000元: the 1人 is the rate's denominator
const DENOMINATOR_BEFORE = /每(?:新)?(?:吸纳|招用|安置|录用|新增|招收|聘用)?$/;

const boundOf = (word: string | undefined): Bound | undefined => {
  if (!word) return undefined;
  if ((MAX_BEFORE as readonly string[]).includes(word) || (MAX_AFTER as readonly string[]).includes(word)) return "max";
  if ((MIN_BEFORE as readonly string[]).includes(word) || (MIN_AFTER as readonly string[]).includes(word)) return "min";
  return undefined;
};

/** The clause before `at` (back to the last ，。；： or line start). */
function clauseBefore(text: string, at: number, from: number): string {
  const s = text.slice(from, at);
  const cut = Math.max(s.lastIndexOf("，"), s.lastIndexOf("。"), s.lastIndexOf("；"), s.lastIndexOf("："), s.lastIndexOf("\n"), s.lastIndexOf("\t"));
  return s.slice(cut + 1);
}

/**
 * Money (in 元), percentages, counts with their counter word, and ages in one measure,
 * with bounds (最高/不超过/以下 → max; 以上/不低于/达到 → min; ranges) and per (每人每月 → 人·月).
 */
export type AmountFinding = Amount & { _at: { start: number; end: number } };

export function extractAmounts(text: NormalizedText, ctx: ExtractContext): AmountFinding[] {
  const { start: from, end: to } = ctx.measure.range;
  const t = text.text;
  const out: AmountFinding[] = [];
  const scope = t.slice(from, to);

  const push = (s: number, e: number, a: Omit<Amount, "text" | "span">) => {
    const g = ctx.ground(s, e);
    out.push({ ...g, ...a, _at: { start: s, end: e } });
    ctx.debug(() => `${a.rule} “${g.text}” → ${JSON.stringify(a.value)} ${a.unit} ${a.bound}${a.per ? ` per ${a.per}` : ""}`);
  };

  for (const m of scope.matchAll(QUANTITY)) {
    const g = m.groups!;
    const ms = from + m.index!;
    let me = ms + m[0].length;
    const after = t.slice(me, Math.min(to, me + 12));
    if (g.counter && NOT_AFTER[g.counter]?.test(after)) continue;
    const lo = parseNumber(g.lo!);
    const hi = g.hi ? parseNumber(g.hi) : undefined;
    if (lo === undefined || (g.hi && hi === undefined)) continue;
    const kind: Amount["kind"] = g.money ? "money" : g.percent ? "percent" : g.age ? "age" : "count";
    const unit = g.money ? "元" : g.percent ? "%" : g.age ? "岁" : g.counter!;
    let rule = `amount/${kind}`;

    const clause = clauseBefore(t, ms, from);
    if (kind === "count" && lo === 1 && /^[人名户]$/.test(unit) && DENOMINATOR_BEFORE.test(clause)) continue;

    let bound: Bound = hi !== undefined ? "range" : "exact";
    let per: Per | undefined;
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
    // words right after: 30人（含）以下, 70%以上, 10个左右, 20元/人·月
    const perAfter = PER_AFTER_RE.exec(after);
    if (perAfter && kind === "money") {
      per = (PER_AFTER as Record<string, Per>)[perAfter[0]];
      me += perAfter[0].length;
    }
    const boundAfter = BOUND_AFTER_RE.exec(t.slice(me, Math.min(to, me + 6)));
    if (boundAfter) {
      const b = boundOf(boundAfter[0]);
      if (b && bound === "exact") bound = b;
      if (b || boundAfter[0] === "左右") me += boundAfter[0].length;
    }
    if (bound === "exact" && MIN_STANDARD_AFTER.test(t.slice(me, me + 6))) bound = "min";
    // a bound word earlier in the clause: 不低于当地最低工资标准的50%
    if (bound === "exact" && s === ms) {
      const d = DISTANT_BOUND_RE.exec(clause);
      if (d?.groups) {
        bound = boundOf(d.groups.word) ?? (d.groups.word === "达到" ? "min" : "exact");
        if (d.groups.word === "达到") bound = "min";
        rule = `${rule}/distant-bound`;
      }
    }
    // a per word earlier in the clause: 每年每人给予交通、食宿费补助2000元
    // 每人每年享受补贴次数最多不超过三次
    if (!per && (kind === "money" || unit === "次")) {
      const d = DISTANT_PER_RE.exec(clause.slice(0, clause.length - (ms - s)));
      if (d?.groups) per = (PER_BEFORE as Record<string, Per>)[d.groups.per!];
    }
    // 全市建成年输转千人以上省外劳务基地: the text starts at 年
    const yearVerb = kind === "count" && !per && s === ms ? PER_YEAR_VERB.exec(clause) : null;
    if (yearVerb) {
      per = "年";
      s = ms - yearVerb[0].length;
    }
    // 今后一个时期, 建立一个机制, 打造一项品牌: 一 as an article, not a quantity (至少一个 is kept)
    if (kind === "count" && g.lo === "一" && bound === "exact" && !per && /^[个家项所]$/.test(unit)) {
      ctx.debug(() => `amount/count: “${t.slice(s, me)}” is an article, not a quantity`);
      continue;
    }
    push(s, me, { kind, value: hi !== undefined ? [lo, hi] : lo, unit, bound, ...(per ? { per } : {}), rule });
  }

  for (const m of scope.matchAll(PERCENT_WORDS)) {
    const v = parseNumber(m.groups!.n!);
    if (v === undefined) continue;
    const s = from + m.index!;
    push(s, s + m[0].length, { kind: "percent", value: v, unit: "%", bound: "exact", rule: "amount/percent-words" });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Checks the unit words of the lexicon are all reachable (used by the completeness test). */
export const AMOUNT_UNIT_WORDS = [...Object.keys(MONEY_UNITS), ...COUNTERS, ...AGE_UNITS, "%"];
