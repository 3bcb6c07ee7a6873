/**
 * Checks on grounded findings, after a family has run: the same finding twice is kept once, a
 * number no reader can use is refused where it was found, and a value read from OCR text carries
 * the engine's confidence (with a warning where it is low).
 */
import type { Span } from "../schemas/index.ts";
import type { Report } from "../core/report.ts";

/** What the checks read of a finding. */
interface Grounded {
  text: string;
  span: Span;
  confidence?: number;
}

/** Ranges of OCR'd text in `source.text` with the engine's confidence. */
export type OcrConfidence = readonly { start: number; end: number; confidence: number }[];

/**
 * A number no reader can use (past 2^53, NaN, infinite: 999999999999999999亿元 from a garbled
 * table) is refused where it was found: the finding is dropped with a diagnostic at its place,
 * so no output ever holds an unsafe or non-finite number. Two findings with the same place and the
 * same values are one (distinct normalised stretches can map to one source span).
 */
export function keepSafe<T extends Grounded>(
  fs: T[],
  numbers: (f: T) => (number | [number, number])[],
  report: Report,
): T[] {
  const seen = new Set<string>();
  const unique = fs.filter((f) => {
    // the place and the values, not the text (which the place determines) nor nested labels
    const { text: _t, purpose: _p, ...rest } = f as T & { purpose?: unknown };
    const key = JSON.stringify(rest);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.filter((f) => {
    const ok = numbers(f)
      .flat()
      .every((n) => Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER);
    if (!ok) report("number_out_of_range", f.span, "finding/safe-number", { text: f.text });
    return ok;
  });
}

/** Numbers read from OCR text carry the lowest confidence of the text under them; under `min` they are flagged where they stand. */
export function tagOcrConfidence<T extends Grounded>(
  fs: T[],
  ocr: OcrConfidence | undefined,
  min: number,
  report: Report,
): T[] {
  if (!ocr) return fs;
  return fs.map((f) => {
    const overlapping = ocr.filter((c) => c.start < f.span.end && f.span.start < c.end);
    if (!overlapping.length) return f;
    const confidence = Math.min(...overlapping.map((c) => c.confidence));
    if (confidence < min)
      report("ocr_low_confidence", f.span, "ocr/confidence", { text: f.text, confidence: confidence.toFixed(2) });
    return { ...f, confidence: Math.round(confidence * 1000) / 1000 };
  });
}
