import type { z } from "zod";
import type { Amount, Diagnostic, Measure, Period, Span } from "../../schemas/index.ts";
import { dateDerivable, derivable, locateQuote } from "./ground.ts";
import type { LlmSession } from "./session.ts";
import { reporter } from "../../core/report.ts";
import { FallbackAnswer, LabelAnswer, ReviewAnswer, SYSTEM, instrumentList } from "./tasks.ts";
import { CAPITAL_NUMERALS_ZH } from "../../lang/lexicon/numerals.ts";

// 3000元, 6个, and forms the rules do not read (大写 numerals with 圆: 贰仟圆)
const UNREAD_QUANTITY = new RegExp(
  `(?:\\d+(?:\\.\\d+)?|[${CAPITAL_NUMERALS_ZH}萬]+)\\s*(?:万|亿)?\\s*(?:元|圆|%|人|个|岁|年|月|日|天|家|户|次|名|项)`,
  "g",
);

export interface AssistContext {
  doc: string;
  /** normalised text and the measure's range in it */
  text: string;
  range: { start: number; end: number };
  ground(start: number, end: number): { text: string; span: Span };
  messages: Diagnostic[];
  file: string;
}

type Note = NonNullable<Measure["llm"]>[number];

const reject = (ctx: AssistContext, m: Measure, what: string, why: string, place?: Span) =>
  reporter(ctx.messages, "llm", ctx.file)("llm_ungrounded", place, "llm/ground", { measure: m.id, what, why });

/** A task that got no usable answer; a malformed one is reported here, a transport failure by the run. */
function failedNote(
  ctx: AssistContext,
  m: Measure,
  task: Note["task"],
  a: { status: "failed" | "skipped"; reason: string; malformed?: boolean },
): Note {
  if (a.malformed) {
    reporter(ctx.messages, "llm", ctx.file)("llm_invalid_answer", undefined, `llm/${task}`, {
      measure: m.id,
      task,
      why: a.reason,
    });
    return { task, status: "rejected", detail: a.reason };
  }
  return { task, status: a.status, detail: a.reason };
}

/** Digits or date words in the measure that no rule finding covers: where the rules may have missed something. */
export function uncovered(m: Measure, source: string): string[] {
  const covered = [...m.amounts, ...m.periods].map((f) => f.span);
  const body = source.slice(m.span.start, m.span.end);
  const out: string[] = [];
  for (const x of body.matchAll(UNREAD_QUANTITY)) {
    const s = m.span.start + x.index!;
    if (!covered.some((c) => s >= c.start && s < c.end)) out.push(x[0]);
  }
  return out;
}

/**
 * Runs the LLM tasks on one measure and merges what is grounded: every value must come with a
 * quote found in the measure's text, and every number must be one zhengce's numeral parser reads
 * in that quote. The rest is dropped with a diagnostic. Abstentions are kept as notes.
 */
export async function assistMeasure(
  m: Measure,
  session: LlmSession,
  ctx: AssistContext,
  source: string,
): Promise<Measure> {
  const t: Turn = { m, session, ctx, body: ctx.text.slice(ctx.range.start, ctx.range.end), notes: [], out: { ...m } };
  await labelTask(t);
  await fallbackTask(t, uncovered(m, source));
  await reviewTask(t);
  return { ...t.out, llm: t.notes };
}

/** One measure's assist in progress: what the tasks read and the measure they improve. */
interface Turn {
  m: Measure;
  session: LlmSession;
  ctx: AssistContext;
  body: string;
  notes: Note[];
  out: Measure;
}

/** 1. What each money amount is for, the measure's policy instruments and target groups. */
async function labelTask(t: Turn): Promise<void> {
  const { m, session, ctx, body, notes } = t;
  const money = m.amounts.map((a, i) => ({ a, i })).filter(({ a }) => a.kind === "money");
  const label = await session.ask(ctx.doc, "label", LabelAnswer, [
    { role: "system", content: SYSTEM },
    {
      role: "user",
      content: `政策工具代码：\n${instrumentList()}\n\n措施原文：\n${body}\n\n金额（序号: 原文）：\n${money.map(({ a, i }) => `${i}: ${a.text}`).join("\n") || "无"}\n\n请给出每个金额的用途（摘自原文的短语）、本措施涉及的政策工具代码和目标群体（如高校毕业生、就业困难人员、农民工、退役军人）。`,
    },
  ]);
  if (label.status !== "ok") notes.push(failedNote(ctx, m, "label", label));
  else if (label.value.abstain) notes.push({ task: "label", status: "abstained", detail: label.value.reason ?? "" });
  else {
    const v = label.value;
    t.out.amounts = t.out.amounts.map((a, i) => {
      const ans = v.amounts.find((x) => x.index === i);
      if (!ans?.purpose || a.purpose) return a;
      const at = locateQuote(ans.purpose, ctx.text, ctx.range.start, ctx.range.end);
      if (!at) {
        reject(ctx, m, `purpose “${ans.purpose}” for ${a.text}`, "the quote is not in the measure's text", a.span);
        return a;
      }
      const g = ctx.ground(at.start, at.end);
      return { ...a, purpose: { label: g.text.replace(/\s+/g, ""), parts: [g], origin: "llm" as const } };
    });
    const tags = (items: { value: string; quote: string }[], what: string) =>
      items.flatMap((x) => {
        const at = locateQuote(x.quote, ctx.text, ctx.range.start, ctx.range.end);
        if (!at) {
          reject(ctx, m, `${what} ${x.value}`, `its quote “${x.quote}” is not in the measure's text`);
          return [];
        }
        return [{ value: x.value, ...ctx.ground(at.start, at.end), origin: "llm" as const }];
      });
    t.out.instruments = tags(
      v.instruments.map((x) => ({ value: x.id, quote: x.quote })),
      "instrument",
    );
    t.out.targetGroups = tags(
      v.targetGroups
        .filter((x) => x.quote.includes(x.name) || x.name.length <= x.quote.length)
        .map((x) => ({ value: x.name, quote: x.quote })),
      "target group",
    );
    notes.push({
      task: "label",
      status: "answered",
      detail: `${v.instruments.length} instruments, ${v.targetGroups.length} target groups`,
    });
  }
}

/** 2. Fallback extraction where the text has numbers or dates no rule turned into a finding. */
async function fallbackTask(t: Turn, missed: string[]): Promise<void> {
  if (!missed.length) return;
  const fb = await t.session.ask(t.ctx.doc, "fallback", FallbackAnswer, [
    { role: "system", content: SYSTEM },
    {
      role: "user",
      content: `措施原文：\n${t.body}\n\n规则未识别的数字：${missed.join("、")}\n\n请抽取这些数字表示的金额（money/percent/count/age）和期限（日期范围、截止、起点、时长），每项附原文引文。`,
    },
  ]);
  if (fb.status !== "ok") t.notes.push(failedNote(t.ctx, t.m, "fallback", fb));
  else if (fb.value.abstain) t.notes.push({ task: "fallback", status: "abstained", detail: fb.value.reason ?? "" });
  else {
    let kept = 0;
    for (const x of fb.value.amounts) kept += fallbackAmount(t, x) ? 1 : 0;
    for (const x of fb.value.periods) kept += fallbackPeriod(t, x) ? 1 : 0;
    t.notes.push({
      task: "fallback",
      status: kept ? "answered" : "rejected",
      detail: `${kept} grounded of ${fb.value.amounts.length + fb.value.periods.length} proposed`,
    });
  }
}

type Proposed = z.infer<typeof FallbackAnswer>;
const overlaps = (fs: { span: Span }[], s: Span) => fs.some((f) => f.span.start < s.end && s.start < f.span.end);

/** A proposed amount is kept when its quote is in the measure, its numbers read from the quote, and no rule has it. */
function fallbackAmount(t: Turn, x: Proposed["amounts"][number]): boolean {
  const { ctx, m } = t;
  const at = locateQuote(x.quote, ctx.text, ctx.range.start, ctx.range.end);
  if (!at) {
    reject(ctx, m, `amount ${x.value}${x.unit}`, `its quote “${x.quote}” is not in the measure's text`);
    return false;
  }
  const g = ctx.ground(at.start, at.end);
  if (!derivable([x.value, x.high], x.quote)) {
    const range = `${x.value}${x.high !== null ? `–${x.high}` : ""}`;
    reject(ctx, m, `amount ${x.value}${x.unit}`, `no number in “${x.quote}” reads as ${range}`, g.span);
    return false;
  }
  if (overlaps(t.out.amounts, g.span)) return false; // the rules have it
  const value: Amount["value"] = x.high !== null ? [x.value, x.high] : x.value;
  const unit = x.kind === "money" ? "元" : x.kind === "percent" ? "%" : x.unit;
  const amount: Amount = {
    ...g,
    kind: x.kind,
    value,
    unit,
    bound: x.bound,
    ...(x.per ? { per: x.per } : {}),
    rule: "llm/fallback",
    origin: "llm",
  };
  t.out.amounts = [...t.out.amounts, amount];
  return true;
}

/** A proposed period is kept when its quote is in the measure and states every date part and length it gives. */
function fallbackPeriod(t: Turn, x: Proposed["periods"][number]): boolean {
  const { ctx, m } = t;
  const at = locateQuote(x.quote, ctx.text, ctx.range.start, ctx.range.end);
  if (!at) {
    reject(ctx, m, "period", `its quote “${x.quote}” is not in the measure's text`);
    return false;
  }
  const g = ctx.ground(at.start, at.end);
  const okDates = [x.start, x.end].every((d) => d === null || /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d));
  if (
    !okDates ||
    !dateDerivable(x.start, x.quote) ||
    !dateDerivable(x.end, x.quote) ||
    !derivable([x.durationValue], x.quote)
  ) {
    const what = `period ${x.start ?? ""}–${x.end ?? ""} ${x.durationValue ?? ""}`;
    reject(ctx, m, what, `not every date part or length is stated in “${x.quote}”`, g.span);
    return false;
  }
  if (overlaps(t.out.periods, g.span)) return false;
  const duration: Period["duration"] =
    x.durationValue !== null && x.durationUnit
      ? { value: x.durationValue, unit: x.durationUnit, bound: x.durationBound ?? "exact" }
      : null;
  t.out.periods = [
    ...t.out.periods,
    { ...g, start: x.start, end: x.end, duration, rule: "llm/fallback", origin: "llm" },
  ];
  return true;
}
/** 3. A second opinion on findings the rules marked uncertain (an inferred year, a distant bound word). */
async function reviewTask(t: Turn): Promise<void> {
  const { m, session, ctx, body, notes } = t;
  const doubtful = [...t.out.amounts, ...t.out.periods].filter(
    (f) => f.origin !== "llm" && (f.inferred?.length || /distant/.test(f.rule)),
  );
  if (doubtful.length) {
    const rv = await session.ask(ctx.doc, "review", ReviewAnswer, [
      { role: "system", content: SYSTEM },
      {
        role: "user",
        content: `措施原文：\n${body}\n\n规则的判断（序号: 原文 → 取值）：\n${doubtful.map((f, i) => `${i}: ${f.text} → ${JSON.stringify("value" in f ? { value: f.value, bound: f.bound } : { start: f.start, end: f.end, duration: f.duration })}`).join("\n")}\n\n请逐条判断 agree / disagree / unsure；disagree 时给出摘自原文的更正。`,
      },
    ]);
    if (rv.status !== "ok") notes.push(failedNote(ctx, m, "review", rv));
    else if (rv.value.abstain) notes.push({ task: "review", status: "abstained", detail: rv.value.reason ?? "" });
    else {
      for (const v of rv.value.verdicts) {
        const f = doubtful[v.index];
        if (!f || v.verdict !== "disagree") continue;
        reporter(ctx.messages, "llm/review", ctx.file)("llm_disagrees", f.span, "llm/review", {
          measure: m.id,
          text: f.text,
          rule: f.rule,
          correction: v.correction ?? undefined,
        });
      }
      notes.push({
        task: "review",
        status: "answered",
        detail: rv.value.verdicts.map((v) => `${v.index}:${v.verdict}`).join(" "),
      });
    }
  }
}

/** What the document-level assist needs besides the measures: the normalised text, grounding, where to report. */
export interface AssistDocument {
  path: string;
  text: string;
  source: string;
  ground: AssistContext["ground"];
  messages: Diagnostic[];
}

/**
 * The assist over a document's measures, after the rules. An endpoint that fails three times in a
 * row is given up for this document (the later measures say so); a failure or a spent budget is
 * reported once.
 */
export async function assistDocument(
  measures: Measure[],
  ranges: readonly { start: number; end: number }[],
  session: LlmSession,
  d: AssistDocument,
): Promise<Measure[]> {
  const out: Measure[] = [];
  let failures = 0;
  for (const [k, m] of measures.entries()) {
    if (failures >= 3) {
      out.push({
        ...m,
        llm: [{ task: "label", status: "skipped", detail: "the endpoint failed three times in a row" }],
      });
      continue;
    }
    const ctx = { doc: d.path, text: d.text, range: ranges[k]!, ground: d.ground, messages: d.messages, file: d.path };
    const r = await assistMeasure(m, session, ctx, d.source);
    failures = r.llm?.some((n) => n.status === "failed") ? failures + 1 : 0;
    out.push(r);
  }
  const report = reporter(d.messages, "llm", d.path);
  const notes = out.flatMap((m) => m.llm ?? []);
  const failed = notes.filter((n) => n.status === "failed");
  if (failures >= 3 || failed.length)
    report("llm_unavailable", undefined, "llm/endpoint", {
      why: [...new Set(failed.map((n) => n.detail))].slice(0, 2).join("; "),
    });
  if (notes.some((n) => n.status === "skipped" && /budget/.test(n.detail)))
    report("llm_budget_exhausted", undefined, "llm/budget");
  return out;
}
