import { z } from "zod";
import { PolicyDocument } from "./document.ts";

export * from "./common.ts";
export * from "./findings.ts";
export * from "./document.ts";
export * from "./gold.ts";

/** Published JSON Schemas, generated from the zod schemas (never hand-written). */
export function jsonSchemas(): Record<string, unknown> {
  return { PolicyDocument: z.toJSONSchema(PolicyDocument, { io: "output", unrepresentable: "any" }) };
}
