import { describe, expect, test } from "vitest";
import { extractDocument } from "../../pipeline/run.ts";
import { expectGrounded } from "../helpers.ts";

/**
 * A county notice in a style the seeds do not use: 第X章/第X条 numbering, a title wrapped over two
 * lines under the organ's name, a date in Chinese numerals, unit labels inline and in brackets.
 */
describe("county notice with chapters and articles (test/fixtures/county-articles.txt)", async () => {
  const doc = await extractDocument("test/fixtures/county-articles.txt");
  test("meta", () => {
    expect(doc.meta).toEqual({
      docNumber: "某政办发〔2021〕15号",
      issuer: "某某县人民政府办公室",
      title: "某某县人民政府办公室关于印发某某县支持高校毕业生就业创业若干措施的通知",
      date: "2021-05-20",
      region: "某某县",
      cites: ["国办发〔2022〕13号"],
    });
  });
  test("chapter and article ids keep their words; items under an article", () => {
    expect(doc.measures.map((m) => m.id)).toEqual([
      "第一章.第一条",
      "第一章.第二条",
      "第二章.第三条",
      "第二章.第四条.一",
      "第二章.第四条.二",
      "第三章.第五条",
    ]);
  });
  test("bracketed labels and an inline 责任单位", () => {
    const units = (id: string) => doc.measures.find((m) => m.id === id)!.units.map((u) => `${u.role} ${u.name}`);
    expect(units("第二章.第三条")).toEqual(["lead 县人社局", "cooperating 县财政局", "cooperating 县税务局"]);
    expect(units("第二章.第四条.一")).toEqual(["responsible 县人社局", "responsible 县财政局"]);
  });
  test("a start and an end in one phrase; 自印发之日起 takes the signing date", () => {
    const periods = (id: string) =>
      doc.measures.find((m) => m.id === id)!.periods.map((p) => [p.start, p.end, p.duration]);
    expect(periods("第二章.第四条.二")).toEqual([["2021-06-01", "2023-12-31", null]]);
    expect(periods("第三章.第五条")).toEqual([
      ["2021-05-20", null, null],
      [null, null, { value: 3, unit: "year", bound: "exact" }],
    ]);
  });
  test("grounded", () => expect(expectGrounded(doc)).toBeGreaterThan(10));
});
