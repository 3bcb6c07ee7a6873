import { type Draft, draftText, type RefineContext, type Refiner } from "./rule.ts";
import { PLAN_ISSUING_VERBS } from "../lang/lexicon/dates.ts";

/** A draft with the fields the generic refiners read. */
export type Located = Draft;

export type { RefineContext, Refiner };

const byStart = <T extends Located>(a: T, b: T) => a.at.start - b.at.start || b.at.end - a.at.end;

const ISSUES_PLAN = new RegExp(`(?:${[...PLAN_ISSUING_VERBS].sort((a, b) => b.length - a.length).join("|")})$`);

/**
 * Drops finds inside a cited title 《…》 or a 文号 bracket 〔…〕: 《…三年规划(2017—2019)》, 国发〔2020〕12号.
 * The years of a plan the measure itself issues stay (出台《…三年行动计划(2022-2024)》).
 */
export const dropUnlikely = <T extends Located>(ctx: RefineContext, findings: T[]): T[] => {
  if (!findings.length) return findings;
  // only the stretch of text the finds are in (a title is at most 120 characters), not the whole document per measure
  const lo = Math.max(0, Math.min(...findings.map((f) => f.at.start)) - 130);
  const hi = Math.min(ctx.text.length, Math.max(...findings.map((f) => f.at.end)) + 130);
  const window = ctx.text.slice(lo, hi);
  const enclosed: { start: number; end: number; issued: boolean }[] = [];
  for (const m of window.matchAll(/《[^《》\n]{1,120}》|〔[^〔〕\n]{1,12}〕/g)) {
    const at = lo + m.index!;
    const issued = m[0].startsWith("《") && ISSUES_PLAN.test(ctx.text.slice(Math.max(0, at - 6), at));
    enclosed.push({ start: at, end: at + m[0].length, issued });
  }
  // the matches do not overlap and come in order: a binary search finds the one a find could be in
  const containing = (f: Located) => {
    let a = 0;
    let b = enclosed.length - 1;
    while (a <= b) {
      const mid = (a + b) >> 1;
      if (enclosed[mid]!.start <= f.at.start) a = mid + 1;
      else b = mid - 1;
    }
    const r = enclosed[b];
    return r && f.at.end <= r.end ? r : undefined;
  };
  return findings.filter((f) => {
    const r = containing(f);
    if (r?.issued && f.rule === "period/year-range") {
      ctx.debug(() => `dropUnlikely: “${draftText(ctx.text, f)}” dates a plan the measure issues: kept`);
      return true;
    }
    if (r) ctx.debug(() => `dropUnlikely: “${draftText(ctx.text, f)}” (${f.rule}) is inside a title or 文号`);
    return !r;
  });
};

/** The longest span wins where two finds overlap; each removal is logged. */
export const removeOverlaps = <T extends Located>(ctx: RefineContext, findings: T[]): T[] => {
  // kept finds never overlap, so kept in start order a new find can only clash with its two neighbours
  const kept: T[] = [];
  const insertAt = (start: number) => {
    let a = 0;
    let b = kept.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (kept[mid]!.at.start < start) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  for (const f of [...findings].sort(
    (a, b) => b.at.end - b.at.start - (a.at.end - a.at.start) || a.at.start - b.at.start,
  )) {
    const i = insertAt(f.at.start);
    const clash = [kept[i - 1], kept[i]].find((k) => k && f.at.start < k.at.end && k.at.start < f.at.end);
    if (clash)
      ctx.debug(
        () =>
          `removeOverlaps: “${draftText(ctx.text, f)}” (${f.rule}) loses to “${draftText(ctx.text, clash)}” (${clash.rule})`,
      );
    else kept.splice(i, 0, f);
  }
  return kept;
};

/**
 * A refiner that joins neighbouring finds (chrono's MergingRefiner): `shouldMerge` decides from the
 * two finds and the text between them; `merge` builds the joined find; `alone` maps one left as it is.
 */
export function mergingRefiner<T extends Located>(
  name: string,
  shouldMerge: (a: T, b: T, between: string, ctx: RefineContext) => boolean,
  merge: (a: T, b: T, ctx: RefineContext) => T,
  alone: (a: T) => T = (a) => a,
  describe: (m: T) => string = (m) => m.rule,
): Refiner<T> {
  return (ctx, findings) => {
    const fs = [...findings].sort(byStart);
    const out: T[] = [];
    for (let i = 0; i < fs.length; i++) {
      const a = fs[i]!;
      const b = fs[i + 1];
      if (b && shouldMerge(a, b, ctx.text.slice(a.at.end, b.at.start), ctx)) {
        const m = merge(a, b, ctx);
        ctx.debug(() => `${name}: “${draftText(ctx.text, a)}” + “${draftText(ctx.text, b)}” → ${describe(m)}`);
        out.push(m);
        i++;
      } else out.push(alone(a));
    }
    return out;
  };
}

/**
 * Grounds each draft once, after the refiners: `text` and `span` in `source.text` first, then the
 * family's fields; the range in the normalised text and the `_` working fields are dropped.
 */
export function finalize<T extends Draft>(
  drafts: T[],
  ground: (start: number, end: number) => { text: string; span: object },
): Omit<T, "at">[] {
  return drafts.map((d) => {
    const out: Record<string, unknown> = { ...ground(d.at.start, d.at.end) };
    for (const [k, v] of Object.entries(d))
      if (k !== "at" && k !== "text" && k !== "span" && !k.startsWith("_")) out[k] = v;
    return out as Omit<T, "at">;
  });
}
