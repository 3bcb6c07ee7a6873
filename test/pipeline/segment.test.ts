import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { canonTitle } from "../../pipeline/eval.ts";
import { segment } from "../../pipeline/segment/index.ts";
import { Gold } from "../../schemas/index.ts";
import { corpusDoc, expectGrounded } from "../helpers.ts";

interface Entry {
  file: string;
  gold: string;
}
const manifest = JSON.parse(readFileSync("corpus/manifest.json", "utf8")) as Entry[];

describe("corpus completeness (derived, not hand-listed)", () => {
  test("every notice in corpus/ is in the manifest and has gold", () => {
    const files = readdirSync("corpus").filter((f) => /\.(txt|md|html?|pdf)$/.test(f));
    expect(files.sort()).toEqual(manifest.map((e) => e.file).sort());
    for (const e of manifest) expect(() => Gold.parse(JSON.parse(readFileSync(`corpus/${e.gold}`, "utf8")))).not.toThrow();
  });
});

describe.each(manifest)("segment $file", (entry) => {
  const gold = Gold.parse(JSON.parse(readFileSync(`corpus/${entry.gold}`, "utf8")));
  test("measure ids and titles equal the gold's, in order", async () => {
    const doc = await corpusDoc(entry.file);
    expect(doc.measures.map((m) => m.id)).toEqual(gold.measures.map((m) => m.id));
    expect(doc.measures.map((m) => canonTitle(m.title))).toEqual(gold.measures.map((m) => canonTitle(m.title)));
  });
  test("every span is grounded in source.text; titles point at their heading", async () => {
    const doc = await corpusDoc(entry.file);
    expect(expectGrounded(doc)).toBeGreaterThan(10);
    for (const m of doc.measures) {
      expect(m.titleSpan).not.toBeNull();
      expect(doc.source.text.slice(m.titleSpan!.start, m.titleSpan!.end).replace(/\s|\*/g, "")).toBe(m.title);
    }
  });
  test("no signature, 抄送 or page chrome leaks into a measure", async () => {
    const doc = await corpusDoc(entry.file);
    for (const m of doc.measures) expect(m.text, m.id).not.toMatch(/抄送|印发$|上一条|下一条|关闭窗口|\d{4}年\d{1,2}月\d{1,2}日$/);
  });
});

describe("segment rules", () => {
  // [label, text, expected ids]
  const cases: [string, string, string[]][] = [
    ["continuous （N） numbering across chapters keeps its labels", "一、甲\n\n（一）乙。文\n\n（二）丙。文\n\n二、丁\n\n（三）戊。文", ["一.一", "一.二", "二.三"]],
    ["a chapter without children is itself a measure", "一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导。\n\n二、支持企业稳定岗位\n\n（一）加大援企稳岗力度。文", ["一", "二.一"]],
    ["Arabic items under chapters", "一、坚持实施就业优先战略\n\n1.促进经济发展与扩大就业联动。文\n\n2.促进产业结构协同。文", ["一.1", "一.2"]],
    ["a fragment starting at （五）", "（五）规范企业裁员行为。文\n\n（六）挖掘内需带动就业。文", ["五", "六"]],
    ["a wrapped line that starts with a number is not an item", "一、甲\n\n1.乙。每人补贴\n\n3.5万元以下的部分。\n\n2.丙。文", ["一.1", "一.2"]],
    ["circled numbers are not numbering", "一、甲\n\n①乙\n\n②丙", ["一"]],
  ];
  test.each(cases)("%s", (_l, text, ids) => {
    expect(segment(text).measures.map((m) => m.id)).toEqual(ids);
  });
});

describe("HTML renditions give the same measures and units as their text originals", () => {
  const pairs = manifest.filter((e) => e.file.endsWith(".html")).map((e) => [e.file, manifest.find((x) => x.gold === e.gold && x.file.endsWith(".txt"))!.file]);
  test.each(pairs)("%s ≡ %s", async (html, txt) => {
    const [a, b] = [await corpusDoc(html), await corpusDoc(txt)];
    const view = (d: typeof a) => d.measures.map((m) => ({ id: m.id, title: m.title.replace(/[()]/g, (c) => (c === "(" ? "（" : "）")), units: m.units.map((u) => `${u.role} ${u.name}`), amounts: m.amounts.map((x) => `${x.kind} ${JSON.stringify(x.value)} ${x.bound}`), periods: m.periods.map((p) => `${p.start} ${p.end} ${JSON.stringify(p.duration)}`) }));
    expect(view(a)).toEqual(view(b));
    expect(a.meta).toEqual(b.meta);
  });
});

describe("table rows", () => {
  test("a row number that breaks the sequence (OCR read 7 for 1) is labelled by the sequence, with a warning", async () => {
    const { extractDocument } = await import("../../pipeline/run.ts");
    const text = "关于做好稳就业工作的通知\n\n附件\n\n序号\t重点任务\t具体措施\t责任单位\n7\t建立用工保障制度\t建立即时响应机制。\t区人社局\n2\t扩大线上招聘服务\t推行视频招聘。\t区人社局\n3\t组织劳动者返岗\t组织定制化运输服务。\t区交通运输局\n";
    const doc = await extractDocument({ path: "table.txt", bytes: new TextEncoder().encode(text) });
    expect(doc.measures.map((m) => m.id)).toEqual(["附件.1", "附件.2", "附件.3"]);
    expect(doc.warnings.find((w) => w.code === "numbering_gap")).toMatchObject({ actual: "7", expected: "1" });
    expect(doc.source.text).toContain("\n7\t建立用工保障制度"); // the text keeps what was read
  });
});

describe("attachment tables", () => {
  const table = (head: string, n: number) => `${head}\n\n序号\t重点任务\t具体措施\t责任单位\n` + Array.from({ length: n }, (_, i) => `${i + 1}\t任务${i + 1}\t措施。\t区人社局`).join("\n");
  test("one table under 附件1 is 附件.N; two tables keep their numbers", () => {
    expect(segment(`一、总体要求\n\n文。\n\n${table("附件1", 2)}`).measures.map((m) => m.id)).toEqual(["一", "附件.1", "附件.2"]);
    expect(segment(`一、总体要求\n\n文。\n\n${table("附件1", 1)}\n\n${table("附件2", 1)}`).measures.map((m) => m.id)).toEqual(["一", "附件1.1", "附件2.1"]);
  });
});

describe("parts and sections keep their words", () => {
  test("第一部分 / 第一节 / 第一条", () => {
    const text = "第一部分 总体要求\n\n总的要求。\n\n第二部分 政策措施\n\n第一节 就业补贴\n\n第一条 对企业给予补贴。\n\n第二条 对个人给予补贴。";
    expect(segment(text).measures.map((m) => m.id)).toEqual(["第一部分", "第二部分.第一节.第一条", "第二部分.第一节.第二条"]);
  });
});

describe("headings that start with a year", () => {
  test("二、2020年工作安排 is a heading", () => {
    expect(segment("一、总体要求\n\n文。\n\n二、2020年工作安排\n\n（一）扩大就业。文。").measures.map((m) => m.id)).toEqual(["一", "二.一"]);
  });
});

// issue 10 classes not yet handled by the segmenter (dev notices score 0 on these); kept as todo rows
describe("issue 10 segmentation classes still failing", () => {
  test.todo("one-line text: 第二条 starting mid-line after the previous article's 。 is an article (fujian-nd-zhuanxiangzijin)");
  test.todo("one-line text: a page-chunk 1、 that breaks the running sequence mid-sentence is not a marker (jilin-2023-minshengshishi)");
  test.todo("traditional script: 第一條 / 第一章 fold to simplified for matching, spans stay on the original (shanxi-2023-xiangcunzhenxing, futian-nd-yingcaihui)");
  test.todo("a heading on its own line without 。: the title stops at the line end (shanghai-2022-6, tianjin-2020-jiagebutie)");
});
