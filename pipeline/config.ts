import { extractAmounts } from "../extractors/amounts.ts";
import { extractPeriods } from "../extractors/periods.ts";
import { extractUnits } from "../extractors/units.ts";

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
});
export type Config = typeof defaultConfig;
