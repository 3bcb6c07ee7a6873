import type { Diagnostic } from "../../schemas/index.ts";
import { repairOcrText, type OcrEngine, type OcrLine } from "../ocr/index.ts";
import { splitAtRules } from "../ocr/tableRules.ts";
import { ZhengceInputError } from "./errors.ts";
import { looksLikeGarbage } from "./garbage.ts";
import { layout, type LaidOut, type PageItems, type TextItem } from "./pdfLayout.ts";
import { openPdf, pageIsBlank, pageTextItems, renderPage } from "./pdfjs.ts";

/** Resolution pages without a usable text layer are rendered at for OCR. */
export const OCR_DPI = 200;

export interface PdfText extends LaidOut {
  messages: Diagnostic[];
  /** pages read by OCR */
  ocrPages: number[];
}

/** OCR lines as positioned items in PDF units (y up), so OCR'd pages go through the same layout. */
export function ocrItems(lines: OcrLine[], pageHeightPt: number, dpi: number): TextItem[] {
  const k = 72 / dpi;
  // undo the scan's skew, so the cells of a column start at one x again
  const wide = lines.filter((l) => l.angle !== undefined && l.box[2] - l.box[0] > 200).map((l) => l.angle!);
  const slope = wide.length ? Math.tan([...wide].sort((a, b) => a - b)[Math.floor(wide.length / 2)]!) : 0;
  const cy = pageHeightPt / k / 2;
  return lines.map((l) => {
    const [x0, y0, x1, y1] = l.box;
    const dx = ((y0 + y1) / 2 - cy) * slope;
    return {
      str: repairOcrText(l.text),
      x: (x0 + dx) * k,
      y: pageHeightPt - y1 * k,
      width: (x1 - x0) * k,
      size: (y1 - y0) * k * 0.8,
      conf: l.confidence,
    };
  });
}

/**
 * Every page's text in reading order: the text layer through pdfjs-dist where it is usable;
 * a page without one, or whose layer is garbage, rendered and read by OCR (when an engine is given).
 */
/** Pages are rendered for OCR at OCR_DPI, but a large page (a book scan) no larger than this many pixels high. */
const MAX_RENDER_PX = 2400;

export async function pdfToText(
  bytes: Uint8Array,
  file: string,
  ocr: OcrEngine | false,
  only?: number[],
  maxPages = Infinity,
): Promise<PdfText> {
  const doc = await openPdf(bytes, file);
  try {
    if (doc.numPages > maxPages)
      throw new ZhengceInputError(
        "too_many_pages",
        file,
        `the PDF has ${doc.numPages} pages, over the ${maxPages}-page limit (--max-pages raises it)`,
      );
    return await readPages(doc, file, ocr, only);
  } catch (e) {
    if (e instanceof ZhengceInputError) throw e;
    // pdf.js raises plain errors from deep in a damaged file ("Bad encoding in flate stream", a bad XRef entry, "Invalid number")
    throw new ZhengceInputError("corrupt_pdf", file, `the PDF cannot be read (${(e as Error)?.message ?? String(e)})`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readPages(
  doc: Awaited<ReturnType<typeof openPdf>>,
  file: string,
  ocr: OcrEngine | false,
  only?: number[],
): Promise<PdfText> {
  if (!doc.numPages) throw new ZhengceInputError("corrupt_pdf", file, "the PDF has no pages");
  const pages: PageItems[] = [];
  const ocrPages: number[] = [];
  const messages: Diagnostic[] = [];
  const noText: number[] = [];
  const broken: number[] = [];
  const blank: number[] = [];
  let lastError = "";
  for (let p = 1; p <= doc.numPages; p++) {
    if (only && !only.includes(p)) continue;
    let layer: Awaited<ReturnType<typeof pageTextItems>>;
    try {
      layer = await pageTextItems(doc, p);
    } catch (e) {
      // one damaged page: the others are still read, this one is reported (all damaged → corrupt_pdf below)
      lastError = (e as Error)?.message ?? String(e);
      messages.push({
        code: "corrupt_pdf",
        reason: `page ${p}: the page cannot be read (${lastError}); its text is missing`,
        source: "ingest/pdf",
        severity: "error",
        file,
      });
      broken.push(p);
      pages.push({ items: [], width: 0, height: 0 }); // keeps the page numbers of the pages after it
      continue;
    }
    const { width, height } = layer;
    let items: TextItem[] = layer.items;
    const chars = items.map((i) => i.str).join("");
    const garbage = looksLikeGarbage(chars);
    if (!garbage && !chars.trim() && (await pageIsBlank(doc, p).catch(() => false))) {
      // a spare empty page: nothing to OCR, nothing missing
      messages.push({ code: "blank_page", reason: `page ${p} is blank`, source: "ingest/pdf", severity: "info", file });
      pages.push({ items: [], width, height });
      blank.push(p);
      continue;
    }
    if (chars.replace(/\s/g, "").length < 10 || garbage) {
      if (garbage)
        messages.push({
          code: "garbage_text_layer",
          reason: `page ${p}: the text layer decodes to characters that are not Chinese text (a broken ToUnicode map)${ocr ? "; the page is read by OCR instead" : ""}`,
          source: "ingest/pdf",
          severity: "warning",
          file,
        });
      let read = false;
      if (ocr) {
        try {
          const dpi = Math.min(OCR_DPI, (MAX_RENDER_PX * 72) / height);
          const png = await renderPage(doc, p, dpi);
          items = ocrItems(await splitTables(await ocr.recognize(png), png), height, dpi);
          ocrPages.push(p);
          read = true;
        } catch (e) {
          messages.push({
            code: "ocr_unavailable",
            reason: `page ${p}: OCR failed (${(e as Error).message})`,
            source: "ingest/pdf",
            severity: "error",
            file,
          });
        }
      }
      if (!read) {
        items = [];
        noText.push(p);
      }
    }
    pages.push({ items, width, height });
  }
  if (ocrPages.length)
    messages.push({
      code: "ocr_used",
      reason: `pages ${ocrPages.join(", ")} have no usable text layer and were read by OCR (${ocr ? ocr.name : ""}, ${OCR_DPI} dpi)`,
      source: "ingest/pdf",
      severity: "info",
      file,
    });
  if (blank.length === pages.length)
    throw new ZhengceInputError("not_a_notice", file, "every page of the PDF is blank");
  if (broken.length && broken.length + noText.length + blank.length === pages.length)
    throw new ZhengceInputError("corrupt_pdf", file, `no page of the PDF can be read (${lastError})`);
  const why = ocr ? "OCR failed on them" : "OCR is turned off";
  if (noText.length && noText.length + blank.length === pages.length)
    throw new ZhengceInputError("ocr_unavailable", file, `the PDF has no usable text layer (a scan?) and ${why}`);
  if (noText.length)
    messages.push({
      code: "ocr_unavailable",
      reason: `pages ${noText.join(", ")} have no usable text layer and ${why}: their text is missing`,
      source: "ingest/pdf",
      severity: "error",
      file,
    });
  return { ...layout(pages), messages, ocrPages };
}

/** Boxes OCR merged across the cells of a ruled table, split at the rules found in the image. */
export async function splitTables(lines: OcrLine[], png: Buffer): Promise<OcrLine[]> {
  if (lines.length < 8) return lines;
  const sharp = (await import("sharp")).default;
  const { data, info } = await sharp(png).grayscale().raw().toBuffer({ resolveWithObject: true });
  return splitAtRules(lines, {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  });
}

/** An image file (scan or photo) read by OCR as a one-page document. */
export async function imageToText(bytes: Uint8Array, file: string, ocr: OcrEngine | false): Promise<PdfText> {
  if (!ocr)
    throw new ZhengceInputError("ocr_unavailable", file, "an image can only be read by OCR, which is turned off");
  const sharp = (await import("sharp")).default;
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    meta = await sharp(Buffer.from(bytes)).metadata();
  } catch (e) {
    throw new ZhengceInputError("unreadable_file", file, `the image cannot be decoded (${(e as Error).message})`);
  }
  const png = await sharp(Buffer.from(bytes)).png().toBuffer();
  const dpi = meta.density && meta.density > 50 ? meta.density : 200;
  const heightPt = ((meta.height ?? 0) * 72) / dpi;
  let lines: Awaited<ReturnType<typeof splitTables>>;
  try {
    lines = await splitTables(await ocr.recognize(png), png);
  } catch (e) {
    throw new ZhengceInputError("ocr_unavailable", file, `OCR failed on the image (${(e as Error).message})`);
  }
  const items = ocrItems(lines, heightPt, dpi);
  return {
    ...layout([{ items, width: ((meta.width ?? 0) * 72) / dpi, height: heightPt }]),
    messages: [
      {
        code: "ocr_used",
        reason: `the image was read by OCR (${ocr.name})`,
        source: "ingest/image",
        severity: "info",
        file,
      },
    ],
    ocrPages: [1],
  };
}
