import { z } from "zod";
import { Bound, NumberOrRange, Span } from "./common.ts";
import { Duration, UnitRole } from "./findings.ts";

export const DIFF_SCHEMA_VERSION = "2.0.0";

const AmountRef = z.object({
  measure: z.string(),
  text: z.string(),
  span: Span,
  kind: z.string(),
  value: NumberOrRange,
  unit: z.string(),
  bound: Bound,
  per: z.string().optional(),
  purpose: z.string().optional(),
});
const PeriodRef = z.object({
  measure: z.string(),
  text: z.string(),
  span: Span,
  start: z.string().nullable(),
  end: z.string().nullable(),
  duration: Duration.nullable(),
});

export const Change = z.discriminatedUnion("family", [
  z.object({
    family: z.literal("amount"),
    change: z.enum(["changed", "added", "removed"]),
    from: z.array(AmountRef),
    to: z.array(AmountRef),
    summary: z.string(),
  }),
  z.object({
    family: z.literal("period"),
    change: z.enum(["changed", "added", "removed"]),
    fields: z.array(z.enum(["start", "end", "duration"])),
    from: z.array(PeriodRef),
    to: z.array(PeriodRef),
    summary: z.string(),
  }),
  z.object({
    family: z.literal("unit"),
    change: z.enum(["lead-changed", "added", "removed"]),
    role: UnitRole,
    from: z.array(z.string()),
    to: z.array(z.string()),
    summary: z.string(),
  }),
]);
export type Change = z.infer<typeof Change>;

export const TextRun = z.object({ op: z.enum(["equal", "insert", "delete"]), text: z.string() });

export const MeasurePair = z.object({
  a: z.string().meta({ description: "measure id in A (FORMAT.md convention)" }),
  b: z.string().meta({ description: "measure id in B" }),
  status: z.enum(["unchanged", "reworded", "changed"]),
  relation: z.enum(["same", "split", "merge"]).meta({
    description:
      "same: one measure for one; split: one A measure became several B measures; merge: several A measures became one B measure",
  }),
  similarity: z.number().min(0).max(1),
  group: z
    .number()
    .int()
    .meta({ description: "pairs of one split or merge share a group; changes are computed over the group" }),
  evidence: z
    .object({
      instruments: z
        .array(z.string())
        .meta({ description: "policy instruments both measures name (稳岗返还, 创业担保贷款 …)" }),
      sharedValues: z.array(z.string()).meta({ description: "amounts both state, as value+unit" }),
      titleSimilarity: z.number().min(0).max(1).meta({ description: "bigram overlap of the two titles" }),
    })
    .meta({ description: "why the two were paired, besides the text similarity" }),
  changes: z.array(Change),
  textDiff: z.array(TextRun),
});
export type MeasurePair = z.infer<typeof MeasurePair>;

const DocRef = z.object({
  id: z.string(),
  path: z.string(),
  docNumber: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  region: z.string().nullable(),
  level: z.string().nullable(),
  date: z.string().nullable(),
  cites: z.array(z.string()),
});

export const PolicyDiff = z.object({
  schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
  a: DocRef,
  b: DocRef,
  meta: z.object({
    changes: z.array(z.object({ field: z.string(), a: z.string().nullable(), b: z.string().nullable() })),
    aCitesB: z.boolean(),
    bCitesA: z.boolean(),
    commonCites: z.array(z.string()),
  }),
  pairs: z.array(MeasurePair),
  removed: z.array(z.string()).meta({ description: "A measures with no counterpart in B" }),
  added: z.array(z.string()).meta({ description: "B measures with no counterpart in A" }),
});
export type PolicyDiff = z.infer<typeof PolicyDiff>;
