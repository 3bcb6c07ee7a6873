import { extractAmounts, type AmountFinding } from "../extractors/amounts.ts";
import { extractPeriods, type PeriodFinding } from "../extractors/periods/index.ts";
import { extractUnits } from "../extractors/units.ts";
import { labelPurpose } from "../extractors/purpose.ts";
import { dropUnlikely, mergeAnchorDuration, mergeRanges, removeOverlaps, type Refiner } from "./refiners/index.ts";

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
