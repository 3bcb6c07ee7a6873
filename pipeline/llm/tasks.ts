import { z } from "zod";
import { INSTRUMENTS } from "../../lang/lexicon/instruments.ts";

/** The answers the model gives, as zod schemas in strict structured-output form: every field present, null for "not stated". */

const INSTRUMENT_IDS = INSTRUMENTS.map((i) => i.id) as [string, ...string[]];

export const LabelAnswer = z.object({
  abstain: z.boolean().describe("true when the text does not let you answer"),
  reason: z.string().nullable(),
  amounts: z.array(
    z.object({
      index: z.number().int(),
      purpose: z.string().nullable().describe("a phrase copied from the text saying what this amount is for, or null"),
    }),
  ),
  instruments: z.array(
    z.object({ id: z.enum(INSTRUMENT_IDS), quote: z.string().describe("the words of the text that name it") }),
  ),
  targetGroups: z.array(z.object({ name: z.string(), quote: z.string() })),
});

export const FallbackAnswer = z.object({
  abstain: z.boolean(),
  reason: z.string().nullable(),
  amounts: z.array(
    z.object({
      quote: z.string().describe("the exact words of the text the amount is read from"),
      kind: z.enum(["money", "percent", "count", "age"]),
      value: z.number().describe("money in 元, percent as the number before %, counts as things"),
      high: z.number().nullable().describe("upper end of a range, else null"),
      unit: z.string(),
      bound: z.enum(["max", "min", "range", "exact"]),
      per: z.enum(["人", "月", "人·月", "人·天", "年", "人·年"]).nullable(),
    }),
  ),
  periods: z.array(
    z.object({
      quote: z.string(),
      start: z.string().nullable().describe("ISO date, possibly partial (2020, 2020-02, 2020-02-10)"),
      end: z.string().nullable(),
      durationValue: z.number().nullable(),
      durationUnit: z.enum(["year", "month", "day", "workday"]).nullable(),
      durationBound: z.enum(["max", "min", "range", "exact"]).nullable(),
    }),
  ),
});

export const ReviewAnswer = z.object({
  abstain: z.boolean(),
  reason: z.string().nullable(),
  verdicts: z.array(
    z.object({
      index: z.number().int(),
      verdict: z.enum(["agree", "disagree", "unsure"]),
      correction: z.string().nullable().describe("what the value should be, quoted from the text, or null"),
    }),
  ),
});

export const SYSTEM =
  "你是政策文件结构化抽取助手。只依据给出的原文回答；引用(quote)必须逐字摘自原文；原文没有说明的填 null；无法回答时 abstain=true。数字单位：金额换算为元，百分比填%前的数字。";

export const instrumentList = () => INSTRUMENTS.map((i) => `${i.id}: ${i.name}`).join("\n");
