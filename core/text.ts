/**
 * Offset maps between a derived string and the text it was derived from.
 * Every stage that changes lengths (Markdown stripping, OCR-space removal, page-break joins)
 * builds its output with a `TextBuilder`, so any `[start, end)` in the output maps back
 * to `[start, end)` in `source.text`. Length-preserving folds need no map entry.
 */

export interface Piece {
  outStart: number;
  outEnd: number;
  origStart: number;
  origEnd: number;
  /** copied verbatim (offsets map one-for-one) or replaced (ends map to the ends of the original range) */
  copy: boolean;
}

export interface SpanLike {
  start: number;
  end: number;
}

export class OffsetMap {
  constructor(
    private readonly pieces: readonly Piece[],
    private readonly parent?: OffsetMap,
  ) {}

  static identity(length: number): OffsetMap {
    return new OffsetMap([{ outStart: 0, outEnd: length, origStart: 0, origEnd: length, copy: true }]);
  }

  /** Chains maps (not named `then`: that would make a map thenable): this maps C→B, `outer` maps B→A; the result maps C→A. */
  andThen(outer: OffsetMap): OffsetMap {
    return new OffsetMap(this.pieces, this.parent ? this.parent.andThen(outer) : outer);
  }

  private find(offset: number): Piece | undefined {
    const ps = this.pieces;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = ps[mid]!;
      if (offset < p.outStart) hi = mid - 1;
      else if (offset >= p.outEnd) lo = mid + 1;
      else return p;
    }
    return undefined;
  }

  private localStart(offset: number): number {
    const p = this.find(offset);
    if (!p) {
      const last = this.pieces[this.pieces.length - 1];
      return last ? last.origEnd : 0;
    }
    return p.copy ? p.origStart + (offset - p.outStart) : p.origStart;
  }

  private localEnd(offset: number): number {
    if (offset === 0) return this.localStart(0);
    const p = this.find(offset - 1);
    if (!p) return this.localStart(offset);
    return p.copy ? p.origStart + (offset - p.outStart) : p.origEnd;
  }

  /** Maps a half-open span of the derived text to a half-open span of the original. */
  span(start: number, end: number): SpanLike {
    let s = this.localStart(start);
    let e = end > start ? this.localEnd(end) : s;
    if (this.parent) {
      const r = this.parent.span(s, e);
      s = r.start;
      e = r.end;
    }
    return { start: s, end: Math.max(s, e) };
  }

  offset(offset: number): number {
    return this.span(offset, offset).start;
  }
}

/** Builds a derived string piece by piece while recording where each piece came from. */
export class TextBuilder {
  private out = "";
  private readonly pieces: Piece[] = [];

  constructor(private readonly original: string) {}

  get length(): number {
    return this.out.length;
  }

  get text(): string {
    return this.out;
  }

  copy(origStart: number, origEnd: number): this {
    if (origEnd <= origStart) return this;
    const last = this.pieces[this.pieces.length - 1];
    const outStart = this.out.length;
    this.out += this.original.slice(origStart, origEnd);
    if (last?.copy && last.origEnd === origStart && last.outEnd === outStart) {
      last.outEnd = this.out.length;
      last.origEnd = origEnd;
    } else {
      this.pieces.push({ outStart, outEnd: this.out.length, origStart, origEnd, copy: true });
    }
    return this;
  }

  /** Emits `text` standing for original[origStart, origEnd) (which may be empty: an insertion). */
  replace(origStart: number, origEnd: number, text: string): this {
    if (text.length === 0) return this;
    const outStart = this.out.length;
    this.out += text;
    this.pieces.push({ outStart, outEnd: this.out.length, origStart, origEnd, copy: false });
    return this;
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.out, map: new OffsetMap(this.pieces.slice()) };
  }
}

/** A derived string with its map back to `source.text`. */
export interface MappedText {
  text: string;
  map: OffsetMap;
}
