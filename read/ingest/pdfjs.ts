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
    if (name === "PasswordException")
      throw new ZhengceInputError("password_protected", file, "the PDF needs a password to open");
    throw new ZhengceInputError("corrupt_pdf", file, `the PDF cannot be parsed (${(e as Error).message ?? name})`);
  }
}

/** Renders one page to PNG bytes at `dpi` (pdfjs-dist with @napi-rs/canvas). */
export async function renderPage(doc: PdfDocument, pageNo: number, dpi: number): Promise<Buffer> {
  const page = await doc.getPage(pageNo);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const factory = (
    doc as unknown as {
      canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(t: string): Buffer }; context: unknown } };
    }
  ).canvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: context, viewport, canvas } as unknown as Parameters<typeof page.render>[0])
    .promise;
  return canvas.toBuffer("image/png");
}

/** A page's text items as positioned items (x, baseline y from the page's lower left, font size). */
export async function pageTextItems(
  doc: PdfDocument,
  pageNo: number,
): Promise<{ items: TextItem[]; width: number; height: number }> {
  const page = await doc.getPage(pageNo);
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const tc = await page.getTextContent();
  const items = (tc.items as { str?: string; transform?: number[]; width?: number }[])
    .filter(
      (i): i is { str: string; transform: number[]; width: number } =>
        typeof i.str === "string" && Array.isArray(i.transform),
    )
    .map((i) => ({
      str: i.str,
      x: i.transform[4]! - x0,
      y: i.transform[5]! - y0,
      width: i.width,
      size: Math.hypot(i.transform[2]!, i.transform[3]!) || Math.abs(i.transform[0]!),
    }))
    // a damaged content stream can give NaN or infinite positions: such items have no place on the page
    .filter((i) => [i.x, i.y, i.width, i.size].every(Number.isFinite));
  const width = x1 - x0,
    height = y1 - y0;
  if (![width, height].every(Number.isFinite)) throw new Error(`page ${pageNo} has an invalid MediaBox`);
  return { items, width, height };
}

const OPS = pdfjs.OPS as Record<string, number>;
const opSet = (names: string[]) => new Set(names.map((n) => OPS[n]).filter((n): n is number => typeof n === "number"));
/** Operators that always put ink on a page: images, shadings, shown text. */
const INK_OPS = opSet([
  "paintImageXObject",
  "paintInlineImageXObject",
  "paintImageMaskXObject",
  "paintImageXObjectRepeat",
  "paintImageMaskXObjectRepeat",
  "paintInlineImageXObjectGroup",
  "paintImageMaskXObjectGroup",
  "shadingFill",
  "showText",
  "showSpacedText",
  "nextLineShowText",
  "nextLineSetSpacingShowText",
]);
const FILL_OPS = opSet(["fill", "eoFill"]);
const STROKE_OPS = opSet(["stroke", "closeStroke"]);
const BOTH_OPS = opSet(["fillStroke", "eoFillStroke", "closeFillStroke", "closeEOFillStroke"]);
const isWhite = (args: unknown[] | null) => {
  const a = args ?? [];
  if (typeof a[0] === "string") return /^#f{6}$/i.test(a[0]);
  return a.length > 0 && a.every((v) => v === 1 || v === 255); // gray 1 or RGB 1,1,1
};

/**
 * A page that draws nothing (a spare blank page): no image, shading or text, and no path painted
 * in a colour other than white. pdf.js folds a path and its painting into one `constructPath`
 * whose first argument is the paint operator (`endPath` when it only clips).
 */
export async function pageIsBlank(doc: PdfDocument, pageNo: number): Promise<boolean> {
  const page = await doc.getPage(pageNo);
  const ops = await page.getOperatorList();
  let fillWhite = false;
  let strokeWhite = false;
  const stack: [boolean, boolean][] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const f = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    if (INK_OPS.has(f)) return false;
    if (f === OPS.save) stack.push([fillWhite, strokeWhite]);
    else if (f === OPS.restore) [fillWhite, strokeWhite] = stack.pop() ?? [false, false];
    else if (f === OPS.setFillRGBColor || f === OPS.setFillGray || f === OPS.setFillColor) fillWhite = isWhite(args);
    else if (f === OPS.setStrokeRGBColor || f === OPS.setStrokeGray || f === OPS.setStrokeColor)
      strokeWhite = isWhite(args);
    else {
      const paint = f === OPS.constructPath ? (args?.[0] as number) : f;
      if (
        (FILL_OPS.has(paint) && !fillWhite) ||
        (STROKE_OPS.has(paint) && !strokeWhite) ||
        (BOTH_OPS.has(paint) && !(fillWhite && strokeWhite))
      )
        return false;
    }
  }
  return true;
}
