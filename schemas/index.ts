import { z } from "zod";
import { PolicyDocument } from "./document.ts";
import { PolicyDiff } from "./diff.ts";
import { ParamSet } from "./params.ts";

export * from "./common.ts";
export * from "./findings.ts";
export * from "./document.ts";
export * from "./gold.ts";
export * from "./diff.ts";
export * from "./params.ts";

/** Published JSON Schemas, generated from the zod schemas (never hand-written). */
export function jsonSchemas(): Record<string, unknown> {
  return {
    PolicyDocument: z.toJSONSchema(PolicyDocument, { io: "output", unrepresentable: "any" }),
    PolicyDiff: z.toJSONSchema(PolicyDiff, { io: "output", unrepresentable: "any" }),
    ParamSet: z.toJSONSchema(ParamSet, { io: "output", unrepresentable: "any" }),
  };
}
