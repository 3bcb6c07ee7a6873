/**
 * One document, start to end, as a task: read, extract, render. Runs in a pool worker (or in the
 * main thread with --jobs 0) and returns text, never objects, so what the main thread writes is
 * byte for byte what a one-job run writes.
 */
import type { Diagnostic, FailureCode } from "../schemas/index.ts";
import { toJson } from "../output/json.ts";
import { toMarkdown } from "../output/markdown.ts";
import { ZhengceInputError } from "../read/ingest/index.ts";
import { extractDocument } from "../pipeline/run.ts";
import type { LlmSession } from "../pipeline/llm/session.ts";

export interface ExtractTask {
  file: string;
  ocr: boolean;
  asNotice: boolean;
  explain: boolean;
  markdown: boolean;
  maxBytes?: number;
  maxPages?: number;
  disabledRules?: string[];
}

export type ExtractResult =
  | { ok: true; json: string; md?: string; measures: number; warnings: Diagnostic[]; debug: string[] }
  | { ok: false; code: FailureCode; reason: string; debug: string[] };

export async function extractTask(task: ExtractTask, llm?: LlmSession): Promise<ExtractResult> {
  const debug: string[] = [];
  try {
    const doc = await extractDocument(task.file, {
      ...(task.explain ? { debug: (l: string) => debug.push(l) } : {}),
      ...(task.ocr ? {} : { ocr: false as const }),
      ...(task.asNotice ? { asNotice: true } : {}),
      ...(task.maxBytes !== undefined ? { maxBytes: task.maxBytes } : {}),
      ...(task.maxPages !== undefined ? { maxPages: task.maxPages } : {}),
      ...(task.disabledRules ? { disabledRules: task.disabledRules } : {}),
      ...(llm ? { llm } : {}),
    });
    // a document the schema refuses is not written: it is a typed failure naming the first problem
    const invalid = doc.warnings.filter((w) => w.code === "schema_violation");
    if (invalid.length)
      return {
        ok: false,
        code: "invalid_output",
        reason: `the extracted document does not validate (${invalid.length} problem(s); first: ${invalid[0]!.reason}); nothing was written for it`,
        debug,
      };
    return {
      ok: true,
      json: toJson(doc),
      ...(task.markdown ? { md: toMarkdown(doc) } : {}),
      measures: doc.measures.length,
      warnings: doc.warnings,
      debug,
    };
  } catch (e) {
    if (e instanceof ZhengceInputError) return { ok: false, code: e.code, reason: e.reason, debug };
    return {
      ok: false,
      code: "internal_error",
      reason: e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e),
      debug,
    };
  }
}

export default extractTask;
