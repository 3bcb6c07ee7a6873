import { matchMarker, isStructural, MARKER_RANK, NUM_ZH, type Marker, type MarkerType } from "./markers.ts";
import { textLines, type TextLine } from "../../core/lines.ts";
import { DATE_ONLY_LINE, DATE_YMD } from "../../lang/lexicon/dates.ts";

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
const CLOSING_LINE =
  /^(?:抄送|印发|主送|附件[:：\d一二三四五六七八九十\s]|附件$|（此件|此件|上一(?:条|篇)|下一(?:条|篇)|关闭窗口|打印本页)/;
const ORG_LINE = /^[\u4e00-\u9fff（）]{3,40}(?:政府|办公室|办公厅|委员会|局|厅|部|署|会|院|公署|管委会|组)$/;
const TABLE_ROW = /^(?<n>\d{1,3})\t/;
const ATTACHMENT_HEAD = /^附件\s*(?<n>\d*)$/;

const TITLE_END = /[。！？]/;
const TITLE_TRAILING = /[。；;：:，,、\s]+$/;

/** Characters after which a marker may start inside a line (a flattened notice, 第二条 after the previous article's 。). */
const INLINE_AFTER = /[。；：！？ ]/;
/** A marker glued to the heading before it (第一章 总则第一条…) sits this close behind that heading, with no sentence punctuation between. */
const GLUED_HEADING_MAX = 30;
const SENTENCE_PUNCT = /[。，；：！？]/;
/** A heading may hold a comma (实施扩大就业工程，力促居民收入加快增长), not a sentence end. */
const HEADING_BREAK = /[。；：！？]/;
/** What before a number makes it part of a bigger token (21., 十二、, 第一、, （1）): a digit after a digit, a numeral after a numeral. */
const INSIDE_NUMBER = { digit: /[\d.．A-Za-z（(]/, zh: new RegExp(`[第（(]|${NUM_ZH}`) };
const ZH_START = new RegExp(`^${NUM_ZH}`);

const MARKER_START = new RegExp(`[第（(\\d]|${NUM_ZH}`);

/** A place where a numbering marker may stand. */
interface Candidate {
  pos: number;
  mk: Marker;
  line: number;
  /** how it stands: at a line start, inline after 。/；/：/space, or glued to the heading before it */
  at: "start" | "inline" | "glued";
  /** at a line start right after a long line broken mid-word: likely a preview's page-chunk number */
  chunk?: boolean;
}

function candidatesOf(all: Line[]): Candidate[] {
  const out: Candidate[] = [];
  all.forEach((l, k) => {
    if (TABLE_ROW.test(l.text)) return;
    const first = matchMarker(l.text);
    if (first) out.push({ pos: l.start, mk: first, line: k, at: "start" });
    if (l.text.includes("\t")) return; // a table row: its cells are read as a table, not as running text
    for (let i = 1; i < l.text.length; i++) {
      if (!MARKER_START.test(l.text[i]!)) continue;
      const prev = l.text[i - 1]!;
      const inline = INLINE_AFTER.test(prev);
      const ch = l.text[i]!;
      if (
        !inline &&
        ((/\d/.test(ch) && INSIDE_NUMBER.digit.test(prev)) || (ZH_START.test(ch) && INSIDE_NUMBER.zh.test(prev)))
      )
        continue;
      const mk = matchMarker(l.text.slice(i, i + 40), { weak: true });
      if (mk) out.push({ pos: l.start + i, mk, line: k, at: inline ? "inline" : "glued" });
    }
  });
  return out;
}

/** The longest run of characters that `a` shares with `b`. */
function longestCommonRun(a: string, b: string): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
      diag = keep;
    }
  }
  return best;
}

/**
 * A list index before the notice's own title (`1. 福建省…管理办法`, a preview's page-chunk `1、` before the
 * repeated title), not numbering: an Arabic 1 followed by a higher-level 1 (一、, 第一章) before any sibling,
 * where its words repeat the head or the notice is flattened; or one whose words repeat the head and whose
 * own numbering starts again at 1 on the next numbered line.
 */
/** How far back a repeated title is looked for. */
const HEAD_WINDOW = 3000;

function isStrayFirst(text: string, cands: Candidate[], i: number, flat: boolean): boolean {
  const c = cands[i]!;
  if (MARKER_RANK[c.mk.type] < MARKER_RANK.ar || c.mk.value !== 1) return false;
  let next: Candidate | undefined;
  for (let k = i + 1; k < cands.length && !next; k++) {
    const r = cands[k]!;
    if ((r.mk.type === c.mk.type && !r.chunk) || (MARKER_RANK[r.mk.type] < MARKER_RANK[c.mk.type] && r.mk.value === 1))
      next = r;
  }
  if (!next) return false;
  const repeatsHead = () => {
    const after = text.slice(c.pos + c.mk.length, c.pos + c.mk.length + 60);
    const heading = after.split(/[。，；！？\n]/)[0]!;
    return (
      heading.length >= 8 &&
      longestCommonRun(heading, text.slice(Math.max(0, c.pos - HEAD_WINDOW), c.pos)) >= Math.min(12, heading.length)
    );
  };
  // its own numbering starts again at 1 right after it: the index was the title's
  if (next.mk.type === c.mk.type) return next.mk.value === 1 && next.at === "start" && repeatsHead();
  return flat || repeatsHead();
}

/** The numbering tree of the body, the rows of numbered attachment tables, and the leaves as measures. */
export function segment(text: string, printed?: (start: number, end: number) => string): Segmented {
  const all = textLines(text);
  const cands = candidatesOf(all);
  // a flattened notice: more markers stand inside lines than at line starts
  const inlineCount = cands.filter((c) => c.at === "inline").length;
  for (const c of cands)
    if (c.at === "start" && c.line > 0 && isBrokenParagraph(all[c.line - 1]!.text, BROKEN_CHUNK_MIN)) c.chunk = true;
  const startCount = cands.filter((c) => c.at === "start" && !c.chunk).length;
  // and its top levels stand inside lines too (an enumeration 包括：1.…；2.… inside （一） is not that)
  const topRank = (cs: Candidate[]) => Math.min(99, ...cs.map((c) => MARKER_RANK[c.mk.type]));
  // or the whole text stands on a line or two (everything run together: …等（二）鼓励企业…)
  const runOn = startCount <= 1 && cands.length >= 3;
  const startRank = topRank(cands.filter((c) => c.at === "start" && !c.chunk));
  // or lines run a top-level sequence on inside them (…应急管理局（二）阶段性…（三）…), on two lines or more
  const runLines = new Set<number>();
  const lastInLine = new Map<string, number>();
  for (const c of cands) {
    if (c.at === "start" || MARKER_RANK[c.mk.type] > startRank || /[、，]/.test(text[c.pos - 1] ?? "")) continue;
    const key = `${c.line} ${c.mk.type}`;
    if (lastInLine.get(key) === c.mk.value - 1) runLines.add(c.line);
    lastInLine.set(key, c.mk.value);
  }
  const flat =
    runOn ||
    runLines.size >= 2 ||
    (inlineCount >= 2 && inlineCount > startCount && topRank(cands.filter((c) => c.at === "inline")) <= startRank);

  // where each type's last 2 stands (does a 1 have a sibling after it?)
  const lastTwo = new Map<MarkerType, number>();
  const lastTwoNotGlued = new Map<MarkerType, number>();
  cands.forEach((c, k) => {
    if (c.mk.value !== 2) return;
    lastTwo.set(c.mk.type, k);
    if (c.at !== "glued") lastTwoNotGlued.set(c.mk.type, k);
  });

  type Open = { node: SegNode; type: MarkerType; value: number; atStart: boolean };
  const stack: Open[] = [];
  const lastSeen = new Map<MarkerType, number>();
  const accepted: { c: Candidate; node: SegNode }[] = [];

  /** Whether a line ends with the heading of an item opened on it (…。二、医疗方面⏎3 .): the break is after a heading. */
  const endsWithHeading = (k: number) => {
    const prev = accepted[accepted.length - 1]?.c;
    if (!prev || prev.line !== k) return false;
    const heading = text.slice(prev.pos + prev.mk.length, all[k]!.end);
    return heading.length <= GLUED_HEADING_MAX && !SENTENCE_PUNCT.test(heading);
  };

  /**
   * The first marker, glued to the title before it (…管理办法第一章总则第一条…, …服务指南（一）政策依据…): a 1 that
   * opens a lower level at once (第一章 总则第一条) or whose own 2 follows (at a sentence start, for 第X条); not after
   * 《》 or a quote (a citation: 《就业促进法》第一条).
   */
  const opensGlued = (c: Candidate, i: number) => {
    const { mk } = c;
    if (mk.value !== 1 || /[》”"]/.test(text[c.pos - 1] ?? "")) return false;
    const child = cands[i + 1];
    if (
      isStructural(mk.type) &&
      child &&
      isStructural(child.mk.type) &&
      MARKER_RANK[child.mk.type] > MARKER_RANK[mk.type] &&
      child.mk.value === 1 &&
      child.pos - (c.pos + mk.length) <= GLUED_HEADING_MAX
    )
      return true;
    const two = (isStructural(mk.type) ? lastTwoNotGlued : lastTwo).get(mk.type) ?? -1;
    return two > i && !isStrayFirst(text, cands, i, flat);
  };

  /** Whether a candidate is a marker here, given the running sequences; and whether it starts a new root. */
  const decide = (c: Candidate, i: number): { ok: boolean; reroot?: boolean; restart?: boolean } => {
    const { mk } = c;
    const structural = isStructural(mk.type);
    // a flattened paragraph broken mid-word goes on after the break: a number there is a page chunk (特殊⏎2、困难家庭)
    if (
      flat &&
      c.at === "start" &&
      c.line > 0 &&
      isBrokenParagraph(all[c.line - 1]!.text, BROKEN_CHUNK_MIN) &&
      !endsWithHeading(c.line - 1)
    )
      return { ok: false };
    if (c.at !== "start" && !structural && !flat) {
      // outside a flattened notice, only the next sibling of an item that stood at a line start (1.…。2.…)
      const open = stack.find((o) => o.type === mk.type);
      return { ok: c.at === "inline" && !!open?.atStart && mk.value === open.value + 1 };
    }
    if (c.at === "glued") {
      // the next sibling, run on without a space (…应急管理局（二）阶段性…, spaces between CJK are dropped)
      const open = stack.find((o) => o.type === mk.type);
      if (flat && open && mk.value === open.value + 1 && !/[、，]/.test(text[c.pos - 1] ?? "")) return { ok: true };
      // …咨询电话：0482-8299146二、农村牧区…: a 一、 or 第X章 level above the whole open tree, run on
      const seenBefore = lastSeen.get(mk.type);
      const nextOfItsRun = seenBefore === undefined ? mk.value >= 2 : mk.value === seenBefore + 1; // not 统一、规范
      // …九、靠实工作⏎17、责任（二十二）…: numbered on from the last section, under the section just opened
      const last = accepted[accepted.length - 1]?.c;
      if (
        flat &&
        !open &&
        seenBefore !== undefined &&
        mk.value === seenBefore + 1 &&
        last &&
        MARKER_RANK[last.mk.type] < MARKER_RANK[mk.type] &&
        !/[、，]/.test(text[c.pos - 1] ?? "")
      )
        return { ok: true };
      if (
        flat &&
        !open &&
        stack.length &&
        nextOfItsRun &&
        MARKER_RANK[mk.type] <= MARKER_RANK.cn &&
        MARKER_RANK[mk.type] < MARKER_RANK[stack[0]!.type] &&
        !/[、，]/.test(text[c.pos - 1] ?? "")
      )
        return { ok: true, reroot: true };
      // glued to the heading of the item just opened on this line: a lower level (第一章 总则第一条, 方面（2项）1 .)
      const prev = accepted[accepted.length - 1];
      if (!prev) return { ok: (structural || flat) && opensGlued(c, i) };
      if (prev.c.line !== c.line || prev.c.pos + prev.c.mk.length > c.pos) return { ok: false };
      const between = text.slice(prev.c.pos + prev.c.mk.length, c.pos);
      if (between.length > GLUED_HEADING_MAX || HEADING_BREAK.test(between)) return { ok: false };
      if (MARKER_RANK[mk.type] <= MARKER_RANK[prev.c.mk.type]) return { ok: false };
      if (structural && !isStructural(prev.c.mk.type)) return { ok: false };
    }
    const at = stack.findIndex((o) => o.type === mk.type);
    const seen = lastSeen.get(mk.type);
    if (at >= 0) {
      if (mk.value === stack[at]!.value + 1) return { ok: true };
      // the top level starts again at 1 on a line of its own: a table of contents before the text,
      // or a service guide whose fields （一）…（七） repeat per item under unnumbered headings
      return { ok: at === 0 && mk.value === 1 && c.at === "start" && stack[0]!.value >= 2, restart: true };
    }
    const continues = seen !== undefined && mk.value === seen + 1;
    if (mk.weak) return { ok: continues };
    if (stack.length === 0) {
      if (c.at !== "start") return { ok: (mk.value === 1 || continues) && !isStrayFirst(text, cands, i, flat) };
      return { ok: !isStrayFirst(text, cands, i, flat) };
    }
    const higher = MARKER_RANK[mk.type] < MARKER_RANK[stack[0]!.type];
    // a higher level than the whole open tree: a fragment that started mid-tree (（五）…（七） then 二、)
    if (mk.value === 1 || continues) return { ok: true };
    return { ok: c.at === "start" && higher, reroot: true };
  };

  // the body starts at the first marker and ends at the signature, 抄送/印发, attachments or chrome
  let first = -1;
  for (let i = 0; i < cands.length && first < 0; i++) if (decide(cands[i]!, i).ok) first = i;
  if (first < 0) {
    const sections: SegNode[] = [];
    attachmentTables(all, 0, sections);
    return {
      sections,
      measures: leaves(sections),
      body: null,
      head: { start: 0, end: text.length },
      tail: { start: text.length, end: text.length },
    };
  }
  const firstLine = cands[first]!.line;
  let bodyEndLine = all.length;
  for (let k = firstLine + 1; k < all.length; k++) {
    const t = all[k]!.text;
    if (CLOSING_LINE.test(t) || TABLE_ROW.test(t) || ATTACHMENT_HEAD.test(t)) {
      bodyEndLine = k;
      break;
    }
    if (DATE_ONLY_LINE.test(t)) {
      bodyEndLine = k > firstLine + 1 && ORG_LINE.test(all[k - 1]!.text) ? k - 1 : k;
      break;
    }
  }

  const sections: SegNode[] = [];
  for (let i = first; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.line >= bodyEndLine) break;
    const { mk } = c;
    const d = decide(c, i);
    if (!d.ok) continue; // e.g. a wrapped line that happens to start with "2.", a page-chunk 2、 mid-sentence
    if (d.restart) {
      if (isContents(accepted, c, all)) {
        // what came before was a table of contents: headings only, one a line
        sections.length = 0;
        accepted.length = 0;
        lastSeen.clear();
      }
      stack.length = 0;
    }
    const at = stack.findIndex((o) => o.type === mk.type);
    const prevAtStart = at >= 0 && stack[at]!.atStart;
    if (at >= 0) stack.length = at;
    else if (d.reroot) stack.length = 0;
    const parent = stack[stack.length - 1]?.node;
    const label = printed ? printedLabel(printed(c.pos + mk.labelStart, c.pos + mk.labelEnd)) || mk.label : mk.label;
    const labels = [...(parent?.labels ?? []), label];
    const node: SegNode = {
      id: labels.join("."),
      labels,
      type: mk.type,
      title: "",
      titleRange: null,
      range: { start: c.pos, end: c.pos },
      children: [],
    };
    (parent ? parent.children : sections).push(node);
    // a sibling run that began at a line start stays one, also where it runs on inline
    const chain = c.at === "start" || prevAtStart;
    stack.push({ node, type: mk.type, value: mk.value, atStart: chain });
    lastSeen.set(mk.type, mk.value);
    accepted.push({ c, node });
  }
  // each item's own text runs to the next item's marker (or the end of the body); its title to the
  // first 。 of its line, or to the line end or the next marker when there is none
  const bodyEnd = all[bodyEndLine - 1]!.end;
  accepted.forEach(({ c, node }, i) => {
    const next = accepted[i + 1]?.c;
    let end = next ? next.pos : bodyEnd;
    while (end > c.pos && /\s/.test(text[end - 1]!)) end--;
    node.range.end = end;
    const line = all[c.line]!;
    const titleStart = c.pos + c.mk.length;
    let limit = next && next.line === c.line ? next.pos : line.end;
    // a flattened paragraph broken mid-sentence (a preview's page chunk: 受益特殊⏎2、困难家庭): the title runs on
    const after = all[c.line + 1];
    if (
      limit === line.end &&
      after &&
      isBrokenParagraph(line.text, flat ? BROKEN_CHUNK_MIN : BROKEN_PARAGRAPH_MIN) &&
      !(next && next.line === c.line + 1 && next.pos === after.start)
    ) {
      const stop = text.slice(after.start, next && next.line === c.line + 1 ? next.pos : after.end).search(TITLE_END);
      if (stop >= 0) limit = after.start + stop;
    }
    let t = text.slice(titleStart, Math.max(titleStart, limit));
    const stop = t.match(TITLE_END);
    if (stop) t = t.slice(0, stop.index);
    t = t.replace(TITLE_TRAILING, "");
    node.title = t.replace(/\s+/g, "");
    node.titleRange = { start: titleStart, end: titleStart + t.length };
  });
  const body = { start: accepted[0]!.c.pos, end: bodyEnd };
  let tailStart = bodyEndLine < all.length ? all[bodyEndLine]!.start : text.length;
  // a flattened notice: the signature (organ, date) or 抄送/附件 runs on after the last item's 。
  const last = accepted[accepted.length - 1]!.node;
  const closing = text.slice(last.range.start, last.range.end).match(INLINE_CLOSING);
  if (closing && closing.index! > 0) {
    last.range.end = last.range.start + closing.index!;
    body.end = last.range.end;
    tailStart = last.range.end;
  }
  attachmentTables(all, bodyEndLine, sections);
  return {
    sections,
    measures: leaves(sections),
    body,
    head: { start: 0, end: body.start },
    tail: { start: tailStart, end: text.length },
  };
}

const CONTENTS_LINE_MAX = 50;

/** Items that are headings only, one a line with nothing between them: the entries of a table of contents. */
function isContents(items: { c: Candidate }[], next: Candidate, all: Line[]): boolean {
  return items.every(({ c }, i) => {
    const line = all[c.line]!;
    const after = items[i + 1]?.c ?? next;
    return (
      c.pos === line.start &&
      line.text.length <= CONTENTS_LINE_MAX &&
      !TITLE_END.test(line.text) &&
      after.line === c.line + 1
    );
  });
}

/** After a sentence's end, inside the last item's line: the signature (organ and date, nothing after) or 抄送/附件：. */
const INLINE_CLOSING = new RegExp(
  `(?<=[。！？])(?:(?:[\\u4e00-\\u9fff（）、]{2,60}?(?:政府|办公室|办公厅|委员会|局|厅|部|院|会|组))?${DATE_YMD}(?=$|[（(]此件|抄送|印发|附件)|抄送[:：]|附件[:：\\d])`,
);

/** A long line that ends inside a word, not at punctuation: the paragraph goes on on the next line. */
const BROKEN_PARAGRAPH_MIN = 100;
/** In a flattened notice a chunk this long is no heading on its own line. */
const BROKEN_CHUNK_MIN = 50;
const isBrokenParagraph = (line: string, min = BROKEN_PARAGRAPH_MIN) =>
  line.length >= min && /[\u4e00-\u9fff]$/.test(line);

/** A label as printed (第一條 in a traditional-script copy), without spaces or compatibility forms (１ → 1). */
const printedLabel = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

function leaves(nodes: SegNode[]): SegNode[] {
  return nodes.flatMap((n) => (n.children.length ? leaves(n.children) : [n]));
}

/** A cell that starts with its row's number (1.门诊人次数与出院人次数比▲), the 序号 of a table without a 序号 column. */
const NUMBERED_CELL = /^(?<n>\d{1,3})[.．、]\s*(?!\d)/;
/** Flags after an indicator's name (▲ a monitored indicator, ★, *) that are not part of its title. */
const CELL_FLAGS = /[▲△★☆*＊\s]+$/;
const MIN_NUMBERED_ROWS = 3;

/**
 * Rows of an attachment table whose numbers stand inside a cell (一级指标 | 二级指标 | 1.门诊人次数… | 定量 | …,
 * group cells repeated from rowspans): the numbered column is the 序号, the rest of that cell the title.
 */
function numberedCellRows(all: Line[], from: number): SegNode[] {
  let header: string[] = [];
  const found: { line: Line; cells: Range[]; texts: string[]; col: number; n: number; header: string[] }[] = [];
  for (let k = from; k < all.length; k++) {
    const line = all[k]!;
    if (!line.text.includes("\t")) continue;
    const texts = line.text.split("\t");
    const col = texts.findIndex((t) => NUMBERED_CELL.test(t));
    if (col < 0) {
      header = texts.map((c) => c.replace(/\s+/g, ""));
      continue;
    }
    const cells: Range[] = [];
    let pos = line.start;
    for (const t of texts) {
      cells.push({ start: pos, end: pos + t.length });
      pos += t.length + 1;
    }
    found.push({ line, cells, texts, col, n: Number(texts[col]!.match(NUMBERED_CELL)!.groups!.n), header });
  }
  // the run 1, 2, 3 … in one column
  const run: typeof found = [];
  for (const f of found) if (f.n === run.length + 1 && (!run.length || f.col === run[0]!.col)) run.push(f);
  if (run.length < MIN_NUMBERED_ROWS) return [];
  return run.map((f) => {
    const cell = f.cells[f.col]!;
    const num = f.texts[f.col]!.match(NUMBERED_CELL)![0].length;
    const raw = f.texts[f.col]!.slice(num).replace(CELL_FLAGS, "").replace(TITLE_TRAILING, "");
    const cols = f.header.length === f.cells.length ? f.header : f.texts.map((_, i) => (i === f.col ? "序号" : "内容"));
    const label = String(f.n);
    return {
      id: `附件.${label}`,
      labels: ["附件", label],
      type: "table-row" as const,
      title: raw.replace(/\s+/g, ""),
      titleRange: { start: cell.start + num, end: cell.start + num + raw.length },
      range: { start: f.line.start, end: f.line.end },
      children: [],
      table: { columns: cols, cells: f.cells, unitColumns: cols.flatMap((c, i) => (UNIT_COLUMN.test(c) ? [i] : [])) },
    };
  });
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
    const cols =
      columns.length === cells.length
        ? columns
        : cellTexts.map((_, i) =>
            i === 0
              ? "序号"
              : i === 1
                ? "重点任务"
                : i === cellTexts.length - 1 && cellTexts.length > 2
                  ? "责任单位"
                  : "内容",
          );
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
  if (!rows.length) rows.push(...numberedCellRows(all, from));
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
  sections.push({
    id: "附件",
    labels: ["附件"],
    type: "table-row",
    title: "附件",
    titleRange: null,
    range: { start: rows[0]!.range.start, end: rows[rows.length - 1]!.range.end },
    children: rows,
  });
}
