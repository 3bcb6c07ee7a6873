/**
 * OCR of image-only PDFs, images and the real sample files. Slow (PaddleOCR, ~10 s a page on two
 * cores; results cached under .cache/zhengce/ocr so a rerun is quick): it reads one seed scan in full
 * and a page or two of the others. scripts/ocr-cer.ts measures every page of every seed scan.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { evaluate } from "../../pipeline/analysis/eval.ts";
import { ingest, ZhengceInputError } from "../../read/ingest/index.ts";
import { openPdf, renderPage } from "../../read/ingest/pdfjs.ts";
import { extractDocument } from "../../pipeline/run.ts";
import { Gold } from "../../schemas/index.ts";
import { makeScan } from "../../scripts/scan.ts";
import { expectGrounded } from "../helpers.ts";

const DIR = ".cache/scans-test";
const SLOW = 900_000;

beforeAll(async () => {
  for (const [from, to] of [
    ["test/fixtures/small-notice.pdf", `${DIR}/small-notice.scan.pdf`],
    ["corpus/xinjiang-2023-49.pdf", `${DIR}/xinjiang-2023-49.scan.pdf`],
  ])
    if (!existsSync(to!)) await makeScan(from!, to!);
}, SLOW);

describe("image-only PDFs", () => {
  test("a scan with OCR turned off: a clear error", async () => {
    const err = await ingest({ path: `${DIR}/small-notice.scan.pdf`, ocr: false }).catch((x: unknown) => x);
    expect((err as ZhengceInputError).code).toBe("ocr_unavailable");
  });

  test(
    "a one-page scan is read by OCR: 文号, the amount, confidence on every number",
    async () => {
      const doc = await extractDocument(`${DIR}/small-notice.scan.pdf`);
      expect(doc.source.ocr?.pages).toEqual([1]);
      expect(doc.warnings.map((w) => w.code)).toContain("ocr_used");
      expect(doc.meta.docNumber).toBe("某政办发〔2021〕3号");
      const a = doc.measures[0]!.amounts[0]!;
      expect([a.value, a.unit]).toEqual([50, "%"]);
      expect(a.confidence).toBeGreaterThan(0.5);
      expect(a.span.page).toBe(1);
      expectGrounded(doc);
    },
    SLOW,
  );

  test(
    "an image file (.png) of the same page",
    async () => {
      const pdf = await openPdf(new Uint8Array(readFileSync(`${DIR}/small-notice.scan.pdf`)), "scan");
      writeFileSync(`${DIR}/small-notice.png`, await renderPage(pdf, 1, 200));
      const doc = await extractDocument(`${DIR}/small-notice.png`);
      expect(doc.source.format).toBe("image");
      expect(doc.meta.docNumber).toBe("某政办发〔2021〕3号");
    },
    SLOW,
  );

  test(
    "the Xinjiang 2023 seed as a stamped, skewed scan: amounts F1 ≥ 0.90 against gold",
    async () => {
      const doc = await extractDocument(`${DIR}/xinjiang-2023-49.scan.pdf`);
      const gold = Gold.parse(JSON.parse(readFileSync("corpus/gold/xinjiang-2023-49.gold.json", "utf8")));
      const r = evaluate([{ name: "scan", gold, doc }]);
      expect(r.families.measures.f1).toBeGreaterThanOrEqual(0.95);
      expect(r.families.amounts.f1).toBeGreaterThanOrEqual(0.9);
      expect(r.families.periods.f1).toBeGreaterThanOrEqual(0.9);
      expect(doc.meta.docNumber).toBe("新政办发〔2023〕49号");
      for (const m of doc.measures) expect(m.text, m.id).not.toMatch(/[—–-]\s*\d{1,3}\s*[—–-]/);
    },
    SLOW,
  );
});

describe("real sample files (corpus/samples, see SOURCES.md)", () => {
  test(
    "a text layer that is garbage (broken ToUnicode) is detected and OCR'd instead",
    async () => {
      const ing = await ingest({ path: "corpus/samples/gmt-0031-2014-garbled-tounicode.pdf", pages: [1] });
      expect(ing.messages.map((m) => m.code)).toContain("garbage_text_layer");
      expect(ing.ocr?.pages).toEqual([1]);
      // the cover of GM/T 0031—2014: 安全电子签章密码技术规范, 国家密码管理局
      expect(ing.text).toMatch(/电子签章/);
      expect(ing.text).toMatch(/国家密码管理局/);
    },
    SLOW,
  );

  test(
    "a scanned book page made of thin image strips is rendered whole and OCR'd",
    async () => {
      const ing = await ingest({ path: "corpus/samples/scanned-cn-book-ccitt-strips.pdf", pages: [1] });
      expect(ing.ocr?.pages).toEqual([1]);
      expect((ing.text.match(/[\u4e00-\u9fff]/g) ?? []).length).toBeGreaterThan(300);
      expect(ing.text).toMatch(/商品/);
    },
    SLOW,
  );

  test("an OFD→HTML 公文 with one positioned SVG <text> per character is read in order", async () => {
    const doc = await extractDocument("corpus/samples/ofd2html-gongwen-sample.html");
    expect(doc.meta.docNumber).toBe("路卫发〔2011〕76号");
    expect(doc.meta.title).toBe("关于同意张阿三同志辞职的批复");
    expect(doc.meta.date).toBe("2011-03-10");
    expect(doc.source.text).toContain("你院《关于给张阿三同志辞职的请示》（路中医发〔2011〕10号）收悉。");
    expect(doc.source.text).not.toMatch(/[—–-]\s*\d\s*[—–-]/);
  });
});

describe("an OCR engine that fails", () => {
  test("a scan whose OCR throws: a typed error naming the file, not a crash", async () => {
    const broken = { name: "broken", recognize: async () => Promise.reject(new Error("model file missing")) };
    const err = await ingest({ path: `${DIR}/small-notice.scan.pdf`, ocr: broken }).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ZhengceInputError);
    expect((err as ZhengceInputError).code).toBe("ocr_unavailable");
    expect((err as ZhengceInputError).reason).toMatch(/OCR failed/);
  });
});
