import { extractAmounts, type AmountFinding } from "../extractors/amounts/index.ts";
import { extractPeriods, type PeriodFinding } from "../extractors/periods/index.ts";
import { extractUnits } from "../extractors/units/index.ts";
import { labelPurpose } from "../extractors/amounts/purpose.ts";
import { dropUnlikely, removeOverlaps, type Refiner } from "../extractors/refiners.ts";
import { mergeAnchorDuration, mergeRanges } from "../extractors/periods/refiners.ts";

/**
 * The extractors and refiners a run uses, in the order they run. Built once and frozen:
 * a run cannot change its configuration halfway.
 */
export const defaultConfig = Object.freeze({
  extractors: Object.freeze({
    units: extractUnits,
    amounts: extractAmounts,
    periods: extractPeriods,
  }),
  refiners: Object.freeze({
    amounts: Object.freeze([dropUnlikely, removeOverlaps, labelPurpose] as Refiner<AmountFinding>[]),
    periods: Object.freeze([
      dropUnlikely,
      mergeRanges, // before removeOverlaps: a range outgrows the dates it joins
      mergeAnchorDuration, // after mergeRanges: 自…起 must not be taken as a range start
      removeOverlaps,
    ] as Refiner<PeriodFinding>[]),
  }),
});
export type Config = typeof defaultConfig;
