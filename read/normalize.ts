import { TextBuilder, type MappedText } from "../core/text.ts";
import { t2sChar, PINYIN_READING } from "../lang/fold.ts";
import { isNumberingLine, matchMarker } from "./segment/markers.ts";
import { META_LABEL_LINE } from "../lang/lexicon/portal.ts";
import { DATE_LINE_START } from "../lang/lexicon/dates.ts";
import { ROLE_LABELS } from "../lang/lexicon/units.ts";
import { alt } from "../lang/pattern.ts";

/**
 * Repairs extraction artifacts while keeping a map back to `source.text`:
 * 1. one-for-one folds (full-width digits and letters, bracket and comma variants, [2023] in 文号,
 *    traditional characters to simplified: 條 → 条, 辦 → 办); inline pinyin readings (業（yè）) and invisible
 *    characters (U+200B, U+FEFF, soft hyphens; a soft hyphen between digits reads as "-") dropped;
 * 2. spaces inside CJK runs removed (`援助力 度`, `12 月 31 日`);
 * 3. lines rejoined across page breaks and hard wraps (`困\n\n难企业`).
 */
export function normalize(input: MappedText): MappedText {
  const folded = foldAndDespace(input.text);
  const joined = joinBrokenLines(folded.text);
  return { text: joined.text, map: joined.map.andThen(folded.map).andThen(input.map) };
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** CJK punctuation and brackets: 。，、；：？！“”‘’（）《》〔〕【】—…·％ */
const CJK_PUNCT =
  /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]/;
const isCjkish = (c: string | undefined) => !!c && (CJK.test(c) || CJK_PUNCT.test(c));

/** 文号 with square, lenticular, round or mixed brackets: 新政办发[2023]49号, 国发【2020】12号, OCR's 新政办发〔2023］49号 */
const DOCNO_BRACKETS = /(?<=[\u4e00-\u9fff])[[【［〔(（](?<year>\d{4})[\]】］〕)）](?=\s*\d+\s*号)/g;

function foldChar(c: string, prev: string | undefined, next: string | undefined): string {
  const code = c.charCodeAt(0);
  // full-width digits and Latin letters → ASCII (１２ → 12)
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  switch (c) {
    case "(":
      return "（";
    case ")":
      return "）";
    case "％":
      return "%";
    case "．":
      return ".";
    case "，":
    case "；":
    case "：":
      return c;
    case ",":
      return isCjkish(prev) || isCjkish(next) ? "，" : c;
    case ";":
      return isCjkish(prev) || isCjkish(next) ? "；" : c;
    case ":":
      return isCjkish(prev) || isCjkish(next) ? "：" : c;
    case "\u00a0":
    case "\u3000":
      return " ";
    default:
      return t2sChar(c);
  }
}

/** Characters that print nothing: soft hyphen, zero-width space/joiners, word joiner, BOM inside text. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

function foldAndDespace(src: string): MappedText {
  // 〔〕 in document numbers first: positions to rewrite
  const bracketAt = new Map<number, string>();
  for (const m of src.matchAll(DOCNO_BRACKETS)) {
    bracketAt.set(m.index!, "〔");
    bracketAt.set(m.index! + 1 + m.groups!.year!.length, "〕");
  }
  const readingEnd = new Map<number, number>();
  for (const m of src.matchAll(PINYIN_READING)) readingEnd.set(m.index!, m.index! + m[0].length);
  const b = new TextBuilder(src);
  let runStart = 0; // start of the pending verbatim run
  const flush = (to: number) => {
    b.copy(runStart, to);
  };
  const isSpace = (c: string | undefined) => c === " " || c === "\u00a0" || c === "\u3000";
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (INVISIBLE.test(c)) {
      // a soft hyphen between digits stands for the dash a PDF lost (2014­2020年); elsewhere invisible characters go
      const f = c === "\u00ad" && /\d/.test(src[i - 1] ?? "") && /\d/.test(src[i + 1] ?? "") ? "-" : "";
      flush(i);
      b.replace(i, i + 1, f);
      runStart = i + 1;
      continue;
    }
    const reading = readingEnd.get(i);
    if (reading !== undefined) {
      flush(i);
      b.replace(i, reading, "");
      runStart = reading;
      i = reading - 1;
      continue;
    }
    if (isSpace(c)) {
      let j = i;
      while (j < src.length && isSpace(src[j])) j++;
      const before = src[i - 1];
      const after = src[j];
      const lineEdge =
        before === undefined ||
        before === "\n" ||
        after === undefined ||
        after === "\n" ||
        before === "\t" ||
        after === "\t";
      const latinBoth = /[A-Za-z]/.test(before ?? "") || /[A-Za-z]/.test(after ?? "");
      const inCjk =
        (isCjkish(before) && (isCjkish(after) || /\d/.test(after ?? ""))) ||
        (/\d/.test(before ?? "") && isCjkish(after));
      if (lineEdge || (inCjk && !latinBoth)) {
        flush(i);
        runStart = j;
      } else if (j - i > 1 || c !== " ") {
        flush(i);
        b.replace(i, j, " ");
        runStart = j;
      }
      i = j - 1;
      continue;
    }
    const f = bracketAt.get(i) ?? foldChar(c, src[i - 1], src[i + 1]);
    if (f !== c) {
      flush(i);
      b.replace(i, i + 1, f);
      runStart = i + 1;
    }
  }
  flush(src.length);
  return b.build();
}

/** Sentence-final or list-final characters: a line ending in one is complete. */
const LINE_FINAL = /[。！？；：:;!?）)】〕」』]$/;
// 参与单位：市财政局 on its own line: the role labels of the lexicon (the long forms; 牵头： alone may be prose)
const UNIT_LABEL = new RegExp(`^(?:${alt(Object.keys(ROLE_LABELS).filter((l) => l.length >= 4))})[:：]`);
const STANDALONE_START = /^(?:附件|抄送|印发|主送|附：|（此件|\(此件|第\s*\d+\s*页|[-—–]\s*\d+\s*[-—–]$)/;
const PROSE_PUNCT = /[，、；。：“”《》]/;

/** Punctuation that a heading line does not contain (its 、 and 《》 it may). */
const CLAUSE_PUNCT = /[，。；：]/;
const HEADING_MAX = 40;

/** A numbered heading on its own line (一、充分认识……的严峻性、复杂性, （一）指导思想): its body is the next line, not its continuation. */
function isHeadingLine(line: string): boolean {
  const mk = matchMarker(line);
  if (!mk) return false;
  const rest = line.slice(mk.length);
  if (rest.length > HEADING_MAX || CLAUSE_PUNCT.test(rest)) return false;
  // an open quote or bracket, or a trailing page number (公平公1⏎开、…), means the sentence goes on
  const opened = (o: string, c: string) => rest.split(o).length !== rest.split(c).length;
  return !opened("“", "”") && !opened("《", "》") && !opened("（", "）") && !/\d$/.test(rest);
}

function shouldJoin(prev: string, next: string): boolean {
  if (LINE_FINAL.test(prev)) return false;
  if (META_LABEL_LINE.test(prev) || META_LABEL_LINE.test(next)) return false;
  if (STANDALONE_START.test(next) || DATE_LINE_START.test(next) || UNIT_LABEL.test(next)) return false;
  if (prev.includes("\t")) return !/^\d+\t/.test(next) && !isNumberingLine(next); // a table row broken inside a cell
  if (next.includes("\t")) return false;
  if (isNumberingLine(next)) return false;
  if (DATE_LINE_START.test(prev) || UNIT_LABEL.test(prev) || STANDALONE_START.test(prev)) return false;
  if (isHeadingLine(prev)) return false;
  return PROSE_PUNCT.test(prev) && prev.length >= 12;
}

function joinBrokenLines(src: string): MappedText {
  const b = new TextBuilder(src);
  const lineRe = /[^\n]+/g;
  const lines: { start: number; end: number }[] = [];
  for (const m of src.matchAll(lineRe)) lines.push({ start: m.index!, end: m.index! + m[0].length });
  let copied = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const p = lines[k]!;
    const n = lines[k + 1]!;
    if (shouldJoin(src.slice(p.start, p.end), src.slice(n.start, n.end))) {
      b.copy(copied, p.end);
      copied = n.start; // drop the line break(s) between
    }
  }
  b.copy(copied, src.length);
  return b.build();
}
