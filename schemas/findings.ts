import { z } from "zod";
import { Bound, Grounded, NumberOrRange, Span } from "./common.ts";

export const AmountKind = z.enum(["money", "percent", "count", "age"]);
export const Per = z.enum(["人", "月", "人·月", "人·天", "年", "人·年"]);

/** What an amount is for, as the text says it: 个人创业担保贷款, 一次性吸纳就业补贴. */
export const Purpose = z.object({
  label: z.string().meta({ description: "a short phrase from the text (parts joined with ·)" }),
  parts: z.array(z.object({ text: z.string(), span: Span })),
  origin: z.enum(["rules", "llm"]).optional(),
});
export type Purpose = z.infer<typeof Purpose>;

export const Amount = Grounded.extend({
  kind: AmountKind,
  value: NumberOrRange.meta({
    description: "base units: money in 元, percent as the number before %, counts as things; a range is [low, high]",
  }),
  unit: z.string().meta({ description: "元, %, 岁, or the counter word (人, 人次, 个, 家, 次, 名, 户, 项, 所)" }),
  bound: Bound,
  per: Per.optional(),
  purpose: Purpose.optional(),
});
export type Amount = z.infer<typeof Amount>;

export const DurationUnit = z.enum(["year", "month", "day", "workday"]);
export const Duration = z.object({
  value: NumberOrRange,
  unit: DurationUnit,
  bound: Bound,
});
export type Duration = z.infer<typeof Duration>;

/** Partial ISO date: 2020, 2020-02 or 2020-02-10. */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

export const Period = Grounded.extend({
  start: PartialDate.nullable(),
  end: PartialDate.nullable(),
  duration: Duration.nullable(),
});
export type Period = z.infer<typeof Period>;

export const UnitRole = z.enum(["lead", "cooperating", "responsible", "implementing"]);
export type UnitRole = z.infer<typeof UnitRole>;

export const Unit = Grounded.extend({
  role: UnitRole,
  name: z.string().meta({
    description: "full name as the document means it (prefix expanded, trailing 等 dropped, brackets full-width)",
  }),
});
export type Unit = z.infer<typeof Unit>;
