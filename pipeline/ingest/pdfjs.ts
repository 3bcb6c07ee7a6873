import { createRequire } from "node:module";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { ZhengceInputError } from "./errors.ts";
import type { TextItem } from "./pdfLayout.ts";

const require = createRequire(import.meta.url);
const base = require.resolve("pdfjs-dist/package.json").replace(/package\.json$/, "");

export type PdfDocument = Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;

/** Opens a PDF with the CJK character maps pdfjs-dist ships; typed errors for corrupt and locked files. */
export async function openPdf(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  try {
    return await pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdfjs transfers (detaches) the buffer it gets
      cMapUrl: `${base}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${base}standard_fonts/`,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === "PasswordException") throw new ZhengceInputError("password_protected", file, "the PDF needs a password to open");
    throw new ZhengceInputError("corrupt_pdf", file, `the PDF cannot be parsed (${(e as Error).message ?? name})`);
  }
}

/** Renders one page to PNG bytes at `dpi` (pdfjs-dist with @napi-rs/canvas). */
export async function renderPage(doc: PdfDocument, pageNo: number, dpi: number): Promise<Buffer> {
  const page = await doc.getPage(pageNo);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(t: string): Buffer }; context: unknown } } }).canvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: context, viewport, canvas } as unknown as Parameters<typeof page.render>[0]).promise;
  return canvas.toBuffer("image/png");
}

/** A page's text items as positioned items (x, baseline y from the page's lower left, font size). */
export async function pageTextItems(doc: PdfDocument, pageNo: number): Promise<{ items: TextItem[]; width: number; height: number }> {
  const page = await doc.getPage(pageNo);
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const tc = await page.getTextContent();
  const items = (tc.items as { str?: string; transform?: number[]; width?: number }[])
    .filter((i): i is { str: string; transform: number[]; width: number } => typeof i.str === "string" && Array.isArray(i.transform))
    .map((i) => ({ str: i.str, x: i.transform[4]! - x0, y: i.transform[5]! - y0, width: i.width, size: Math.hypot(i.transform[2]!, i.transform[3]!) || Math.abs(i.transform[0]!) }))
    // a damaged content stream can give NaN or infinite positions: such items have no place on the page
    .filter((i) => [i.x, i.y, i.width, i.size].every(Number.isFinite));
  const width = x1 - x0, height = y1 - y0;
  if (![width, height].every(Number.isFinite)) throw new Error(`page ${pageNo} has an invalid MediaBox`);
  return { items, width, height };
}
