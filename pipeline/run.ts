import type { Amount, Diagnostic, Measure, Period, PolicyDocument, Section } from "../schemas/index.ts";
import { PolicyDocument as PolicyDocumentSchema, SCHEMA_VERSION } from "../schemas/index.ts";
import { makeGround, type DocContext, type ExtractContext, type NormalizedText } from "../extractors/context.ts";
import { keepSafe, tagOcrConfidence } from "../extractors/findings.ts";
import { reporter } from "../core/report.ts";
import { extractMeta } from "../extractors/meta/index.ts";
import { findUnitConventions, governmentForms } from "../extractors/units/index.ts";
import { defaultConfig, type Config } from "./config.ts";
import { ingest, type IngestInput } from "../read/ingest/index.ts";
import { normalize } from "../read/normalize.ts";
import { segment, type SegNode, type Segmented } from "../read/segment/index.ts";
import { nonNoticeKind } from "../read/kind.ts";
import type { OcrEngine } from "../read/ocr/index.ts";
import type { LlmSession } from "./llm/session.ts";
import { assistDocument } from "./llm/assist.ts";

type Ground = ReturnType<typeof makeGround>;

export interface ExtractOptions {
  config?: Config;
  /** OCR engine for scans and images; false turns OCR off (default: PaddleOCR, offline) */
  ocr?: OcrEngine | false;
  /** OCR confidence under which a measure's numbers get a warning (default 0.9) */
  minOcrConfidence?: number;
  /** the optional LLM assist (off unless given) */
  llm?: LlmSession;
  /** receives lazy debug lines (which rule matched, what a refiner removed) */
  debug?: (line: string) => void;
  /** read measures even from a document whose title says it is not a notice (an annual report, a budget) */
  asNotice?: boolean;
  /** limits on the input (defaults: 200 MB, 2000 PDF pages) */
  maxBytes?: number;
  maxPages?: number;
  /** rule ids turned off for this run, besides the config's (`extract --disable-rule ID`) */
  disabledRules?: readonly string[];
}

/** Level prefix of the issuer's own units: 塔城地区 → 地区, 平凉市 → 市, 新疆维吾尔自治区 → 自治区. */
function ownPrefix(region: string | null): string | undefined {
  return region?.match(/(自治区|地区|省|市|州|盟|县|区|旗)$/)?.[1];
}

function regionShort(region: string | null): string | undefined {
  if (!region) return undefined;
  const s = region.replace(/(?:维吾尔|壮族|回族)?自治区$|地区$|自治州$|市$|省$|县$|区$|盟$|州$|旗$/, "");
  return s.length >= 2 ? s : undefined;
}

const cleanTitle = (s: string) => s.replace(/\*\*|__|<[^>]+>/g, "").replace(/\s+/g, "");

/**
 * Reads one notice and returns its validated `PolicyDocument`: ingest → normalise → segment →
 * meta → each family of the config per measure → the optional LLM assist → validate.
 * Throws `ZhengceInputError` (typed, with a code) when the input cannot be read as a notice.
 */
export async function extractDocument(
  input: string | IngestInput,
  options: ExtractOptions = {},
): Promise<PolicyDocument> {
  const ing = await ingest(ingestInput(input, options));
  const messages: Diagnostic[] = [...ing.messages];
  const norm = normalize(ing.plain);
  const ground = makeGround(norm, ing.text, ing.pageStarts);
  // an annual report or a budget has numbered headings, not measures
  const notNotice = nonNoticeKind(norm.text);
  // labels as printed (第一條 in a traditional-script copy), so ids keep the document's own script
  const seg =
    notNotice && !options.asNotice
      ? segmentNothing(norm.text)
      : segment(norm.text, (start, end) => ground(start, end).text);
  const { meta, evidence } = extractMeta(norm, seg, ground);
  reportDocument({ notNotice, seg, meta, ground, messages, file: ing.path, asNotice: !!options.asNotice });

  const doc: DocContext = {
    source: ing.text,
    refDate: meta.date,
    unitConventions: findUnitConventions(norm.text, governmentForms(norm.text)),
    regionShort: regionShort(meta.region),
    dominantPrefix: ownPrefix(meta.region),
  };
  const run = measureRunner(norm, doc, ground, messages, ing, options);
  let measures = seg.measures.map(run);
  if (options.llm)
    measures = await assistDocument(
      measures,
      seg.measures.map((m) => m.range),
      options.llm,
      { path: ing.path, text: norm.text, source: ing.text, ground, messages },
    );

  const toSection = (n: SegNode): Section => ({
    label: n.labels[n.labels.length - 1] ?? n.id,
    id: n.id,
    title: n.title,
    span: ground(n.range.start, sectionEnd(n)).span,
    children: n.children.map(toSection),
  });
  return validate({
    schemaVersion: SCHEMA_VERSION,
    id: ing.sha256.slice(0, 16),
    kind: notNotice?.kind ?? "notice",
    source: sourceOf(ing),
    meta,
    metaEvidence: evidence,
    sections: seg.sections.map(toSection),
    measures,
    warnings: messages,
  });
}

const ingestInput = (input: string | IngestInput, options: ExtractOptions): IngestInput => ({
  ...(typeof input === "string" ? { path: input } : input),
  ...(options.ocr !== undefined ? { ocr: options.ocr } : {}),
  ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
});

type Ingested = Awaited<ReturnType<typeof ingest>>;

const sourceOf = (ing: Ingested): PolicyDocument["source"] => ({
  path: ing.path,
  format: ing.format,
  sha256: ing.sha256,
  encoding: ing.encoding,
  text: ing.text,
  ...(ing.pageStarts ? { pages: ing.pageStarts } : {}),
  ...(ing.boxes ? { boxes: ing.boxes } : {}),
  ...(ing.ocr ? { ocr: ing.ocr } : {}),
});

const NOT_NOTICE_WHAT = {
  annual_report: "an annual report",
  budget: "a budget or final accounts",
  statistics: "a statistics bulletin",
  interpretation: "a policy interpretation or press page",
} as const;

/** What the document as a whole says about itself: not a notice, no measures, a relabelled row, missing meta. */
function reportDocument(d: {
  notNotice: ReturnType<typeof nonNoticeKind>;
  seg: Segmented;
  meta: PolicyDocument["meta"];
  ground: Ground;
  messages: Diagnostic[];
  file: string;
  asNotice: boolean;
}): void {
  const report = reporter(d.messages, "extract", d.file);
  const { notNotice, seg, meta, ground } = d;
  if (notNotice) {
    const values = { what: NOT_NOTICE_WHAT[notNotice.kind], words: notNotice.words, asNotice: d.asNotice };
    report("not_a_notice", ground(notNotice.start, notNotice.end).span, "kind/title-words", values);
  } else if (!seg.measures.length) report("no_measures", undefined, "segment/measures");
  const segmentReport = reporter(d.messages, "segment", d.file);
  for (const m of seg.measures)
    if (m.relabelled)
      segmentReport(
        "numbering_gap",
        ground(m.range.start, m.range.end).span,
        "segment/table-row-number",
        { read: m.relabelled.read, used: m.relabelled.used, id: m.id },
        { actual: m.relabelled.read, expected: m.relabelled.used },
      );
  if (!meta.docNumber) report("missing_doc_number", undefined, "meta/doc-number");
  if (!meta.issuer) report("missing_issuer", undefined, "meta/issuer");
  if (!meta.title) report("missing_title", undefined, "meta/title");
  if (!meta.date) report("missing_date", undefined, "meta/date");
}

/** One measure through the config's families, its findings checked (safe numbers, OCR confidence). */
function measureRunner(
  norm: NormalizedText,
  doc: DocContext,
  ground: Ground,
  messages: Diagnostic[],
  ing: Ingested,
  options: ExtractOptions,
): (m: SegNode) => Measure {
  const config = options.config ?? defaultConfig;
  const filter = { disabled: new Set([...config.disabledRules, ...(options.disabledRules ?? [])]) };
  const report = reporter(messages, "extract", ing.path);
  const minConf = options.minOcrConfidence ?? 0.9;
  const checked = <T extends Amount | Period>(fs: T[], numbers: (f: T) => (number | [number, number])[]) =>
    tagOcrConfidence(keepSafe(fs, numbers, report), ing.ocr?.confidence, minConf, report);
  return (m) => {
    const ctx: ExtractContext = {
      doc,
      measure: m,
      messages,
      ground,
      debug: (make) => options.debug?.(`[${m.id}] ${make()}`),
    };
    const amounts = config.families.amounts.extract(norm, ctx, filter);
    const periods = config.families.periods.extract(norm, ctx, filter);
    const titleSpan = m.titleRange ? ground(m.titleRange.start, m.titleRange.end) : null;
    return {
      id: m.id,
      labels: m.labels,
      title: titleSpan ? cleanTitle(titleSpan.text) || m.title : m.title,
      titleSpan: titleSpan?.span ?? null,
      text: norm.text.slice(m.range.start, m.range.end),
      span: ground(m.range.start, m.range.end).span,
      amounts: checked(amounts, (a) => [a.value]),
      periods: checked(periods, (p) => (p.duration ? [p.duration.value] : [])),
      units: config.families.units.extract(norm, ctx, filter),
    };
  };
}

/** No tree: the whole text is head (a document that is not a notice). */
function segmentNothing(text: string): Segmented {
  return {
    sections: [],
    measures: [],
    body: null,
    head: { start: 0, end: text.length },
    tail: { start: text.length, end: text.length },
  };
}

function sectionEnd(n: SegNode): number {
  return n.children.length ? sectionEnd(n.children[n.children.length - 1]!) : n.range.end;
}

/** Validates with the zod schema; each issue becomes a diagnostic pointing at the finding's span. */
export function validate(doc: PolicyDocument): PolicyDocument {
  const r = PolicyDocumentSchema.safeParse(doc);
  if (r.success) return doc;
  const report = reporter(doc.warnings, "validate");
  for (const issue of r.error.issues) {
    let node: unknown = doc;
    let place: { start: number; end: number } | undefined;
    for (const k of issue.path) {
      node = (node as Record<PropertyKey, unknown>)?.[k as PropertyKey];
      const span = (node as { span?: { start: number; end: number } })?.span;
      if (span && typeof span.start === "number") place = { start: span.start, end: span.end };
    }
    report("schema_violation", place, "schema", { path: issue.path.join("."), why: issue.message });
  }
  return doc;
}
