import type { Period, Unit } from "../schemas/index.ts";
import { amountsFamily } from "../extractors/amounts/index.ts";
import { extractPeriods, type PeriodFinding } from "../extractors/periods/index.ts";
import { mergeAnchorDuration, mergeRanges } from "../extractors/periods/refiners.ts";
import { dropUnlikely, finalize, removeOverlaps, type Refiner } from "../extractors/refiners.ts";
import { type Draft, type FamilyRunner, familyRunner } from "../extractors/rule.ts";
import { extractUnits } from "../extractors/units/index.ts";
import type { ExtractContext, NormalizedText } from "../extractors/context.ts";

/** A family not yet written as a table of rules: its extractor, then its refiners, grounded once. */
function untabled<D extends Draft, F>(
  name: string,
  extract: (norm: NormalizedText, ctx: ExtractContext) => D[],
  refiners: readonly Refiner<D>[],
): FamilyRunner<F> {
  return {
    name,
    rules: [],
    extract: (norm, ctx) => {
      const rctx = { text: norm.text, ground: ctx.ground, debug: ctx.debug };
      return finalize(
        refiners.reduce((fs, r) => r(rctx, fs), extract(norm, ctx)),
        ctx.ground,
      ) as F[];
    },
  };
}

/**
 * The families a run uses, in the order they run, each with its rules and refiners. Built once and
 * frozen: a run cannot change its configuration halfway.
 */
export const defaultConfig = Object.freeze({
  families: Object.freeze({
    units: { name: "units", rules: [], extract: extractUnits } as FamilyRunner<Unit>,
    amounts: familyRunner(amountsFamily),
    periods: untabled<PeriodFinding, Period>("periods", extractPeriods, [
      dropUnlikely,
      mergeRanges, // before removeOverlaps: a range outgrows the dates it joins
      mergeAnchorDuration, // after mergeRanges: 自…起 must not be taken as a range start
      removeOverlaps,
    ]),
  }),
  /** rule ids turned off (`extract --disable-rule ID`) */
  disabledRules: new Set<string>() as ReadonlySet<string>,
});
export type Config = typeof defaultConfig;

/** Every rule of every family, for `zhengce rules`. */
export const listRules = (config: Config = defaultConfig) =>
  Object.values(config.families).map((f) => ({ name: f.name, rules: f.rules }));
