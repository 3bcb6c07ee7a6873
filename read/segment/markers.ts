import { parseChineseInt } from "../../lang/numerals.ts";

export type MarkerType = "part" | "chapter" | "section" | "article" | "cn" | "cnParen" | "ar" | "arParen" | "arHalf";

/** Conventional depth of each numbering type: 第X部分 › 第X章 › 第X节 › 第X条 › 一、 › （一） › 1. › （1） › 1）. */
export const MARKER_RANK: Record<MarkerType, number> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  cn: 4,
  cnParen: 5,
  ar: 6,
  arParen: 7,
  arHalf: 8,
};

/** 第X部分 / 第X章 / 第X节 / 第X条: numbered with words, reliable wherever they stand. */
export const isStructural = (t: MarkerType) => MARKER_RANK[t] <= MARKER_RANK.article;

export interface Marker {
  type: MarkerType;
  /** label as printed, without brackets or punctuation: 一, 十七, 3, 第一章 */
  label: string;
  /** where the label stands inside the marker: `[labelStart, labelEnd)` from the marker's start */
  labelStart: number;
  labelEnd: number;
  value: number;
  /** length of the marker including its punctuation */
  length: number;
  /** a form that only continues a running sequence, never opens one (3，城乡… with a comma) */
  weak?: boolean;
}

export const NUM_ZH = "[一二三四五六七八九十百零〇两]+";

const MARKER_RULES: { type: MarkerType; re: RegExp; keepWords?: boolean; weak?: boolean }[] = [
  // 第一部分 总体要求
  { type: "part", re: new RegExp(`^第(?<n>${NUM_ZH})部分\\s*`), keepWords: true },
  // 第一章 总则
  { type: "chapter", re: new RegExp(`^第(?<n>${NUM_ZH})章\\s*`), keepWords: true },
  // 第一节 就业补贴
  { type: "section", re: new RegExp(`^第(?<n>${NUM_ZH})节\\s*`), keepWords: true },
  // 第三条 实施范围…
  { type: "article", re: new RegExp(`^第(?<n>${NUM_ZH})条\\s*`), keepWords: true },
  // 二、支持企业稳定岗位
  { type: "cn", re: new RegExp(`^(?<n>${NUM_ZH})[、，．.]\\s*`) },
  // （一）加大援企稳岗力度。 / (三) 加强对企业金融支持。
  { type: "cnParen", re: new RegExp(`^[（(]\\s*(?<n>${NUM_ZH})\\s*[）)][、.．]?\\s*`) },
  // 1.促进经济发展与扩大就业联动。 / 2、 / 1 .城镇新增就业 (a space before the dot)
  { type: "ar", re: /^(?<n>\d{1,3}) ?(?:[.．](?!\d)|、)\s*/ },
  // （1）
  { type: "arParen", re: /^[（(]\s*(?<n>\d{1,3})\s*[）)][、.．]?\s*/ },
  // 1）申请条件 (a closing bracket only)
  { type: "arHalf", re: /^(?<n>\d{1,3})[）)](?![）)])\s*/ },
  // 3，城乡特困人员… (a comma for the dot, in flattened copies)
  { type: "ar", re: /^(?<n>\d{1,3})[，,](?!\d)\s*/, weak: true },
];

/** What may follow a number that is not a marker: a unit (2.5万元, 10、20人 are caught by the digit test). */
const UNIT_AFTER = /^(?:[%％]|[元岁](?![\u4e00-\u9fff])|万[元人]?|亿|人(?:次)?(?=[，。、；）]|$))/;

/**
 * The numbering marker at the start of `line`, if any. `weak` admits forms that can only continue a
 * running sequence (a comma for the dot); callers that cannot check the sequence leave it off.
 */
export function matchMarker(line: string, opts: { weak?: boolean } = {}): Marker | undefined {
  for (const { type, re, keepWords, weak } of MARKER_RULES) {
    if (weak && !opts.weak) continue;
    const m = line.match(re);
    if (!m?.groups) continue;
    const n = m.groups.n!;
    const value = /^\d+$/.test(n) ? Number(n) : parseChineseInt(n);
    if (value === undefined || value === 0) continue;
    const label = keepWords ? m[0].trim().replace(/\s+/g, "") : n;
    // a marker is followed by words, not by more digits or a unit (2.5万元, 10、20人)
    const rest = line.slice(m[0].length);
    if (!rest) continue;
    if (!keepWords && UNIT_AFTER.test(rest)) continue;
    if (/^\d/.test(rest) && (type === "ar" || type === "arParen" || type === "arHalf")) continue;
    const labelStart = keepWords ? 0 : m[0].indexOf(n);
    const labelEnd = keepWords ? m[0].trimEnd().length : labelStart + n.length;
    return { type, label, labelStart, labelEnd, value, length: m[0].length, ...(weak ? { weak } : {}) };
  }
  return undefined;
}

export const isNumberingLine = (line: string) => matchMarker(line) !== undefined;
