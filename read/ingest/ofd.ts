/**
 * OFD (GB/T 33190, the Chinese fixed-layout format government systems export): a zip of XML.
 * Text objects (`TextObject` › `TextCode`, with `DeltaX` glyph advances and `g n v` runs) on each
 * page and its template pages become positioned text items, which go through the same layout as a
 * PDF's text layer. Seals and electronic signatures are metadata, never text: they are counted and
 * reported, their images are not read.
 */
import { unzipSync } from "fflate";
import * as cheerio from "cheerio";
import type { Diagnostic } from "../../schemas/index.ts";
import { ZhengceInputError } from "./errors.ts";
import { layout, type LaidOut, type PageItems, type TextItem } from "./pdfLayout.ts";

/** OFD lengths are millimetres; the layout thinks in PDF points. */
const MM = 72 / 25.4;

export interface OfdText extends LaidOut {
  messages: Diagnostic[];
  /** electronic signatures (`Signs/Signatures.xml`) the file carries */
  signatures: number;
}

type Zip = Record<string, Uint8Array>;

const decoder = new TextDecoder("utf-8");

function xmlAt(zip: Zip, path: string, file: string): cheerio.CheerioAPI {
  const bytes = zip[path.replace(/^\/+/, "")];
  if (!bytes) throw new ZhengceInputError("corrupt_file", file, `the OFD package has no ${path}`);
  return cheerio.load(decoder.decode(bytes), { xml: true });
}

/** Resolves a BaseLoc against the folder of the XML file that names it (absolute paths are package-rooted). */
function resolve(from: string, loc: string): string {
  if (loc.startsWith("/")) return loc.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of loc.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg && seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

const nums = (s: string | undefined) => (s ?? "").trim().split(/\s+/).filter(Boolean).map(Number);

/** `DeltaX="5.63 5.67 g 2 5.63 5.67"`: one advance per glyph after the first; `g n v` repeats v n times. */
export function deltas(s: string | undefined): number[] {
  const t = (s ?? "").trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] === "g") {
      const n = Number(t[i + 1]);
      const v = Number(t[i + 2]);
      if (Number.isFinite(n) && Number.isFinite(v)) for (let k = 0; k < Math.min(n, 10000); k++) out.push(v);
      i += 2;
    } else if (Number.isFinite(Number(t[i]))) out.push(Number(t[i]));
  }
  return out;
}

/** Text items of one content XML (a page or a template page), in points, y up from the page's lower edge. */
function textItems($: cheerio.CheerioAPI, pageHeightMm: number): TextItem[] {
  const items: TextItem[] = [];
  $("TextObject, ofd\\:TextObject").each((_, el) => {
    const obj = $(el);
    if (obj.attr("Alpha") === "0" || obj.attr("Visible") === "false") return; // drawn invisible
    const [bx = 0, by = 0] = nums(obj.attr("Boundary"));
    const size = Number(obj.attr("Size")) || 0;
    // a CTM scales the glyphs: its vertical scale is the drawn size
    const ctm = nums(obj.attr("CTM"));
    const scale = ctm.length === 6 ? Math.hypot(ctm[2]!, ctm[3]!) || 1 : 1;
    let x = 0;
    let y = 0;
    obj.children().each((__, c) => {
      const code = $(c);
      if (!/(?:^|:)TextCode$/.test(c.type === "tag" ? c.name : "")) return;
      if (code.attr("X") !== undefined) x = Number(code.attr("X")) || 0;
      if (code.attr("Y") !== undefined) y = Number(code.attr("Y")) || 0;
      const str = code.text();
      if (!str) return;
      const dx = deltas(code.attr("DeltaX"));
      const chars = [...str];
      const advance = dx.slice(0, chars.length - 1).reduce((a, b) => a + b, 0);
      const glyph = size * scale;
      const width = advance + glyph;
      const item = { str, x: (bx + x) * MM, y: (pageHeightMm - (by + y)) * MM, width: width * MM, size: glyph * MM };
      if ([item.x, item.y, item.width, item.size].every(Number.isFinite) && item.size > 0) items.push(item);
      x += width;
    });
  });
  return items;
}

/** Reads the text of an OFD file page by page. Throws `ZhengceInputError` for a damaged package. */
export function ofdToText(bytes: Uint8Array, file: string): OfdText {
  let zip: Zip;
  try {
    zip = unzipSync(bytes);
  } catch (e) {
    throw new ZhengceInputError(
      "corrupt_file",
      file,
      `the OFD file is not a readable zip package (${(e as Error).message})`,
    );
  }
  const messages: Diagnostic[] = [];
  const root = xmlAt(zip, "OFD.xml", file);
  const docRoot = root("DocRoot, ofd\\:DocRoot").first().text().trim();
  if (!docRoot) throw new ZhengceInputError("corrupt_file", file, "OFD.xml names no DocRoot");
  const docPath = resolve("OFD.xml", docRoot);
  const doc = xmlAt(zip, docPath, file);
  // biome-ignore lint/suspicious/noExplicitAny: cheerio types its element parameter by the DOM library it was built with
  const box = (el: cheerio.Cheerio<any>) => nums(el.find("PhysicalBox, ofd\\:PhysicalBox").first().text());
  const [, , defaultW = 210, defaultH = 297] = box(
    doc("CommonData, ofd\\:CommonData").first().children("PageArea, ofd\\:PageArea"),
  );
  const templates = new Map<string, string>();
  doc("TemplatePage, ofd\\:TemplatePage").each((_, el) => {
    const t = doc(el);
    if (t.attr("ID") && t.attr("BaseLoc")) templates.set(t.attr("ID")!, resolve(docPath, t.attr("BaseLoc")!));
  });
  const pages: PageItems[] = [];
  const pageEls = doc("Pages > Page, ofd\\:Pages > ofd\\:Page").toArray();
  if (!pageEls.length) throw new ZhengceInputError("corrupt_file", file, "the OFD document has no pages");
  pageEls.forEach((el, i) => {
    const loc = doc(el).attr("BaseLoc");
    if (!loc) return;
    const path = resolve(docPath, loc);
    const items: TextItem[] = [];
    let w = defaultW;
    let h = defaultH;
    try {
      const page = xmlAt(zip, path, file);
      const own = box(page("Page > Area, ofd\\:Page > ofd\\:Area").first());
      if (own.length === 4) [, , w, h] = own as [number, number, number, number];
      // template pages first (a form's printed labels), then the page's own objects
      page("Template, ofd\\:Template").each((__, t) => {
        const tpl = templates.get(page(t).attr("TemplateID") ?? "");
        if (tpl && zip[tpl]) items.push(...textItems(xmlAt(zip, tpl, file), h));
      });
      items.push(...textItems(page, h));
    } catch (e) {
      if (!(e instanceof ZhengceInputError)) throw e;
      messages.push({
        code: "corrupt_file",
        reason: `page ${i + 1}: ${e.reason}; its text is missing`,
        source: "ingest/ofd",
        severity: "error",
        file,
      });
    }
    pages.push({ items, width: w * MM, height: h * MM });
  });
  let signatures = 0;
  const sigLoc = root("Signatures, ofd\\:Signatures").first().text().trim();
  if (sigLoc && zip[resolve("OFD.xml", sigLoc)]) {
    const sig = xmlAt(zip, resolve("OFD.xml", sigLoc), file);
    signatures = sig("Signature, ofd\\:Signature").length;
  }
  const seals = Object.keys(zip).filter((p) => /\/Signs\/.*SignedValue\.dat$/i.test(p) || /seal/i.test(p)).length;
  if (signatures || seals)
    messages.push({
      code: "ofd_signed",
      reason: `the OFD carries ${signatures || seals} electronic signature(s)/seal(s); they are kept as metadata, their images are not read as text`,
      source: "ingest/ofd",
      severity: "info",
      file,
    });
  if (!pages.some((p) => p.items.length))
    throw new ZhengceInputError(
      "not_a_notice",
      file,
      "the OFD file has no text objects (its pages are images or paths only)",
    );
  return { ...layout(pages), messages, signatures };
}
