import { parseChineseInt } from "../../extractors/numerals.ts";

export type MarkerType = "part" | "chapter" | "section" | "article" | "cn" | "cnParen" | "ar" | "arParen";

export interface Marker {
  type: MarkerType;
  /** label as printed, without brackets or punctuation: 一, 十七, 3, 第一章 */
  label: string;
  value: number;
  /** length of the marker including its punctuation */
  length: number;
}

const NUM_ZH = "[一二三四五六七八九十百零〇两]+";

// prettier-ignore
const MARKER_RULES: { type: MarkerType; re: RegExp; keepWords?: boolean }[] = [
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
  // 1.促进经济发展与扩大就业联动。 / 2、
  { type: "ar", re: /^(?<n>\d{1,3})(?:[.．](?!\d)|、)\s*/ },
  // （1）
  { type: "arParen", re: /^[（(]\s*(?<n>\d{1,3})\s*[）)][、.．]?\s*/ },
];

export function matchMarker(line: string): Marker | undefined {
  for (const { type, re, keepWords } of MARKER_RULES) {
    const m = line.match(re);
    if (!m?.groups) continue;
    const n = m.groups.n!;
    const value = /^\d+$/.test(n) ? Number(n) : parseChineseInt(n);
    if (value === undefined || value === 0) continue;
    const label = keepWords ? m[0].trim().replace(/\s+/g, "") : n;
    // a marker is followed by words, not by more digits or a unit (2.5万元, 10、20人)
    const rest = line.slice(m[0].length);
    if (!rest || /^[%％万元岁个人]/.test(rest) || (/^\d/.test(rest) && (type === "ar" || type === "arParen"))) continue;
    return { type, label, value, length: m[0].length };
  }
  return undefined;
}

export const isNumberingLine = (line: string) => matchMarker(line) !== undefined;
