/**
 * Reading order for CJK PDF pages from positioned text items: lines by baseline, characters
 * joined without spurious spaces, paragraphs by indent and line end, running headers, footers and
 * page numbers removed, paragraphs joined across page breaks, numbered tables rebuilt as rows.
 */

export interface TextItem {
  str: string;
  /** left x and baseline y in PDF units (y grows upwards) */
  x: number;
  y: number;
  width: number;
  size: number;
  /** OCR confidence of the item (absent for a text layer) */
  conf?: number;
}

export interface PageItems {
  items: TextItem[];
  width: number;
  height: number;
}

interface Chunk {
  text: string;
  x: number;
  right: number;
  conf?: number;
}

interface Line {
  page: number;
  y: number;
  size: number;
  x: number;
  right: number;
  chunks: Chunk[];
  /** the items as pdfjs gave them, before touching ones were merged (table cells sit close together) */
  raw: Chunk[];
  text: string;
}

const isLatinEdge = (a: string | undefined, b: string | undefined) =>
  !!a && !!b && /[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b);

// — 3 —, - 3 -, 第3页 共8页, 3/8, a bare number
const PAGE_NUMBER =
  /^(?:[—–\-－]\s*\d{1,3}\s*[—–\-－]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|\d{1,3})$/;

function toLines(page: PageItems, pageNo: number): Line[] {
  const items = page.items
    .filter((i) => i.str.length > 0 && i.str.trim().length > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of items) {
    const line = lines.find((l) => Math.abs(l.y - it.y) < Math.max(l.size, it.size) * 0.45);
    const chunk: Chunk = {
      text: it.str,
      x: it.x,
      right: it.x + it.width,
      ...(it.conf !== undefined ? { conf: it.conf } : {}),
    };
    if (line) {
      line.chunks.push(chunk);
      line.size = Math.max(line.size, it.size);
    } else lines.push({ page: pageNo, y: it.y, size: it.size, x: 0, right: 0, chunks: [chunk], raw: [], text: "" });
  }
  for (const l of lines) {
    l.chunks.sort((a, b) => a.x - b.x);
    l.raw = l.chunks.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text);
    // merge touching chunks; a wide gap stays a separate chunk (a table cell, a tab stop)
    const merged: Chunk[] = [];
    for (const c of l.chunks) {
      const prev = merged[merged.length - 1];
      const gap = prev ? c.x - prev.right : 0;
      if (prev && gap < l.size * 1.2) {
        const space = gap > l.size * 0.2 && isLatinEdge(prev.text.at(-1), c.text[0]) ? " " : "";
        prev.text += space + c.text;
        prev.right = Math.max(prev.right, c.right);
        if (c.conf !== undefined) prev.conf = Math.min(prev.conf ?? 1, c.conf);
      } else merged.push({ ...c });
    }
    // spaces a justified line put between CJK characters are layout, not text
    l.chunks = merged.map((c) => ({
      ...c,
      text: c.text
        .replace(/\s+$/, "")
        .replace(
          /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”\d])|(?<=\d)\s+(?=[\u3400-\u9fff])/g,
          "",
        ),
    }));
    l.x = l.chunks[0]!.x;
    l.right = Math.max(...l.chunks.map((c) => c.right));
    l.text = l.chunks.map((c) => c.text).join("\t");
  }
  return lines.sort((a, b) => b.y - a.y);
}

/** Lines that repeat at the same height on many pages, and page numbers, in the top and bottom bands. */
function dropRunning(pages: Line[][], heights: number[]): Line[][] {
  const band = (l: Line, h: number) => l.y > h * 0.9 || l.y < h * 0.1;
  const key = (l: Line) => `${Math.round(l.y / 4)}|${l.text.replace(/\d+/g, "#")}`;
  const counts = new Map<string, number>();
  pages.forEach((ls, p) => {
    for (const k of new Set(ls.filter((l) => band(l, heights[p]!)).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const running = new Set(
    [...counts].filter(([, n]) => pages.length >= 3 && n >= Math.max(2, pages.length * 0.5)).map(([k]) => k),
  );
  return pages.map((ls, p) =>
    ls.filter(
      (l) => !(band(l, heights[p]!) && (PAGE_NUMBER.test(l.text.replace(/\s+/g, " ").trim()) || running.has(key(l)))),
    ),
  );
}

const SENTENCE_END = /[。：；！？:;!?）)]$/;

export interface LaidOut {
  text: string;
  /** offset in text where each page starts */
  pageStarts: number[];
  /** ranges of text read by OCR, with the lowest confidence of their items */
  confidence: { start: number; end: number; confidence: number }[];
  /** where each line (a table row: its cells' union) stands on its page, in PDF units from the lower left */
  boxes: { start: number; end: number; page: number; box: [number, number, number, number] }[];
}

const minConf = (cs: Chunk[]) =>
  cs.reduce<number | undefined>((m, c) => (c.conf === undefined ? m : Math.min(m ?? 1, c.conf)), undefined);

/** Left edges of the cells of a table: item starts shared by several lines of its body. */
function tableColumns(body: Line[], size: number): number[] {
  const cols: { x: number; n: number }[] = [];
  // only items that start a cell line: the first on the line, or one after a gap (not a run split mid-text)
  const starts = body.flatMap((l) =>
    l.raw.filter((c, i) => i === 0 || c.x - l.raw[i - 1]!.right > size * 0.25).map((c) => c.x),
  );
  for (const x of starts.sort((a, b) => a - b)) {
    const c = cols.find((k) => Math.abs(k.x - x) < size * 0.6);
    if (c) c.n++;
    else cols.push({ x, n: 1 });
  }
  const most = Math.max(...cols.map((c) => c.n));
  return cols
    .filter((c) => c.n >= Math.max(3, most * 0.1))
    .map((c) => c.x)
    .sort((a, b) => a - b);
}

const columnOf = (cols: number[], x: number, size: number) => {
  let ci = cols.length - 1;
  while (ci > 0 && x < cols[ci]! - size * 0.6) ci--;
  return ci;
};

/**
 * A numbered table (序号 | 重点任务 | 具体措施 | 责任单位) whose cells wrap over several lines and
 * whose header repeats on every page: rows rebuilt from the cell columns, one line per row.
 */
function readTable(
  lines: Line[],
  start: number,
): {
  rows: string[];
  conf: (number | undefined)[];
  rowBoxes: ({ page: number; box: [number, number, number, number] } | undefined)[];
  end: number;
} {
  const head = lines[start]!;
  let firstBody = start + 1;
  while (
    firstBody < lines.length &&
    lines[firstBody]!.raw.every((c) => c.text.length <= 4) &&
    !/^\d{1,3}$/.test(lines[firstBody]!.raw[0]?.text ?? "")
  )
    firstBody++;
  // the table's font size: the median over its first lines (an OCR box's height varies with its characters)
  const sizes = lines
    .slice(firstBody, firstBody + 12)
    .map((l) => l.size)
    .sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? head.size;
  // OCR box heights vary with the characters in them; a text layer's sizes are exact
  // (OCR box heights also differ from page to page: only a large change ends an OCR'd table)
  const tolerance = lines[firstBody]?.chunks.some((c) => c.conf !== undefined) ? 0.6 : 0.15;
  let end = firstBody;
  while (
    end < lines.length &&
    Math.abs(lines[end]!.size - size) < size * tolerance &&
    !(lines[end]!.page === lines[end - 1]!.page && lines[end - 1]!.y - lines[end]!.y > size * 3.2)
  )
    end++;
  const region = lines.slice(start, end);
  const isHeadStart = (l: Line) => /^序/.test(l.raw[0]?.text ?? "") && l.raw.length >= 3;
  const cols = tableColumns(
    lines.slice(firstBody, end).filter((l) => !isHeadStart(l)),
    size,
  );
  if (cols.length < 2) return { rows: [], conf: [], rowBoxes: [], end: start };
  const header = cols.map(() => "");
  const rows: string[][] = [];
  const rowConf: (number | undefined)[] = [];
  const rowBoxes: ({ page: number; box: [number, number, number, number] } | undefined)[] = [];
  let inHeader = false;
  let headerDone = false;
  for (const l of region) {
    if (isHeadStart(l)) inHeader = true;
    else if (inHeader && !(l.raw.every((c) => c.text.length <= 4) && !/^\d{1,3}$/.test(l.raw[0]?.text ?? "")))
      inHeader = false;
    if (inHeader) {
      if (!headerDone) for (const c of l.raw) header[columnOf(cols, (c.x + c.right) / 2, size)] += c.text;
      continue;
    }
    headerDone = true;
    for (const c of l.raw) {
      const ci = columnOf(cols, c.x, size);
      if (ci === 0 && /^\d{1,3}$/.test(c.text)) {
        rows.push(cols.map(() => ""));
        rowConf.push(undefined);
        rowBoxes.push({ page: l.page, box: [c.x, l.y - l.size * 0.2, c.right, l.y + l.size * 0.9] });
      }
      const row = rows[rows.length - 1];
      if (row) row[ci] += c.text;
      if (row && c.conf !== undefined) rowConf[rowConf.length - 1] = Math.min(rowConf[rowConf.length - 1] ?? 1, c.conf);
      const rb = rowBoxes[rowBoxes.length - 1];
      if (row && rb && rb.page === l.page)
        rb.box = [
          Math.min(rb.box[0], c.x),
          Math.min(rb.box[1], l.y - l.size * 0.2),
          Math.max(rb.box[2], c.right),
          Math.max(rb.box[3], l.y + l.size * 0.9),
        ];
    }
  }
  return {
    rows: [header.join("\t"), ...rows.map((r) => r.join("\t"))],
    conf: [undefined, ...rowConf],
    rowBoxes: [undefined, ...rowBoxes],
    end,
  };
}

export function layout(pagesIn: PageItems[]): LaidOut {
  const perPage = dropRunning(
    pagesIn.map((p, i) => toLines(p, i + 1)),
    pagesIn.map((p) => p.height),
  );
  const lines = perPage.flat();
  const margin = (() => {
    const xs = lines.map((l) => Math.round(l.x));
    const freq = new Map<number, number>();
    for (const x of xs) freq.set(x, (freq.get(x) ?? 0) + 1);
    return Math.min(...[...freq].filter(([, n]) => n >= Math.max(2, xs.length * 0.05)).map(([x]) => x), Infinity);
  })();
  // the text block's right edge: a high percentile, so one stray OCR box does not make every line "short"
  const rightEdge = (() => {
    const rs = lines.map((l) => l.right).sort((a, b) => a - b);
    return rs[Math.floor(rs.length * 0.9)] ?? 0;
  })();
  const bodySize = (() => {
    const freq = new Map<number, number>();
    for (const l of lines) freq.set(Math.round(l.size), (freq.get(Math.round(l.size)) ?? 0) + l.text.length);
    return [...freq].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  })();

  let text = "";
  const pageStarts: number[] = [];
  const confidence: LaidOut["confidence"] = [];
  let para = "";
  let pending: { s: number; e: number; c: number }[] = [];
  const boxes: LaidOut["boxes"] = [];
  let pendingBoxes: { s: number; e: number; page: number; box: [number, number, number, number] }[] = [];
  const boxOf = (l: Line): [number, number, number, number] => [l.x, l.y - l.size * 0.2, l.right, l.y + l.size * 0.9];
  let prev: Line | undefined;
  const flush = () => {
    if (para) {
      text += text ? "\n\n" : "";
      for (const p of pending) confidence.push({ start: text.length + p.s, end: text.length + p.e, confidence: p.c });
      for (const b of pendingBoxes)
        boxes.push({ start: text.length + b.s, end: text.length + b.e, page: b.page, box: b.box });
      text += para;
    }
    para = "";
    pending = [];
    pendingBoxes = [];
  };
  const markPage = (p: number) => {
    // where the next character will land: after the paragraph being built (a page break inside it)
    while (pageStarts.length < p) pageStarts.push(text.length + (text ? 2 : 0) + para.length);
  };

  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    // a numbered table: 序号 | 重点任务 | 具体措施 | 责任单位, rows rebuilt from cell columns
    if (/^序/.test(l.raw[0]?.text ?? "") && l.raw.length >= 3) {
      const t = readTable(lines, k);
      if (t.rows.length > 1) {
        flush();
        markPage(l.page);
        text += text ? "\n\n" : "";
        t.rows.forEach((r, ri) => {
          const rb0 = t.rowBoxes[ri];
          if (rb0) while (pageStarts.length < rb0.page) pageStarts.push(text.length); // a row that starts a new page
          const c = t.conf[ri];
          if (c !== undefined) confidence.push({ start: text.length, end: text.length + r.length, confidence: c });
          const rb = t.rowBoxes[ri];
          if (rb) boxes.push({ start: text.length, end: text.length + r.length, page: rb.page, box: rb.box });
          text += r + (ri + 1 < t.rows.length ? "\n" : "");
        });
        for (let j = k; j < t.end; j++) markPage(lines[j]!.page); // pages the table ends on
        k = t.end - 1;
        prev = undefined;
        continue;
      }
    }
    const indented = l.x > margin + l.size * 0.9;
    const centred = l.x > margin + l.size * 2 && Math.abs(l.x - margin - (rightEdge - l.right)) < l.size * 2;
    const prevCentred =
      !!prev && prev.x > margin + prev.size * 2 && Math.abs(prev.x - margin - (rightEdge - prev.right)) < prev.size * 2;
    // a title or red head in a large font wrapped over two lines
    const titleWrap =
      !!prev &&
      (centred || prevCentred) &&
      l.size > bodySize * 1.15 &&
      Math.abs(prev.size - l.size) < 0.5 &&
      prev.page === l.page &&
      prev.y - l.y < l.size * 2.2;
    const newPara =
      !prev ||
      (!titleWrap && (indented || centred)) ||
      Math.abs(prev.size - l.size) > l.size * (l.chunks.some((c) => c.conf !== undefined) ? 0.45 : 0.15) || // OCR box heights vary
      prev.right < rightEdge - prev.size * 1.5 || // the line before ended short
      (prev.page === l.page && prev.y - l.y > Math.max(prev.size, l.size) * 2.6) ||
      (prev.page !== l.page && SENTENCE_END.test(prev.text));
    if (newPara) flush();
    markPage(l.page);
    para += para && isLatinEdge(para.at(-1), l.text[0]) ? " " : "";
    const lc = minConf(l.chunks);
    if (lc !== undefined) pending.push({ s: para.length, e: para.length + l.text.length, c: lc });
    pendingBoxes.push({ s: para.length, e: para.length + l.text.length, page: l.page, box: boxOf(l) });
    para += l.text.replace(/\t/g, " ");
    prev = l;
  }
  flush();
  while (pageStarts.length < pagesIn.length) pageStarts.push(text.length);
  return { text, pageStarts, confidence, boxes };
}
