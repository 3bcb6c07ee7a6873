import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Diagnostic, SourceFormat } from "../../schemas/index.ts";
import { OffsetMap, type MappedText } from "../../core/text.ts";
import { decodeText } from "./decode.ts";
import { ZhengceInputError } from "./errors.ts";
import { markdownToPlain } from "./markdown.ts";
// readers with heavy libraries (pdf.js and its canvas, SheetJS, word-extractor, cheerio for
// OFD/DOCX) are loaded the first time a file of their format comes, so a worker that only reads
// text notices stays small
const pdfReader = () => import("./pdf.ts");
const htmlReader = () => import("./html.ts");
const ofdReader = () => import("./ofd.ts");
const docxReader = () => import("./docx.ts");
const officeReader = () => import("./office.ts");
import { getDefaultOcrEngine, type OcrEngine } from "../ocr/index.ts";

export { ZhengceInputError } from "./errors.ts";

export interface Ingested {
  path: string;
  format: SourceFormat;
  sha256: string;
  encoding: string;
  /** the text every span points into */
  text: string;
  /** plain text (markup removed) with its map back to `text` */
  plain: MappedText;
  /** offset in text where each page starts (PDF) */
  pageStarts?: number[];
  /** PDF: line boxes of ranges of text */
  boxes?: { start: number; end: number; page: number; box: [number, number, number, number] }[];
  /** ranges read by OCR with their confidence */
  ocr?: { engine: string; pages: number[]; confidence: { start: number; end: number; confidence: number }[] };
  messages: Diagnostic[];
}

export interface IngestInput {
  path: string;
  /** bytes of the file; read from `path` when absent */
  bytes?: Uint8Array;
  /** override detection */
  format?: SourceFormat;
  /** the OCR engine for scans and images; false turns OCR off (default: PaddleOCR, offline) */
  ocr?: OcrEngine | false;
  /** PDF pages to read (1-based); all when absent */
  pages?: number[];
  /** the largest file read, in bytes (default 200 MB): a larger one is `too_large` */
  maxBytes?: number;
  /** the most PDF pages read (default 2000): a longer PDF is `too_many_pages` */
  maxPages?: number;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 2000;

const EXT_FORMAT: Record<string, SourceFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".shtml": "html",
  ".pdf": "pdf",
  ".png": "image",
  ".jpg": "image",
  ".jpeg": "image",
  ".tif": "image",
  ".tiff": "image",
  ".ofd": "ofd",
  ".docx": "docx",
  ".doc": "doc",
  ".wps": "doc",
  ".xls": "spreadsheet",
  ".xlsx": "spreadsheet",
  ".et": "spreadsheet",
};

/** Every format zhengce reads, for messages. */
export const SUPPORTED_FORMATS =
  "text (.txt), Markdown (.md), HTML (.html/.htm/.shtml), PDF (.pdf, text layer or scan), images (.png/.jpg/.tif), OFD (.ofd), Word (.docx, .doc), WPS 文字 (.wps), spreadsheets (.xlsx, .xls, .et)";

/** Formats a portal publishes that zhengce recognises but does not read yet: what to do instead. */
const NOT_YET: Record<string, string> = {
  ".rtf": "RTF is not read yet; save it as .docx or PDF",
  ".odt": "OpenDocument text (.odt) is not read yet; save it as .docx or PDF",
  ".zip": "a zip archive: unpack it and give its files",
  ".rar": "a RAR archive: unpack it and give its files",
};

/** Why a file of this kind is not read, or undefined when it is a format zhengce reads. */
export function unsupportedReason(path: string): string | undefined {
  const ext = extname(path).toLowerCase();
  if (NOT_YET[ext]) return NOT_YET[ext];
  return undefined;
}

/** Format from the bytes first (a .txt that is really HTML, a PDF without extension), then the extension. */
export function detectFormat(bytes: Uint8Array, path: string): SourceFormat | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  if (head[0] === 0x89 && head.subarray(1, 4).toString("latin1") === "PNG") return "image";
  if (head[0] === 0xff && head[1] === 0xd8) return "image";
  if (head.subarray(0, 4).toString("latin1") === "II*\0" || head.subarray(0, 4).toString("latin1") === "MM\0*")
    return "image";
  const byExt = EXT_FORMAT[extname(path).toLowerCase()];
  if (head.subarray(0, 4).toString("latin1") === "PK\x03\x04") {
    // a zip package: the extension says which, else the first member's name
    if (byExt === "ofd" || byExt === "docx" || byExt === "spreadsheet") return byExt;
    const names = head.toString("latin1");
    if (/OFD\.xml/.test(names)) return "ofd";
    if (/word\//.test(names)) return "docx";
    if (/xl\//.test(names)) return "spreadsheet";
    return undefined;
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    // an OLE compound file: Word/WPS or Excel/WPS 表格 by extension; a Word reader tells the rest
    return byExt === "spreadsheet" ? "spreadsheet" : "doc";
  }
  const start = head.toString("latin1").trimStart().slice(0, 200).toLowerCase();
  if (byExt !== "html" && /^(?:<!doctype html|<html|<head|<body|<meta|<\?xml[^>]*>\s*<html)/.test(start)) return "html";
  return byExt;
}

/**
 * Reads one file into text. Lone UTF-16 surrogates (from a UTF-16 file cut mid-pair, or an HTML
 * entity such as &#xD800;) become U+FFFD one for one, so no output ever holds a string that is not
 * valid Unicode and every offset stays put.
 */
export async function ingest(input: IngestInput): Promise<Ingested> {
  const r = await ingestRaw(input);
  if (!LONE_SURROGATE.test(r.text) && !LONE_SURROGATE.test(r.plain.text)) return r;
  r.messages.push({
    code: "invalid_characters",
    reason: "the text holds lone UTF-16 surrogates (not valid Unicode); each was replaced by U+FFFD",
    source: "ingest",
    severity: "warning",
    file: r.path,
  });
  const fix = (t: string) => t.replace(LONE_SURROGATES, "\ufffd");
  return { ...r, text: fix(r.text), plain: { ...r.plain, text: fix(r.plain.text) } };
}

/** Markdown signals in a text: ATX headings, bold runs opening lines, pipe tables, HTML cells. Two kinds, or one kind three times, make it Markdown. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20000);
  const counts = [
    (sample.match(/^#{1,6}[ \t]+\S/gm) ?? []).length,
    (sample.match(/^\s*\*\*[^*\n]{1,80}\*\*/gm) ?? []).length,
    (sample.match(/^\|.*\|\s*$/gm) ?? []).length,
    (sample.match(/<p>|<\/p>|<br\s*\/?>/g) ?? []).length,
  ];
  const kinds = counts.filter((n) => n > 0).length;
  return kinds >= 2 || counts.some((n) => n >= 3);
}

const LONE = "[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
const LONE_SURROGATE = new RegExp(LONE);
const LONE_SURROGATES = new RegExp(LONE, "g");

async function ingestRaw(input: IngestInput): Promise<Ingested> {
  const { path } = input;
  let bytes = input.bytes;
  if (!bytes) {
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (e) {
      throw new ZhengceInputError(
        "unreadable_file",
        path,
        `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      );
    }
  }
  if (bytes.length === 0) throw new ZhengceInputError("empty_file", path, "the file is empty (0 bytes)");
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes)
    throw new ZhengceInputError(
      "too_large",
      path,
      `the file is ${bytes.length} bytes, over the ${maxBytes}-byte limit (--max-mb raises it)`,
    );
  const notYet = input.format ? undefined : unsupportedReason(path);
  if (notYet) throw new ZhengceInputError("unsupported_format", path, `${notYet}. zhengce reads ${SUPPORTED_FORMATS}`);
  const format = input.format ?? detectFormat(bytes, path);
  if (!format)
    throw new ZhengceInputError(
      "unsupported_format",
      path,
      `unknown format (extension ${extname(path) || "none"}); zhengce reads ${SUPPORTED_FORMATS}`,
    );
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (format === "ofd") {
    const o = (await ofdReader()).ofdToText(bytes, path);
    if (!/[\u4e00-\u9fff]/.test(o.text))
      throw new ZhengceInputError("not_a_notice", path, "no Chinese text could be read from the OFD file");
    return {
      path,
      format,
      sha256,
      encoding: "ofd",
      text: o.text,
      plain: { text: o.text, map: OffsetMap.identity(o.text.length) },
      pageStarts: o.pageStarts,
      boxes: o.boxes,
      messages: o.messages,
    };
  }
  if (format === "doc" || format === "spreadsheet") {
    const office = await officeReader();
    const text = format === "doc" ? await office.wordBinaryToText(bytes, path) : office.spreadsheetToText(bytes, path);
    if (!/[\u4e00-\u9fff]/.test(text))
      throw new ZhengceInputError(
        "not_a_notice",
        path,
        `the ${format === "doc" ? "Word/WPS" : "spreadsheet"} file holds no Chinese text`,
      );
    return {
      path,
      format,
      sha256,
      encoding: format,
      text,
      plain: { text, map: OffsetMap.identity(text.length) },
      messages: [],
    };
  }
  if (format === "docx") {
    const d = (await docxReader()).docxToText(bytes, path);
    if (!/[\u4e00-\u9fff]/.test(d.text))
      throw new ZhengceInputError("not_a_notice", path, "the .docx file holds no Chinese text");
    return {
      path,
      format,
      sha256,
      encoding: "docx",
      text: d.text,
      plain: { text: d.text, map: OffsetMap.identity(d.text.length) },
      messages: [],
    };
  }
  if (format === "pdf" || format === "image") {
    const engine = input.ocr === undefined ? getDefaultOcrEngine() : input.ocr;
    const { pdfToText, imageToText } = await pdfReader();
    const pdf =
      format === "pdf"
        ? await pdfToText(bytes, path, engine, input.pages, input.maxPages ?? DEFAULT_MAX_PAGES)
        : await imageToText(bytes, path, engine);
    const text = pdf.text;
    if (!/[\u4e00-\u9fff]/.test(text))
      throw new ZhengceInputError("not_a_notice", path, "no Chinese text could be read from the file");
    return {
      path,
      format,
      sha256,
      encoding: format,
      text,
      plain: { text, map: OffsetMap.identity(text.length) },
      pageStarts: pdf.pageStarts,
      ...(format === "pdf" ? { boxes: pdf.boxes } : {}),
      messages: pdf.messages,
      ...(pdf.ocrPages.length && engine
        ? { ocr: { engine: engine.name, pages: pdf.ocrPages, confidence: pdf.confidence } }
        : {}),
    };
  }
  const decoded = decodeText(bytes, path);
  const messages: Diagnostic[] = [];
  if (decoded.truncated) {
    messages.push({
      code: "truncated_file",
      reason: "the file ends in the middle of a character: it was cut off, and text may be missing at its end",
      source: "ingest",
      severity: "warning",
      file: path,
    });
  }
  if (decoded.encoding === "gb18030") {
    messages.push({
      code: "decoded_gb18030",
      reason: "the file is not UTF-8; decoded as GBK/GB18030",
      source: "ingest",
      severity: "info",
      file: path,
    });
  }
  let text = decoded.text.replace(/\r\n?/g, "\n");
  let plain: MappedText;
  let pageStarts: number[] | undefined;
  // a .txt that is Markdown (a notice saved from an editor or a converter: ## headings, **bold** labels, <p> in table cells)
  let asMarkdown = format === "markdown";
  if (format === "text" && looksLikeMarkdown(text)) {
    asMarkdown = true;
    messages.push({
      code: "read_as_markdown",
      reason:
        "the text file is Markdown (headings, bold runs or tables in Markdown syntax): read as Markdown so no ## or ** reaches a title",
      source: "ingest",
      severity: "info",
      file: path,
    });
  }
  if (asMarkdown) {
    plain = markdownToPlain(text);
  } else if (format === "html") {
    const reader = await htmlReader();
    let h: ReturnType<typeof reader.htmlToText>;
    try {
      h = reader.htmlToText(text, path);
    } catch (e) {
      // thousands of unclosed tags nest deeper than any parser's recursion: a typed refusal, not a crash
      if (e instanceof RangeError)
        throw new ZhengceInputError(
          "corrupt_file",
          path,
          "the page's elements nest too deeply to be read (unclosed tags by the thousand)",
        );
      throw e;
    }
    text = h.text;
    plain = { text, map: OffsetMap.identity(text.length) };
    if (h.pageStarts) pageStarts = h.pageStarts;
  } else {
    plain = { text, map: OffsetMap.identity(text.length) };
  }
  if (!/[\u4e00-\u9fff]/.test(plain.text))
    throw new ZhengceInputError("not_a_notice", path, "the file holds no Chinese text");
  return {
    path,
    format,
    sha256,
    encoding: decoded.encoding,
    text,
    plain,
    messages,
    ...(pageStarts ? { pageStarts } : {}),
  };
}
