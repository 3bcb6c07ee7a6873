import { z } from "zod";
import { Bound, NumberOrRange, Span } from "./common.ts";

export const PARAMS_SCHEMA_VERSION = "1.0.0";

/** Where a value was read: the notice, the measure and the words, with their span (and page for a PDF). */
export const ParamReference = z.object({
  docNumber: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  file: z.string(),
  measure: z.string(),
  text: z.string().meta({ description: "the amount as printed" }),
  sentence: z.string().meta({ description: "the sentence it stands in" }),
  span: Span,
});

export const ParamValue = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .meta({ description: "the day the value takes effect" }),
  dateFrom: z.enum(["period_start", "signing_date"]).meta({
    description:
      "period_start: a start date stated in the amount's sentence; signing_date: none is stated, so the notice's signing date",
  }),
  end: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .meta({
      description:
        "the last day it applies: stated in the sentence, or the day before a notice that supersedes this one takes effect",
    }),
  supersededBy: z.string().optional().meta({
    description:
      "文号 of the notice in the corpus that repeals the one this value is from (同时废止, 不再执行), when it ends the value",
  }),
  value: NumberOrRange,
  unit: z.string(),
  bound: Bound,
  per: z.string().nullable(),
  reference: ParamReference,
});

export const Param = z.object({
  name: z
    .string()
    .meta({ description: "region.instrument.group_quantity, e.g. 新疆维吾尔自治区.wengang_fanhuan.sme_rate" }),
  region: z.string(),
  instrument: z.string(),
  instrumentName: z.string(),
  /** who or what the value is for (中小微企业, 个人) or the condition it sets (裁员率) */
  group: z.string(),
  quantity: z.string(),
  unit: z.string(),
  values: z.array(ParamValue),
  /** two notices (or a notice and its revision) giving different values for one date */
  conflicts: z.array(z.object({ date: z.string(), values: z.array(ParamValue) })),
});
export type Param = z.infer<typeof Param>;
export type ParamValue = z.infer<typeof ParamValue>;

export const ParamSet = z.object({
  schemaVersion: z.literal(PARAMS_SCHEMA_VERSION),
  parameters: z.array(Param),
  /** amounts no instrument could be given to: kept, with their reference, never dropped */
  unclassified: z.array(ParamValue.extend({ region: z.string().nullable(), kind: z.string(), why: z.string() })),
});
export type ParamSet = z.infer<typeof ParamSet>;
