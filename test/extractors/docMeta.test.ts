import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { extractDocument } from "../../pipeline/run.ts";
import { regionOf } from "../../extractors/docMeta.ts";
import { Gold } from "../../schemas/index.ts";
import { corpusDoc } from "../helpers.ts";

const manifest = JSON.parse(readFileSync("corpus/manifest.json", "utf8")) as { file: string; gold: string }[];

describe.each(manifest)("meta of $file equals gold", (e) => {
  const gold = Gold.parse(JSON.parse(readFileSync(`corpus/${e.gold}`, "utf8")));
  test.each(["docNumber", "issuer", "title", "date", "region"] as const)("%s", async (field) => {
    const doc = await corpusDoc(e.file);
    const accepted = gold.meta[field];
    expect(Array.isArray(accepted) ? accepted : [accepted]).toContain(doc.meta[field]);
  });
  test("cites, in order of first mention", async () => {
    expect((await corpusDoc(e.file)).meta.cites).toEqual(gold.meta.cites);
  });
});

const doc = (s: string) => extractDocument({ path: "case.txt", bytes: new TextEncoder().encode(s) });

describe("meta rules", () => {
  test("the signing date, not the printing date (tacheng-2020-13)", async () => {
    const d = await doc("塔城地区行署办公室\n\n关于做好稳就业工作的通知\n\n一、总体要求\n\n文。\n\n塔城地区行署办公室\n\n2020年4月3日\n\n抄送：地委办公室。\n\n2020年4月13日印发");
    expect(d.meta.date).toBe("2020-04-03");
  });
  test("a date in Chinese numerals", async () => {
    const d = await doc("某某县人民政府\n\n关于做好稳就业工作的通知\n\n一、总体要求\n\n文。\n\n某某县人民政府\n\n二〇二一年三月十五日");
    expect(d.meta.date).toBe("2021-03-15");
  });
  test("the portal box's 成文日期 wins over its 发布日期 (xinjiang-2023-49.html)", async () => {
    const d = await corpusDoc("xinjiang-2023-49.html");
    expect(d.meta.date).toBe("2023-08-09");
    expect(d.metaEvidence.date?.rule).toBe("meta/date-box");
  });
  test("a 文号 is not cited by the notice itself, and agency words are cut at the verb before them", async () => {
    const d = await corpusDoc("zichuan-2020-3.md");
    expect(d.meta.docNumber).toBe("川政发〔2020〕3号");
    expect(d.meta.cites).toEqual(["淄政发〔2020〕4号", "鲁政发〔2020〕5号"]);
  });
  test.each([
    ["伊犁哈萨克自治州塔城地区行署办公室", "塔城地区"],
    ["新疆维吾尔自治区人民政府办公厅", "新疆维吾尔自治区"],
    ["淄川区人民政府", "淄川区"],
    ["平凉市人民政府", "平凉市"],
  ])("region of %s is %s", (issuer, region) => expect(regionOf(issuer)).toBe(region));
});

describe("meta in other layouts", () => {
  test("a title without 关于, a bracketed 文号 under it, a bracketed date", async () => {
    const d = await doc("某某市促进高校毕业生就业创业若干措施\n\n（某政发〔2022〕8号）\n\n（2022年5月6日）\n\n一、加大补贴力度。对符合条件的给予补贴。\n\n二、强化服务。做好就业服务。");
    expect(d.meta.title).toBe("某某市促进高校毕业生就业创业若干措施");
    expect(d.meta.docNumber).toBe("某政发〔2022〕8号");
    expect(d.meta.date).toBe("2022-05-06");
    expect(d.metaEvidence.docNumber?.text).toBe("某政发〔2022〕8号");
  });
});
