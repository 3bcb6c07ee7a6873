import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { evaluate, FAMILIES } from "../../pipeline/analysis/eval.ts";
import { ingest, ZhengceInputError } from "../../read/ingest/index.ts";
import { pdfToText } from "../../read/ingest/pdf.ts";
import { extractDocument } from "../../pipeline/run.ts";
import { pdfWithBrokenPages } from "../fixtures/gen/brokenPdf.ts";
import { Gold } from "../../schemas/index.ts";
import { corpusDoc, expectGrounded } from "../helpers.ts";

const manifest = JSON.parse(readFileSync("corpus/manifest.json", "utf8")) as {
  file: string;
  gold: string;
  format: string;
}[];
const pdfs = manifest.filter((e) => e.format === "pdf");

describe.each(pdfs)("text-layer PDF $file", (e) => {
  const gold = Gold.parse(JSON.parse(readFileSync(`corpus/${e.gold}`, "utf8")));
  const textVersion = manifest.find((x) => x.gold === e.gold && x.format !== "pdf" && x.format !== "html")!.file;

  test("measures, units, amounts and periods F1 within 0.02 of the text version", async () => {
    const pdf = evaluate([{ name: e.file, gold, doc: await corpusDoc(e.file) }]);
    const txt = evaluate([{ name: textVersion, gold, doc: await corpusDoc(textVersion) }]);
    for (const f of FAMILIES) expect(pdf.families[f].f1, f).toBeGreaterThanOrEqual(txt.families[f].f1 - 0.02);
  });

  test("no page number, header or footer leaks into the text; every span names its page", async () => {
    const doc = await corpusDoc(e.file);
    expect(doc.source.text).not.toMatch(/[—–-]\s*\d{1,3}\s*[—–-]/);
    for (const m of doc.measures) expect(m.text, m.id).not.toMatch(/[—–-]\s*\d{1,3}\s*[—–-]|第\s*\d+\s*页/);
    const pages = doc.source.pages!;
    expect(pages.length).toBeGreaterThan(5);
    expectGrounded(doc);
    for (const m of doc.measures) {
      for (const a of m.amounts) {
        expect(a.span.page, a.text).toBeGreaterThanOrEqual(1);
        expect(pages[a.span.page! - 1]!).toBeLessThanOrEqual(a.span.start);
        if (a.span.page! < pages.length) expect(a.span.start).toBeLessThan(pages[a.span.page!]!);
      }
    }
  });
});

describe("PDF provenance boxes", () => {
  test("every amount lies in a line box on its own page (xinjiang-2023-49.pdf, zichuan-2020-3.pdf table rows)", async () => {
    for (const f of ["xinjiang-2023-49.pdf", "zichuan-2020-3.pdf"]) {
      const doc = await corpusDoc(f);
      const boxes = doc.source.boxes!;
      for (const m of doc.measures) {
        for (const a of m.amounts) {
          const b = boxes.find((x) => x.start <= a.span.start && a.span.start < x.end);
          expect(b, `${f} ${m.id} ${a.text}`).toBeDefined();
          expect(b!.page).toBe(a.span.page);
          const [x0, y0, x1, y1] = b!.box;
          expect(x0 >= 0 && x1 <= 595.5 && y0 >= 0 && y1 <= 842.5 && x0 < x1 && y0 < y1).toBe(true);
        }
      }
    }
  });
});

describe("PDF layout", () => {
  test("the attachment table running over pages comes out as one row per task (zichuan-2020-3.pdf)", async () => {
    const doc = await corpusDoc("zichuan-2020-3.pdf");
    const rows = doc.source.text.split("\n").filter((l) => /^\d{1,2}\t/.test(l));
    expect(rows.map((r) => Number(r.split("\t")[0]))).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(rows[14]!.split("\t")[1]).toBe("实施创业金服计划");
    expect(doc.source.text.match(/^序号\t/gm)).toHaveLength(1); // the header repeated on every page is read once
  });
  test("a title wrapped over two lines is one line; justified spacing is not text", async () => {
    const doc = await corpusDoc("tacheng-2020-13.pdf");
    expect(doc.source.text.split("\n\n").slice(0, 3)).toEqual([
      "伊犁哈萨克自治州塔城地区行署办公室",
      "塔行办发〔2020〕13号",
      "关于印发塔城地区进一步做好稳就业工作实施方案的通知",
    ]);
    expect(doc.source.text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });
});

describe("bad PDFs get clear errors", () => {
  const rejects = async (path: string, code: string, options = {}) => {
    const err = await ingest({ path, ...options }).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ZhengceInputError);
    expect((err as ZhengceInputError).code).toBe(code);
    expect((err as ZhengceInputError).message).toContain(path);
  };
  test("corrupt", () => rejects("test/fixtures/corrupt.pdf", "corrupt_pdf"));
  test("password-protected", () => rejects("test/fixtures/password.pdf", "password_protected"));
  test("a 0-byte image", () => rejects("test/fixtures/empty.png", "empty_file"));
  test("encrypted but readable (owner password only) opens", async () => {
    const doc = await extractDocument("test/fixtures/encrypted-readable.pdf");
    expect(doc.meta.docNumber).toBe("某政办发〔2021〕3号");
    expect(doc.measures[0]!.amounts.map((a) => a.value)).toEqual([50]);
  });
});

describe("pdf.js errors while reading pages are typed (issue 16)", () => {
  test("a page whose content stream is not deflate data: the other page is read, the bad one is a corrupt_pdf diagnostic", async () => {
    const r = await pdfToText(pdfWithBrokenPages([2]), "two.pdf", false);
    expect(r.text).toContain("This is page 1 of the notice text.");
    expect(r.text).not.toContain("page 2");
    const d = r.messages.find((m) => m.code === "corrupt_pdf");
    expect(d?.severity).toBe("error");
    expect(d?.reason).toMatch(/^page 2: .*flate stream/);
  });
  test("the same damage on the first page keeps page 2's number", async () => {
    const r = await pdfToText(pdfWithBrokenPages([1]), "two.pdf", false);
    expect(r.text).toContain("This is page 2 of the notice text.");
    expect(r.pageStarts.length).toBe(2);
  });
  test("every page damaged → ZhengceInputError corrupt_pdf, not internal_error", async () => {
    const err = await pdfToText(pdfWithBrokenPages([1, 2]), "two.pdf", false).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ZhengceInputError);
    expect((err as ZhengceInputError).code).toBe("corrupt_pdf");
  });
});
