import { z } from "zod";

/** `[start, end)` in UTF-16 code units into `PolicyDocument.source.text`. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    page: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: "1-based PDF page of `start`, where the source is paged" }),
  })
  .meta({ description: "Half-open [start, end) offsets into source.text" });
export type Span = z.infer<typeof Span>;

/** What every extracted value carries: the text it was read from, where, and by which rule. */
export const Grounded = z.object({
  text: z.string().meta({ description: "source.text.slice(span.start, span.end)" }),
  span: Span,
  rule: z.string().meta({ description: "id of the rule that produced the value, e.g. amount/money" }),
  inferred: z.array(z.string()).optional().meta({
    description: "components not stated in the text but inferred (year, prefix, role…), with the rule in `rule`",
  }),
  confidence: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .meta({ description: "lowest OCR confidence of the text the value was read from (OCR'd sources only)" }),
  origin: z
    .enum(["rules", "llm"])
    .optional()
    .meta({ description: "llm: proposed by the optional LLM assist and grounded by zhengce; absent: the rules" }),
});

export const Bound = z.enum(["max", "min", "range", "exact"]);
export type Bound = z.infer<typeof Bound>;

export const NumberOrRange = z.union([z.number(), z.tuple([z.number(), z.number()])]);
export type NumberOrRange = z.infer<typeof NumberOrRange>;

export const Severity = z.enum(["error", "warning", "info"]);

/** Closed set of diagnostic codes; the wording is made from the code (`core/report.ts`). */
export const DiagnosticCode = z.enum([
  "empty_file",
  "unreadable_file",
  "truncated_file",
  "corrupt_pdf",
  "corrupt_file",
  "ofd_signed",
  "blank_page",
  "invalid_characters",
  "read_as_markdown",
  "too_large",
  "too_many_pages",
  "number_out_of_range",
  "password_protected",
  "ocr_unavailable",
  "ocr_used",
  "ocr_low_confidence",
  "garbage_text_layer",
  "unsupported_format",
  "decoded_gb18030",
  "not_a_notice",
  "no_measures",
  "missing_doc_number",
  "missing_issuer",
  "missing_title",
  "missing_date",
  "numbering_gap",
  "schema_violation",
  "llm_unavailable",
  "llm_budget_exhausted",
  "llm_ungrounded",
  "llm_invalid_answer",
  "llm_disagrees",
]);
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;

/**
 * Why a file of a batch has no document: its own problem (a diagnostic code: empty_file,
 * corrupt_pdf…) or the run's: the worker crashed (internal_error), took longer than --timeout
 * (timeout), its output could not be written (write_failed) or did not validate (invalid_output),
 * or another run holds the --out folder (out_locked).
 */
export const FailureCode = z.union([
  DiagnosticCode,
  z.enum(["internal_error", "timeout", "write_failed", "invalid_output", "out_locked"]),
]);
export type FailureCode = z.infer<typeof FailureCode>;

/** A file of a batch that was not read into a document, with its typed reason. */
export interface Failure {
  file: string;
  code: FailureCode;
  reason: string;
}

export const Diagnostic = z.object({
  code: DiagnosticCode,
  reason: z.string(),
  source: z.string().meta({ description: "stage or extractor that raised it" }),
  rule: z.string().optional().meta({ description: "id of the rule that raised it, where one did" }),
  severity: Severity,
  place: Span.optional(),
  file: z.string().optional(),
  actual: z.string().optional(),
  expected: z.string().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
