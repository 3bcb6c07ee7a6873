import type { Diagnostic, Measure, PolicyDocument, Section } from "../schemas/index.ts";
import { PolicyDocument as PolicyDocumentSchema, SCHEMA_VERSION } from "../schemas/index.ts";
import { makeGround, type DocContext, type ExtractContext } from "../extractors/context.ts";
import { extractMeta } from "../extractors/meta/index.ts";
import { findUnitConventions, governmentForms } from "../extractors/units/index.ts";
import { defaultConfig, type Config } from "./config.ts";
import { ingest, type IngestInput } from "../read/ingest/index.ts";
import { normalize } from "../read/normalize.ts";
import { segment, type SegNode, type Segmented } from "../read/segment/index.ts";
import { nonNoticeKind } from "../read/kind.ts";
import type { OcrEngine } from "../read/ocr/index.ts";
import type { LlmSession } from "./llm/session.ts";
import { assistMeasure } from "./llm/assist.ts";

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
 * Reads one notice and returns its validated `PolicyDocument`.
 * Throws `ZhengceInputError` (typed, with a code) when the input cannot be read as a notice.
 */
export async function extractDocument(
  input: string | IngestInput,
  options: ExtractOptions = {},
): Promise<PolicyDocument> {
  const config = options.config ?? defaultConfig;
  const debug = options.debug;
  const ing = await ingest({
    ...(typeof input === "string" ? { path: input } : input),
    ...(options.ocr !== undefined ? { ocr: options.ocr } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
  });
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

  const warn = (code: Diagnostic["code"], reason: string, severity: Diagnostic["severity"] = "warning") =>
    messages.push({ code, reason, source: "extract", severity, file: ing.path });
  if (notNotice) {
    const what = {
      annual_report: "an annual report",
      budget: "a budget or final accounts",
      statistics: "a statistics bulletin",
      interpretation: "a policy interpretation or press page",
    }[notNotice.kind];
    messages.push({
      code: "not_a_notice",
      reason: `the title says this is ${what} (“${notNotice.words}”), not a notice: ${options.asNotice ? "measures read anyway (--as-notice)" : "its numbered headings are not read as measures (--as-notice reads them)"}`,
      source: "extract",
      severity: "warning",
      file: ing.path,
      place: ground(notNotice.start, notNotice.end).span,
    });
  } else if (!seg.measures.length) warn("no_measures", "no numbered items found: the notice has no measures");
  for (const m of seg.measures) {
    if (m.relabelled)
      messages.push({
        code: "numbering_gap",
        reason: `table row numbered ${m.relabelled.read} stands where the sequence has ${m.relabelled.used}: labelled ${m.id} (an OCR misreading?)`,
        source: "segment",
        severity: "warning",
        file: ing.path,
        place: ground(m.range.start, m.range.end).span,
        actual: m.relabelled.read,
        expected: m.relabelled.used,
      });
  }
  if (!meta.docNumber) warn("missing_doc_number", "no 文号 found in the head of the notice", "info");
  if (!meta.issuer) warn("missing_issuer", "no issuing organ found");
  if (!meta.title) warn("missing_title", "no title line (关于…的通知/意见/方案) found");
  if (!meta.date) warn("missing_date", "no signing date found");

  const doc: DocContext = {
    source: ing.text,
    refDate: meta.date,
    unitConventions: findUnitConventions(norm.text, governmentForms(norm.text)),
    regionShort: regionShort(meta.region),
    dominantPrefix: ownPrefix(meta.region),
  };

  // numbers read from low-confidence OCR text are flagged where they stand
  const minConf = options.minOcrConfidence ?? 0.9;
  const withConfidence = <T extends { text: string; span: { start: number; end: number }; confidence?: number }>(
    fs: T[],
  ): T[] => {
    if (!ing.ocr) return fs;
    return fs.map((f) => {
      const overlapping = ing.ocr!.confidence.filter((c) => c.start < f.span.end && f.span.start < c.end);
      if (!overlapping.length) return f;
      const confidence = Math.min(...overlapping.map((c) => c.confidence));
      if (confidence < minConf)
        messages.push({
          code: "ocr_low_confidence",
          reason: `“${f.text}” was read from OCR text with confidence ${confidence.toFixed(2)}: check it against the scan`,
          source: "extract",
          severity: "warning",
          file: ing.path,
          place: f.span,
        });
      return { ...f, confidence: Math.round(confidence * 1000) / 1000 };
    });
  };

  const disabled = new Set([...config.disabledRules, ...(options.disabledRules ?? [])]);
  const measures: Measure[] = seg.measures.map((m) => {
    const ctx: ExtractContext = {
      doc,
      measure: m,
      messages,
      ground,
      debug: (make) => debug?.(`[${m.id}] ${make()}`),
    };
    const g = ground(m.range.start, m.range.end);
    const filter = { disabled };
    const amounts = config.families.amounts.extract(norm, ctx, filter);
    const periods = config.families.periods.extract(norm, ctx, filter);
    const titleSpan = m.titleRange ? ground(m.titleRange.start, m.titleRange.end) : null;
    return {
      id: m.id,
      labels: m.labels,
      title: titleSpan ? cleanTitle(titleSpan.text) || m.title : m.title,
      titleSpan: titleSpan?.span ?? null,
      text: norm.text.slice(m.range.start, m.range.end),
      span: g.span,
      amounts: withConfidence(sane(amounts, (a) => [a.value], messages, ing.path)),
      periods: withConfidence(sane(periods, (p) => (p.duration ? [p.duration.value] : []), messages, ing.path)),
      units: config.families.units.extract(norm, ctx, filter),
    };
  });

  // the LLM assist, after the rules; an endpoint that keeps failing is given up for this document
  let measuresOut: Measure[] = measures;
  if (options.llm) {
    measuresOut = [];
    let failures = 0;
    for (const [k, m] of measures.entries()) {
      if (failures >= 3) {
        measuresOut.push({
          ...m,
          llm: [{ task: "label", status: "skipped", detail: "the endpoint failed three times in a row" }],
        });
        continue;
      }
      const seg0 = seg.measures[k]!;
      const r = await assistMeasure(
        m,
        options.llm,
        { doc: ing.path, text: norm.text, range: seg0.range, ground, messages, file: ing.path },
        ing.text,
      );
      failures = r.llm?.some((n) => n.status === "failed") ? failures + 1 : 0;
      measuresOut.push(r);
    }
    if (failures >= 3 || measuresOut.some((m) => m.llm?.some((n) => n.status === "failed"))) {
      const reasons = [
        ...new Set(measuresOut.flatMap((m) => (m.llm ?? []).filter((n) => n.status === "failed").map((n) => n.detail))),
      ];
      messages.push({
        code: "llm_unavailable",
        reason: `the LLM endpoint failed (${reasons.slice(0, 2).join("; ")}); the rules' results stand`,
        source: "llm",
        severity: "warning",
        file: ing.path,
      });
    }
    if (measuresOut.some((m) => m.llm?.some((n) => n.status === "skipped" && /budget/.test(n.detail)))) {
      messages.push({
        code: "llm_budget_exhausted",
        reason: "the LLM token budget ran out; later measures have the rules' results only",
        source: "llm",
        severity: "warning",
        file: ing.path,
      });
    }
  }

  const toSection = (n: SegNode): Section => ({
    label: n.labels[n.labels.length - 1] ?? n.id,
    id: n.id,
    title: n.title,
    span: ground(n.range.start, sectionEnd(n)).span,
    children: n.children.map(toSection),
  });

  const out: PolicyDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: ing.sha256.slice(0, 16),
    kind: notNotice?.kind ?? "notice",
    source: {
      path: ing.path,
      format: ing.format,
      sha256: ing.sha256,
      encoding: ing.encoding,
      text: ing.text,
      ...(ing.pageStarts ? { pages: ing.pageStarts } : {}),
      ...(ing.boxes ? { boxes: ing.boxes } : {}),
      ...(ing.ocr ? { ocr: ing.ocr } : {}),
    },
    meta,
    metaEvidence: evidence,
    sections: seg.sections.map(toSection),
    measures: measuresOut,
    warnings: messages,
  };
  return validate(out);
}

/**
 * A number no reader can use (past 2^53, NaN, infinite: 999999999999999999亿元 from a garbled
 * table) is refused where it was found: the finding is dropped with a diagnostic at its place,
 * so no output ever holds an unsafe or non-finite number.
 */
function sane<T extends { text: string; span: { start: number; end: number } }>(
  fs: T[],
  numbers: (f: T) => (number | [number, number])[],
  messages: Diagnostic[],
  file: string,
): T[] {
  // two findings with the same place and the same values are one (distinct normalised stretches can map to one source span)
  const seen = new Set<string>();
  fs = fs.filter((f) => {
    // the place and the values, not the text (which the place determines) nor nested labels
    const { text: _t, purpose: _p, ...rest } = f as T & { purpose?: unknown };
    const key = JSON.stringify(rest);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return fs.filter((f) => {
    const ok = numbers(f)
      .flat()
      .every((n) => Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER);
    if (!ok)
      messages.push({
        code: "number_out_of_range",
        reason: `“${f.text}” gives a number outside the safe range (beyond 2^53 or not finite): not kept`,
        source: "extract",
        severity: "warning",
        file,
        place: f.span,
      });
    return ok;
  });
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
  for (const issue of r.error.issues) {
    let node: unknown = doc;
    let place: { start: number; end: number } | undefined;
    for (const k of issue.path) {
      node = (node as Record<PropertyKey, unknown>)?.[k as PropertyKey];
      const span = (node as { span?: { start: number; end: number } })?.span;
      if (span && typeof span.start === "number") place = { start: span.start, end: span.end };
    }
    doc.warnings.push({
      code: "schema_violation",
      reason: `${issue.path.join(".")}: ${issue.message}`,
      source: "validate",
      severity: "error",
      ...(place ? { place } : {}),
    });
  }
  return doc;
}
