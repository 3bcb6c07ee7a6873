import type { PolicyDocument } from "../schemas/index.ts";

/** Stable JSON: the schema's key order, two-space indent, trailing newline. */
export const toJson = (doc: PolicyDocument): string => `${JSON.stringify(doc, null, 2)}\n`;

/** One document per line, for streaming a corpus. */
export const toJsonl = (docs: PolicyDocument[]): string =>
  docs.map((d) => JSON.stringify(d)).join("\n") + (docs.length ? "\n" : "");
