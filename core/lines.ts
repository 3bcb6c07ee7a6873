/** A non-empty line of a text, trimmed, with its `[start, end)` in that text. */
export interface TextLine {
  text: string;
  start: number;
  end: number;
}

/** The non-empty lines of `text` that start in `[from, to)`, trimmed, with their offsets. */
export function textLines(text: string, from = 0, to = text.length): TextLine[] {
  const out: TextLine[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ text: t, start: m.index + lead, end: m.index + lead + t.length });
  }
  return out;
}
