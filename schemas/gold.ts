import { z } from "zod";
import { Bound, NumberOrRange } from "./common.ts";
import { AmountKind, Duration, Per, UnitRole } from "./findings.ts";

/** The gold annotation format of corpus/gold/FORMAT.md: a gold file reads as a subset of an output. */
const OneOrMany = z.union([z.string(), z.array(z.string())]);
export const Gold = z.object({
  source: z.string(),
  meta: z.object({
    docNumber: OneOrMany.nullable(),
    issuer: OneOrMany.nullable(),
    title: OneOrMany.nullable(),
    date: OneOrMany.nullable(),
    region: OneOrMany.nullable(),
    cites: z.array(z.string()),
  }),
  measures: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      amounts: z.array(
        z.object({
          text: z.string(),
          kind: AmountKind,
          value: NumberOrRange,
          unit: z.string(),
          bound: Bound,
          per: Per.optional(),
        }),
      ),
      periods: z.array(
        z.object({
          text: z.string(),
          start: z.string().nullable(),
          end: z.string().nullable(),
          duration: Duration.nullable(),
        }),
      ),
      units: z.array(z.object({ role: UnitRole, name: z.string() })),
    }),
  ),
  /** Excerpts: the id of the last measure whose whole text is present; output measures after it are not judged. */
  truncatedAfter: z.string().optional(),
  notes: z.array(z.string()).optional(),
});
export type Gold = z.infer<typeof Gold>;
