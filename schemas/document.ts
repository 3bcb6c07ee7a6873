import { z } from "zod";
import { Diagnostic, Span } from "./common.ts";
import { Amount, Period, Unit } from "./findings.ts";

export const SCHEMA_VERSION = "1.0.0";

export const SourceFormat = z.enum(["text", "markdown", "html", "pdf", "image", "ofd", "docx", "doc", "spreadsheet"]);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const Source = z.object({
  path: z.string(),
  format: SourceFormat,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string().meta({ description: "encoding the bytes were decoded from (utf-8, gb18030)" }),
  text: z.string().meta({
    description:
      "the document text every span points into: the file itself for text and Markdown, the extracted text for HTML and PDF",
  }),
  pages: z
    .array(z.number().int().nonnegative())
    .optional()
    .meta({ description: "offset in text where each page starts (PDF)" }),
  boxes: z
    .array(
      z.object({
        start: z.number().int(),
        end: z.number().int(),
        page: z.number().int().positive(),
        box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
      }),
    )
    .optional()
    .meta({
      description:
        "PDF: the box [x0, y0, x1, y1] (PDF units from the page's lower left) of the line each range of text was read from",
    }),
  ocr: z
    .object({
      engine: z.string(),
      pages: z.array(z.number().int().positive()),
      confidence: z
        .array(z.object({ start: z.number().int(), end: z.number().int(), confidence: z.number() }))
        .meta({ description: "ranges of text read by OCR and the engine's confidence" }),
    })
    .optional(),
});

export const Evidence = z.object({ text: z.string(), span: Span, rule: z.string() });
export type Evidence = z.infer<typeof Evidence>;

export const Meta = z.object({
  docNumber: z.string().nullable().meta({ description: "发文字号, brackets normalised to 〔〕" }),
  issuer: z.string().nullable(),
  title: z.string().nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .meta({ description: "signing date (成文日期)" }),
  region: z.string().nullable(),
  cites: z.array(z.string()).meta({ description: "文号 of every other document mentioned, in order of first mention" }),
});
export type Meta = z.infer<typeof Meta>;

export const MetaEvidence = z.object({
  docNumber: Evidence.optional(),
  issuer: Evidence.optional(),
  title: Evidence.optional(),
  date: Evidence.optional(),
  region: Evidence.optional(),
  cites: z.array(Evidence),
});

/** A value the LLM assist proposed for a whole measure, grounded by its quote. */
export const MeasureTag = z.object({ value: z.string(), text: z.string(), span: Span, origin: z.literal("llm") });

/** What the LLM assist did for a measure, kept as data: an abstention is an answer. */
export const LlmNote = z.object({
  task: z.enum(["label", "fallback", "review"]),
  status: z.enum(["answered", "abstained", "rejected", "failed", "skipped"]),
  detail: z.string(),
});

export const Measure = z.object({
  id: z.string().meta({ description: "numbering labels joined with '.', as in FORMAT.md (二.一, 一.1, 附件.3)" }),
  labels: z.array(z.string()),
  title: z.string(),
  titleSpan: Span.nullable(),
  text: z.string().meta({ description: "normalised text of the measure" }),
  span: Span,
  amounts: z.array(Amount),
  periods: z.array(Period),
  units: z.array(Unit),
  instruments: z
    .array(MeasureTag)
    .optional()
    .meta({ description: "policy instruments (taxonomy ids), LLM assist only" }),
  targetGroups: z
    .array(MeasureTag)
    .optional()
    .meta({ description: "target groups (高校毕业生, 就业困难人员…), LLM assist only" }),
  llm: z.array(LlmNote).optional(),
});
export type Measure = z.infer<typeof Measure>;

export type Section = {
  label: string;
  id: string;
  title: string;
  span: Span;
  children: Section[];
};
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    label: z.string(),
    id: z.string(),
    title: z.string(),
    span: Span,
    children: z.array(Section),
  }),
);

export const PolicyDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().meta({ description: "stable id: first 16 hex of the source sha256" }),
  source: Source,
  kind: z.enum(["notice", "annual_report", "budget", "statistics", "interpretation"]).meta({
    description:
      "notice, or what the document is instead (from its title): its numbered headings are then not measures, unless extraction was forced (--as-notice)",
  }),
  meta: Meta,
  metaEvidence: MetaEvidence,
  sections: z.array(Section),
  measures: z.array(Measure),
  warnings: z.array(Diagnostic),
});
export type PolicyDocument = z.infer<typeof PolicyDocument>;
