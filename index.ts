/** zhengce library API. */
export { extractDocument, validate, type ExtractOptions } from "./pipeline/run.ts";
export { ZhengceInputError } from "./read/ingest/index.ts";
export { evaluate, formatEval } from "./pipeline/analysis/eval.ts";
export * from "./schemas/index.ts";
export { toJson, toJsonl } from "./output/json.ts";
export { toCsv } from "./output/csv.ts";
export { toMarkdown } from "./output/markdown.ts";
