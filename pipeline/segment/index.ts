import { matchMarker, type MarkerType } from "./markers.ts";
import { textLines, type TextLine } from "../lines.ts";
import { DATE_ONLY_LINE } from "../../extractors/lexicon/dates.ts";

/** A range in the normalised text; mapped to `source.text` when the document is built. */
export interface Range {
  start: number;
  end: number;
}

export interface TableInfo {
  columns: string[];
  cells: Range[];
  unitColumns: number[];
}

export interface SegNode {
  id: string;
  labels: string[];
  type: MarkerType | "table-row";
  title: string;
  titleRange: Range | null;
  /** the item's own text: from its marker to the next marker */
  range: Range;
  children: SegNode[];
  table?: TableInfo;
  /** a row number that broke its table's sequence (an OCR misreading): what was read and the label used */
  relabelled?: { read: string; used: string };
}

export interface Segmented {
  sections: SegNode[];
  measures: SegNode[];
  /** where the numbered body starts and ends */
  body: Range | null;
  /** text before the body: red head, number, title, addressees, preamble */
  head: Range;
  /** text after the body: signature, attachments, 抄送/印发 */
  tail: Range;
}

type Line = TextLine;

/** A line that closes the numbered body: signature date, 抄送/印发 block, attachment list, page chrome. */
const CLOSING_LINE = /^(?:抄送|印发|主送|附件[:：\d一二三四五六七八九十\s]|附件$|（此件|此件|上一(?:条|篇)|下一(?:条|篇)|关闭窗口|打印本页)/;
const ORG_LINE = /^[\u4e00-\u9fff（）]{3,40}(?:政府|办公室|办公厅|委员会|局|厅|部|署|会|院|公署|管委会|组)$/;
const TABLE_ROW = /^(?<n>\d{1,3})\t/;
const ATTACHMENT_HEAD = /^附件\s*(?<n>\d*)$/;

const TITLE_END = /[。！？]/;
const TITLE_TRAILING = /[。；;：:，,、\s]+$/;

function titleOf(lineText: string, markerLength: number, lineStart: number): { title: string; range: Range } {
  const after = lineText.slice(markerLength);
  const m = after.match(TITLE_END);
  let t = m ? after.slice(0, m.index) : after;
  t = t.replace(TITLE_TRAILING, "");
  const start = lineStart + markerLength;
  return { title: t.replace(/\s+/g, ""), range: { start, end: start + t.length } };
}

/** The numbering tree of the body, the rows of numbered attachment tables, and the leaves as measures. */
export function segment(text: string): Segmented {
  const all = textLines(text);
  const firstMarker = all.findIndex((l) => matchMarker(l.text) !== undefined && !TABLE_ROW.test(l.text));
  const sections: SegNode[] = [];
  if (firstMarker < 0) {
    attachmentTables(all, 0, sections);
    return { sections, measures: leaves(sections), body: null, head: { start: 0, end: text.length }, tail: { start: text.length, end: text.length } };
  }
  // where the body ends
  let bodyEndLine = all.length;
  for (let k = firstMarker + 1; k < all.length; k++) {
    const t = all[k]!.text;
    if (CLOSING_LINE.test(t) || TABLE_ROW.test(t) || ATTACHMENT_HEAD.test(t)) {
      bodyEndLine = k;
      break;
    }
    if (DATE_ONLY_LINE.test(t)) {
      bodyEndLine = k > firstMarker + 1 && ORG_LINE.test(all[k - 1]!.text) ? k - 1 : k;
      break;
    }
  }

  type Open = { node: SegNode; type: MarkerType; value: number };
  const stack: Open[] = [];
  const lastSeen = new Map<MarkerType, number>();
  const flat: { node: SegNode; lineIndex: number }[] = [];

  for (let k = firstMarker; k < bodyEndLine; k++) {
    const line = all[k]!;
    const mk = matchMarker(line.text);
    if (!mk) continue;
    const at = stack.findIndex((o) => o.type === mk.type);
    let accept: boolean;
    if (at >= 0) accept = mk.value === stack[at]!.value + 1;
    else accept = stack.length === 0 || mk.value === 1 || mk.value === (lastSeen.get(mk.type) ?? 0) + 1;
    if (!accept) continue; // e.g. a wrapped line that happens to start with "2."
    if (at >= 0) stack.length = at;
    const parent = stack[stack.length - 1]?.node;
    const labels = [...(parent?.labels ?? []), mk.label];
    const { title, range: titleRange } = titleOf(line.text, mk.length, line.start);
    const node: SegNode = { id: labels.join("."), labels, type: mk.type, title, titleRange, range: { start: line.start, end: line.end }, children: [] };
    (parent ? parent.children : sections).push(node);
    stack.push({ node, type: mk.type, value: mk.value });
    lastSeen.set(mk.type, mk.value);
    flat.push({ node, lineIndex: k });
  }
  // each item's own text runs to the next item's marker (or the end of the body)
  for (let i = 0; i < flat.length; i++) {
    const endLine = i + 1 < flat.length ? flat[i + 1]!.lineIndex : bodyEndLine;
    flat[i]!.node.range.end = all[endLine - 1]!.end;
  }
  const body = { start: all[firstMarker]!.start, end: all[bodyEndLine - 1]!.end };
  const tailStart = bodyEndLine < all.length ? all[bodyEndLine]!.start : text.length;
  attachmentTables(all, bodyEndLine, sections);
  return { sections, measures: leaves(sections), body, head: { start: 0, end: body.start }, tail: { start: tailStart, end: text.length } };
}

function leaves(nodes: SegNode[]): SegNode[] {
  return nodes.flatMap((n) => (n.children.length ? leaves(n.children) : [n]));
}

const TITLE_COLUMN = /^(?:重点任务|主要任务|工作任务|任务|任务内容|工作内容|项目|政策名称|事项|措施|主要措施)$/;
const UNIT_COLUMN = /^(?:责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门|参与单位|协办单位)$/;

/** Numbered rows of attachment tables (序号 | 重点任务 | 具体措施 | 责任单位) become measures 附件.N. */
function attachmentTables(all: Line[], from: number, sections: SegNode[]): void {
  const rows: SegNode[] = [];
  let columns: string[] = [];
  let attachmentNo = "";
  for (let k = from; k < all.length; k++) {
    const line = all[k]!;
    const head = line.text.match(ATTACHMENT_HEAD);
    if (head) {
      attachmentNo = head.groups!.n ?? "";
      continue;
    }
    if (line.text.includes("\t") && /序号/.test(line.text)) {
      columns = line.text.split("\t").map((c) => c.replace(/\s+/g, ""));
      continue;
    }
    const row = line.text.match(TABLE_ROW);
    if (!row) continue;
    const cellTexts = line.text.split("\t");
    const cells: Range[] = [];
    let pos = line.start;
    for (const c of cellTexts) {
      cells.push({ start: pos, end: pos + c.length });
      pos += c.length + 1;
    }
    const cols = columns.length === cells.length ? columns : cellTexts.map((_, i) => (i === 0 ? "序号" : i === 1 ? "重点任务" : i === cellTexts.length - 1 && cellTexts.length > 2 ? "责任单位" : "内容"));
    let ti = cols.findIndex((c) => TITLE_COLUMN.test(c));
    if (ti < 0) ti = Math.min(1, cells.length - 1);
    const titleCell = cells[ti]!;
    const rawTitle = line.text.slice(titleCell.start - line.start, titleCell.end - line.start);
    const title = rawTitle.replace(TITLE_TRAILING, "").replace(/\s+/g, "");
    const prefix = attachmentNo ? `附件${attachmentNo}` : "附件";
    const label = row.groups!.n!;
    rows.push({
      id: `${prefix}.${label}`,
      labels: [prefix, label],
      type: "table-row",
      title,
      titleRange: { start: titleCell.start, end: titleCell.start + rawTitle.replace(TITLE_TRAILING, "").length },
      range: { start: line.start, end: line.end },
      children: [],
      table: { columns: cols, cells, unitColumns: cols.flatMap((c, i) => (UNIT_COLUMN.test(c) ? [i] : [])) },
    });
  }
  if (!rows.length) return;
  // one attachment table is 附件.N (FORMAT.md) even when its heading says 附件1; several keep their numbers
  const prefixes = new Set(rows.map((r) => r.labels[0]));
  if (prefixes.size === 1)
    for (const r of rows) {
      r.labels = ["附件", r.labels[1]!];
      r.id = r.labels.join(".");
    }
  // 序号 run 1, 2, 3 …: a number that breaks the run where both neighbours agree (OCR read 7 for 1)
  // gets the label the sequence gives, and says so; the text keeps what was read
  rows.forEach((r, i) => {
    const n = Number(r.labels[1]);
    const prev = i > 0 ? Number(rows[i - 1]!.labels[1]) : 0;
    const next = i + 1 < rows.length ? Number(rows[i + 1]!.labels[1]) : undefined;
    if (n !== prev + 1 && next === prev + 2) {
      const used = String(prev + 1);
      r.relabelled = { read: r.labels[1]!, used };
      r.labels = [r.labels[0]!, used];
      r.id = r.labels.join(".");
    }
  });
  sections.push({ id: "附件", labels: ["附件"], type: "table-row", title: "附件", titleRange: null, range: { start: rows[0]!.range.start, end: rows[rows.length - 1]!.range.end }, children: rows });
}
