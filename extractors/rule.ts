/**
 * A rule is a unit (chrono's Parser, remark-lint's rule): an id, a pattern, a real sentence it
 * matches, and `build`, which turns one match into drafts. One driver runs a family's rules over a
 * measure: it slices the scope, rebases match offsets to the normalised text, writes the
 * `--explain` line, runs the family's refiners on the drafts and grounds each survivor once, at the
 * end, into `source.text`. Drafts carry their range in the normalised text (`at`); findings carry
 * `text` and `span` in the source. No working field reaches the output.
 */
import type { Span } from "../schemas/index.ts";
import type { ExtractContext, NormalizedText } from "./context.ts";

/** `[start, end)` in the normalised text. */
export interface Range {
  start: number;
  end: number;
}

/** What every draft has: where it stands in the normalised text and the rule that made it. */
export interface Draft {
  at: Range;
  rule: string;
}

/** Where a rule runs: at least a way to explain itself. */
export interface RuleContext {
  debug(make: () => string): void;
}

/** What a rule's `build` sees besides its match. */
export interface Scope<S = unknown, C extends RuleContext = ExtractContext> {
  /** the whole normalised text (offsets are absolute) */
  text: string;
  /** the measure's range in it */
  from: number;
  to: number;
  ctx: C;
  /** what the family's `prepare` computed once per measure (years stated, line breaks…) */
  state: S;
}

/** A regex match with `index` rebased to the normalised text and `end` added. */
export type RuleMatch = RegExpMatchArray & { index: number; end: number; groups: Record<string, string | undefined> };

export interface Rule<
  D extends Draft,
  S = unknown,
  Id extends string = string,
  C extends RuleContext = ExtractContext,
> {
  id: Id;
  /** global (`g`), with named groups */
  pattern: RegExp;
  /** a real sentence from a notice that the rule reads (tested: the rule builds a draft from it) */
  example: string;
  /** one match → drafts (none when the words around say it is something else) */
  build(m: RuleMatch, scope: Scope<S, C>): D | readonly D[] | null | undefined;
}

/** Declares a rule with its id kept as a literal type, so a family's ids form a union (`RuleId`). */
export const rule = <
  D extends Draft,
  S = unknown,
  const Id extends string = string,
  C extends RuleContext = ExtractContext,
>(
  r: Rule<D, S, Id, C>,
): Rule<D, S, Id, C> => r;

/** The text a draft covers, for debug lines. */
export const draftText = (text: string, d: Draft) => text.slice(d.at.start, d.at.end);

export interface RefineContext {
  /** the normalised text */
  text: string;
  /** for a refiner that adds a value with spans of its own (an amount's purpose phrase) */
  ground(start: number, end: number): { text: string; span: Span };
  debug(make: () => string): void;
}

export type Refiner<D extends Draft> = (ctx: RefineContext, drafts: D[]) => D[];

/** A field family: its rules, the refiners that run on their drafts in order, and how a draft is finished. */
export interface Family<D extends Draft, F, S = unknown> {
  name: string;
  rules: readonly Rule<D, S>[];
  refiners: readonly Refiner<D>[];
  /** computed once per measure before the rules run */
  prepare?(scope: Omit<Scope<S>, "state">): S;
  /** the draft grounded: add `text` and `span`, drop the working fields */
  finish(d: D, grounded: { text: string; span: Span }): F;
}

/** Which rules run: all unless disabled by id (`--disable-rule amount/people-count`). */
export interface RuleFilter {
  disabled?: ReadonlySet<string>;
}

/** Runs one rule over `[from, to)`: each match rebased once, each draft explained once. */
export function runRule<D extends Draft, S, C extends RuleContext>(
  rule: Rule<D, S, string, C>,
  scope: Scope<S, C>,
): D[] {
  const out: D[] = [];
  const slice = scope.text.slice(scope.from, scope.to);
  for (const raw of slice.matchAll(rule.pattern)) {
    const index = scope.from + raw.index!;
    const m = Object.assign(raw, { index, end: index + raw[0].length, groups: raw.groups ?? {} }) as RuleMatch;
    const built = rule.build(m, scope);
    if (!built) continue;
    for (const d of Array.isArray(built) ? (built as readonly D[]) : [built as D]) {
      out.push(d);
      scope.ctx.debug(() => `${d.rule} “${draftText(scope.text, d)}”`);
    }
  }
  return out;
}

/** A family over one measure: rules → refiners → grounded once → findings. */
export function runFamily<D extends Draft, F, S>(
  family: Family<D, F, S>,
  norm: NormalizedText,
  ctx: ExtractContext,
  filter: RuleFilter = {},
): F[] {
  const base = { text: norm.text, from: ctx.measure.range.start, to: ctx.measure.range.end, ctx };
  const scope: Scope<S> = { ...base, state: family.prepare ? family.prepare(base) : (undefined as S) };
  let drafts: D[] = [];
  for (const rule of family.rules) if (!filter.disabled?.has(rule.id)) drafts.push(...runRule(rule, scope));
  const rctx: RefineContext = { text: norm.text, ground: ctx.ground, debug: ctx.debug };
  for (const refine of family.refiners) drafts = refine(rctx, drafts);
  return drafts.map((d) => family.finish(d, ctx.ground(d.at.start, d.at.end)));
}

/** What the run config holds per family: its rules (for `zhengce rules`) and one call per measure. */
export interface FamilyRunner<F> {
  name: string;
  rules: readonly { id: string; example: string }[];
  extract(norm: NormalizedText, ctx: ExtractContext, filter?: RuleFilter): F[];
}

/** A family as the run config holds it. */
export const familyRunner = <D extends Draft, F, S>(family: Family<D, F, S>): FamilyRunner<F> => ({
  name: family.name,
  rules: family.rules,
  extract: (norm, ctx, filter) => runFamily(family, norm, ctx, filter),
});
