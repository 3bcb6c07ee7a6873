import type { Diagnostic, Span } from "../schemas/index.ts";
import type { SegNode } from "../read/segment/index.ts";
import type { MappedText } from "../core/text.ts";

/** A unit-assigning rule the document states once for what follows (下同). */
export interface UnitConvention {
  kind: "lead-first" | "implementing";
  /** normalised-text offset from which it applies */
  from: number;
  name?: string;
  /** normalised offsets of the name's printed form (the bracketed form may stand elsewhere in the document) */
  nameAt?: { start: number; end: number };
  /** where it was stated */
  start: number;
  end: number;
  rule: string;
}

/** The normalised text of a document with its map back to `source.text`. */
export type NormalizedText = MappedText;

/** What an extractor knows about the whole document. */
export interface DocContext {
  /** source.text: every span points into it */
  source: string;
  /** ISO signing date, the reference for inferred years and relative idioms */
  refDate: string | null;
  unitConventions: UnitConvention[];
  /** 塔城 for 塔城地区: bodies starting with it keep their own name */
  regionShort?: string;
  /** the level prefix most units of the document carry (地区, 市, 自治区) */
  dominantPrefix?: string;
}

export interface ExtractContext {
  doc: DocContext;
  measure: SegNode;
  messages: Diagnostic[];
  /** normalised [start, end) → grounded text and span in source.text */
  ground(start: number, end: number): { text: string; span: Span };
  debug(make: () => string): void;
}

export function makeGround(norm: NormalizedText, source: string, pageStarts?: number[]) {
  return (start: number, end: number): { text: string; span: Span } => {
    const s = norm.map.span(start, end);
    const span: Span = { start: s.start, end: s.end };
    if (pageStarts?.length) {
      let page = 1;
      for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i]! <= s.start) page = i + 1;
      span.page = page;
    }
    return { text: source.slice(s.start, s.end), span };
  };
}
