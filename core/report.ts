/**
 * Diagnostics through one function, in the spirit of vfile's `file.message(reason, place, origin)`:
 * a stage calls `report(code, place, ruleId, values)`; the file and the stage are filled in by the
 * reporter, the severity and the English sentence come from the code, in the table below. Content
 * problems are diagnostics; only misuse of the API throws.
 */
import type { Diagnostic, DiagnosticCode, Span } from "../schemas/index.ts";

/** The facts a sentence is made from (page numbers, the value read, the reason a library gave). */
export type Values = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

type Severity = Diagnostic["severity"];
const list = (v: Values[string]) => (Array.isArray(v) ? v.join(", ") : String(v ?? ""));

/** One row per code: its default severity and its sentence. Every code is emitted somewhere (tested). */
export const DIAGNOSTICS: { readonly [K in DiagnosticCode]: { severity: Severity; say: (v: Values) => string } } = {
  empty_file: { severity: "error", say: () => "the file is empty" },
  unreadable_file: { severity: "error", say: (v) => `the file cannot be read (${v.why})` },
  truncated_file: {
    severity: "warning",
    say: () => "the file ends in the middle of a character: it was cut off, and text may be missing at its end",
  },
  corrupt_pdf: {
    severity: "warning",
    say: (v) => `page ${v.page}: the page cannot be read (${v.why}); its text is missing`,
  },
  corrupt_file: { severity: "warning", say: (v) => `page ${v.page}: ${v.why}; its text is missing` },
  ofd_signed: {
    severity: "info",
    say: (v) =>
      `the OFD carries ${v.count} electronic signature(s)/seal(s); they are kept as metadata, their images are not read as text`,
  },
  blank_page: { severity: "info", say: (v) => `page ${v.page} is blank` },
  invalid_characters: {
    severity: "warning",
    say: () => "the text holds lone UTF-16 surrogates (not valid Unicode); each was replaced by U+FFFD",
  },
  read_as_markdown: { severity: "info", say: (v) => `${v.why}: read as Markdown` },
  too_large: { severity: "error", say: (v) => `the file is ${v.size} MB, over the limit of ${v.limit} MB (--max-mb)` },
  too_many_pages: {
    severity: "error",
    say: (v) => `the PDF has ${v.pages} pages, over the limit of ${v.limit} (--max-pages)`,
  },
  number_out_of_range: {
    severity: "warning",
    say: (v) => `“${v.text}” gives a number outside the safe range (beyond 2^53 or not finite): not kept`,
  },
  password_protected: { severity: "error", say: () => "the PDF is password-protected" },
  ocr_unavailable: { severity: "warning", say: (v) => `${v.what}: ${v.why}` },
  ocr_used: { severity: "info", say: (v) => `${v.what} read by OCR (${v.engine})` },
  ocr_low_confidence: {
    severity: "warning",
    say: (v) => `“${v.text}” was read from OCR text with confidence ${v.confidence}: check it against the scan`,
  },
  garbage_text_layer: {
    severity: "warning",
    say: (v) =>
      `page ${v.page}: the text layer decodes to characters that are not Chinese text (a broken ToUnicode map)${v.ocr ? "; the page is read by OCR instead" : ""}`,
  },
  unsupported_format: { severity: "error", say: (v) => String(v.why) },
  decoded_gb18030: { severity: "info", say: () => "the file is not UTF-8; decoded as GBK/GB18030" },
  not_a_notice: {
    severity: "warning",
    say: (v) =>
      `the title says this is ${v.what} (“${v.words}”), not a notice: ${v.asNotice ? "measures read anyway (--as-notice)" : "its numbered headings are not read as measures (--as-notice reads them)"}`,
  },
  no_measures: { severity: "warning", say: () => "no numbered items found: the notice has no measures" },
  missing_doc_number: { severity: "info", say: () => "no 文号 found in the head of the notice" },
  missing_issuer: { severity: "warning", say: () => "no issuing organ found" },
  missing_title: { severity: "warning", say: () => "no title line (关于…的通知/意见/方案) found" },
  missing_date: { severity: "warning", say: () => "no signing date found" },
  numbering_gap: {
    severity: "warning",
    say: (v) =>
      `table row numbered ${v.read} stands where the sequence has ${v.used}: labelled ${v.id} (an OCR misreading?)`,
  },
  schema_violation: { severity: "error", say: (v) => `${v.path}: ${v.why}` },
  llm_unavailable: {
    severity: "warning",
    say: (v) => `the LLM endpoint failed (${list(v.why)}); the rules' results stand`,
  },
  llm_budget_exhausted: {
    severity: "warning",
    say: () => "the LLM token budget ran out; later measures have the rules' results only",
  },
  llm_ungrounded: { severity: "info", say: (v) => `${v.measure}: dropped the model's ${v.what}: ${v.why}` },
  llm_invalid_answer: { severity: "warning", say: (v) => `${v.measure} ${v.task}: ${v.why}` },
  llm_disagrees: {
    severity: "warning",
    say: (v) =>
      `${v.measure}: the model disagrees with “${v.text}” (${v.rule})${v.correction ? `: ${v.correction}` : ""}; the rules' value is kept`,
  },
};

export interface ReportOptions {
  severity?: Severity;
  actual?: string;
  expected?: string;
}

/** A stage's reporter: `report(code, place, ruleId, values)` appends one diagnostic to `messages`. */
export function reporter(messages: Diagnostic[], source: string, file?: string) {
  return function report(
    code: DiagnosticCode,
    place?: Span,
    ruleId?: string,
    values: Values = {},
    options: ReportOptions = {},
  ): Diagnostic {
    const row = DIAGNOSTICS[code];
    const d: Diagnostic = {
      code,
      reason: row.say(values),
      source,
      severity: options.severity ?? row.severity,
      // the order diagnostics were always written in, the rule last
      ...(file ? { file } : {}),
      ...(place ? { place } : {}),
      ...(options.actual !== undefined ? { actual: options.actual } : {}),
      ...(options.expected !== undefined ? { expected: options.expected } : {}),
      ...(ruleId ? { rule: ruleId } : {}),
    };
    messages.push(d);
    return d;
  };
}
export type Report = ReturnType<typeof reporter>;
