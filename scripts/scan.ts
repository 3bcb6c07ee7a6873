/**
 * Makes an image-only "scan" of a text PDF, the way a stamped paper copy comes back from a
 * scanner: each page rendered at 200 dpi, skewed by a degree or so, with mild speckle noise and a
 * red stamp over the signature, saved as JPEG pages in a PDF with no text layer. Deterministic
 * (seeded). Used by scripts/make-scans.ts and the OCR tests' set-up; the scans are not committed.
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { PDFDocument } from "pdf-lib";
import { openPdf, renderPage } from "../read/ingest/pdfjs.ts";

export const SCAN_DPI = 200;

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIGNATURE_DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日$/;

export async function makeScan(input: string, output: string, seed = 7): Promise<number> {
  const bytes = new Uint8Array(await readFile(input));
  const doc = await openPdf(bytes, input);
  const out = await PDFDocument.create();
  const rand = mulberry32(seed);
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , wPt, hPt] = page.view as [number, number, number, number];
    const k = SCAN_DPI / 72;
    // where a signature date stands on this page (right half), for the stamp
    const tc = await page.getTextContent();
    const sig = (tc.items as { str?: string; transform?: number[] }[]).find(
      (i) => i.str && i.transform && SIGNATURE_DATE.test(i.str.trim()) && i.transform[4]! > wPt / 2,
    );
    const png = await renderPage(doc, p, SCAN_DPI);
    const img = await loadImage(png);
    const canvas = createCanvas(img.width, img.height);
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fbfaf6";
    ctx.fillRect(0, 0, img.width, img.height);
    const skew = ((rand() * 2 - 1) * 1.5 * Math.PI) / 180; // within ±1.5°
    ctx.save();
    ctx.translate(img.width / 2, img.height / 2);
    ctx.rotate(skew);
    ctx.drawImage(img, -img.width / 2, -img.height / 2);
    ctx.restore();
    // speckle
    for (let n = 0; n < 2500; n++) {
      const g = Math.floor(80 + rand() * 120);
      ctx.fillStyle = `rgba(${g},${g},${g},${0.25 + rand() * 0.4})`;
      ctx.fillRect(rand() * img.width, rand() * img.height, 1 + rand() * 2, 1 + rand() * 2);
    }
    if (sig?.transform) {
      const cx = (sig.transform[4]! + 40) * k;
      const cy = (hPt - sig.transform[5]!) * k - 20 * k;
      const r = 42 * k;
      ctx.save();
      ctx.globalAlpha = 0.72;
      ctx.strokeStyle = "#d4141c";
      ctx.fillStyle = "#d4141c";
      ctx.lineWidth = 3.2 * k;
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.stroke();
      // a five-pointed star in the middle
      ctx.beginPath();
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 ? r * 0.14 : r * 0.36;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        ctx.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
      }
      ctx.closePath();
      ctx.fill();
      ctx.restore();
    }
    const jpeg = await canvas.encode("jpeg", 78);
    const embedded = await out.embedJpg(jpeg);
    const outPage = out.addPage([wPt, hPt]);
    outPage.drawImage(embedded, { x: 0, y: 0, width: wPt, height: hPt });
  }
  await doc.destroy();
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, await out.save());
  return out.getPageCount();
}
