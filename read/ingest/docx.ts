/**
 * DOCX (Office Open XML), read directly: `word/document.xml` paragraphs and tables in order.
 * Word's automatic numbering (`w:numPr` on a paragraph or its style) is printed as its label
 * (一、 （一） 1. （1）) from `word/numbering.xml`, because in a notice the label is the numbering tree
 * and a converter that drops it (mammoth does) loses every 一、. Table rows become one line each,
 * cells separated by tabs, vertically merged cells filled down from the cell above.
 */
import { unzipSync } from "fflate";
import * as cheerio from "cheerio";
import type { Element } from "domhandler";
import { ZhengceInputError } from "./errors.ts";

const decoder = new TextDecoder("utf-8");

const DIGITS = "〇一二三四五六七八九";
/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting). */
export function chineseCounting(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) return String(n);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return "十" + (n % 10 ? DIGITS[n % 10] : "");
  if (n < 100) return DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? DIGITS[n % 10] : "");
  const units: [number, string][] = [
    [1000, "千"],
    [100, "百"],
  ];
  for (const [u, name] of units)
    if (n >= u) {
      const rest = n % u;
      return (
        DIGITS[Math.floor(n / u)] +
        name +
        (rest
          ? (rest < u / 10 ? "零" : "") +
            (rest < 20 && rest >= 10 ? "一" + chineseCounting(rest) : chineseCounting(rest))
          : "")
      );
    }
  return String(n);
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "ideographTraditional":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return chineseCounting(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "upperLetter":
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case "lowerLetter":
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "bullet":
    case "none":
      return "";
    default:
      return String(n);
  }
}

interface Level {
  start: number;
  fmt: string;
  text: string;
}

/** The numbering definitions: numId → levels (with start overrides applied). */
function numberingOf(xml: string | undefined): Map<string, Level[]> {
  const out = new Map<string, Level[]>();
  if (!xml) return out;
  const $ = cheerio.load(xml, { xml: true });
  const abstract = new Map<string, Level[]>();
  $("w\\:abstractNum").each((_, a) => {
    const levels: Level[] = [];
    $(a)
      .children("w\\:lvl")
      .each((__, l) => {
        const lvl = $(l);
        const i = Number(lvl.attr("w:ilvl") ?? 0);
        levels[i] = {
          start: Number(lvl.children("w\\:start").attr("w:val") ?? 1),
          fmt: lvl.children("w\\:numFmt").attr("w:val") ?? "decimal",
          text: lvl.children("w\\:lvlText").attr("w:val") ?? "",
        };
      });
    abstract.set($(a).attr("w:abstractNumId") ?? "", levels);
  });
  $("w\\:num").each((_, n) => {
    const num = $(n);
    const levels = (abstract.get(num.children("w\\:abstractNumId").attr("w:val") ?? "") ?? []).map((l) => ({ ...l }));
    num.children("w\\:lvlOverride").each((__, o) => {
      const i = Number($(o).attr("w:ilvl") ?? 0);
      const start = $(o).children("w\\:startOverride").attr("w:val");
      if (levels[i] && start !== undefined) levels[i]!.start = Number(start);
    });
    out.set(num.attr("w:numId") ?? "", levels);
  });
  return out;
}

/** Styles that carry numbering: styleId → { numId, ilvl }. */
function styleNumbering(xml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return out;
  const $ = cheerio.load(xml, { xml: true });
  $("w\\:style").each((_, s) => {
    const numPr = $(s).children("w\\:pPr").children("w\\:numPr");
    const numId = numPr.children("w\\:numId").attr("w:val");
    if (numId)
      out.set($(s).attr("w:styleId") ?? "", { numId, ilvl: Number(numPr.children("w\\:ilvl").attr("w:val") ?? 0) });
  });
  return out;
}

export interface DocxText {
  text: string;
  /** paragraphs whose label came from Word's automatic numbering */
  numbered: number;
}

/** Reads the text of a .docx. Throws `ZhengceInputError` for a damaged package. */
export function docxToText(bytes: Uint8Array, file: string): DocxText {
  let zip: Record<string, Uint8Array>;
  try {
    zip = unzipSync(bytes);
  } catch (e) {
    throw new ZhengceInputError(
      "corrupt_file",
      file,
      `the .docx file is not a readable zip package (${(e as Error).message})`,
    );
  }
  const read = (p: string) => (zip[p] ? decoder.decode(zip[p]) : undefined);
  const body = read("word/document.xml");
  if (!body) throw new ZhengceInputError("corrupt_file", file, "the .docx package has no word/document.xml");
  const numbering = numberingOf(read("word/numbering.xml"));
  const styles = styleNumbering(read("word/styles.xml"));
  const $ = cheerio.load(body, { xml: true });
  const counters = new Map<string, number[]>();
  let numbered = 0;

  const label = (p: cheerio.Cheerio<Element>): string => {
    const pPr = p.children("w\\:pPr");
    const numPr = pPr.children("w\\:numPr");
    let numId = numPr.children("w\\:numId").attr("w:val");
    let ilvl = Number(numPr.children("w\\:ilvl").attr("w:val") ?? NaN);
    const style = styles.get(pPr.children("w\\:pStyle").attr("w:val") ?? "");
    if (!numId && style) numId = style.numId;
    if (Number.isNaN(ilvl)) ilvl = style?.ilvl ?? 0;
    const levels = numId && numId !== "0" ? numbering.get(numId) : undefined;
    const lvl = levels?.[ilvl];
    if (!levels || !lvl) return "";
    const c = counters.get(numId!) ?? [];
    c[ilvl] = c[ilvl] === undefined ? lvl.start : c[ilvl]! + 1;
    c.length = ilvl + 1; // deeper levels restart
    counters.set(numId!, c);
    numbered++;
    return lvl.text.replace(/%(\d)/g, (_, d) => {
      const k = Number(d) - 1;
      return formatNumber(c[k] ?? levels[k]?.start ?? 1, levels[k]?.fmt ?? "decimal");
    });
  };

  const runsText = (el: Element): string => {
    let s = "";
    $(el)
      // runs only: a paragraph's <w:tabs> are tab stops, not tabs
      .find("w\\:r > w\\:t, w\\:r > w\\:tab, w\\:r > w\\:br, w\\:r > w\\:cr, w\\:r > w\\:noBreakHyphen")
      .each((_, n) => {
        // text inside a deleted revision or a field instruction is not printed
        if ($(n).parents("w\\:del, w\\:instrText").length) return;
        if (n.name === "w:t") s += $(n).text();
        else if (n.name === "w:tab") s += "\t";
        else if (n.name === "w:noBreakHyphen") s += "-";
        else s += "\n";
      });
    return s;
  };

  const lines: string[] = [];
  const table = (tbl: Element) => {
    let above: string[] = [];
    $(tbl)
      .children("w\\:tr")
      .each((_, tr) => {
        const cells: string[] = [];
        $(tr)
          .children("w\\:tc")
          .each((__, tc) => {
            const pr = $(tc).children("w\\:tcPr");
            const span = Math.max(1, Number(pr.children("w\\:gridSpan").attr("w:val") ?? 1));
            const vMerge = pr.children("w\\:vMerge");
            const continued = vMerge.length > 0 && (vMerge.attr("w:val") ?? "continue") === "continue";
            const text = $(tc)
              .children("w\\:p")
              .toArray()
              .map((p) =>
                runsText(p)
                  .replace(/[\t\n]+/g, " ")
                  .trim(),
              )
              .filter(Boolean)
              .join(" ");
            const at = cells.length;
            cells.push(continued ? (above[at] ?? "") : text);
            for (let k = 1; k < span; k++) cells.push("");
          });
        above = cells;
        if (cells.some((c) => c)) lines.push(cells.join("\t"));
      });
  };

  $("w\\:body")
    .children()
    .each((_, el) => {
      if (el.name === "w:p") {
        const t = label($(el)) + runsText(el);
        lines.push(t);
      } else if (el.name === "w:tbl") table(el);
      else if (el.name === "w:sdt") {
        $(el)
          .find("w\\:sdtContent")
          .children()
          .each((__, c) => {
            if (c.name === "w:p") lines.push(label($(c)) + runsText(c));
            else if (c.name === "w:tbl") table(c);
          });
      }
    });
  const text = lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, numbered };
}
