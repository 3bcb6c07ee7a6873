import { describe, expect, test } from "vitest";
import { mkdtemp, mkdir, symlink, writeFile, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { extractDocument } from "../../pipeline/run.ts";
import { ingest, ZhengceInputError } from "../../read/ingest/index.ts";
import { deltas } from "../../read/ingest/ofd.ts";
import { chineseCounting } from "../../read/ingest/docx.ts";
import { collectInputs, outputNames } from "../../cli/files.ts";
import { normalize } from "../../read/normalize.ts";
import { OffsetMap } from "../../core/text.ts";
import { expectGrounded } from "../helpers.ts";

describe("OFD: real files from state organs (corpus/real)", () => {
  test("a 函 with glyph runs (DeltaX g n v), a seal and invisible paths: text in reading order", async () => {
    const doc = await extractDocument("corpus/real/bengbu-2023-han-hanqiao.ofd", { ocr: false });
    expect(doc.source.format).toBe("ofd");
    expect(doc.meta.title).toBe("关于加快南货场铁路涵洞下穿建设的函");
    expect(doc.meta.date).toBe("2023-07-12");
    // the numbers drawn in another font (2023, 7) stay in their sentence
    expect(doc.source.text).toContain(
      "根据我市2023年房地产用地供应计划，蚌山区东海大道北侧、解放路西侧居住地块计划于7月份出让",
    );
    expect(doc.source.text).toContain("此函。");
    expectGrounded(doc);
  });
  test("a form with two electronic signatures and a template page: signatures are metadata, the cited 文号 is found", async () => {
    const doc = await extractDocument("corpus/real/lincang-linxiang-2022-yushen-yijian.ofd", { ocr: false });
    expect(doc.meta.cites).toContain("临翔发改复〔2018〕172号");
    expect(doc.meta.date).toBe("2022-08-23");
    expect(doc.warnings.some((w) => w.code === "ofd_signed")).toBe(true);
    expect(doc.source.text).not.toMatch(/SignedValue|Signature/);
  });
  test("DeltaX: plain advances and g-runs", () => {
    expect(deltas("5.63 5.67 g 2 5.63 5.67")).toEqual([5.63, 5.67, 5.63, 5.63, 5.67]);
    expect(deltas("g 3 1")).toEqual([1, 1, 1]);
    expect(deltas(undefined)).toEqual([]);
  });
  test("a damaged OFD is a typed corrupt_file error naming the file", async () => {
    const err = await ingest({ path: "x.ofd", bytes: strToU8("PK\u0003\u0004 not really a zip") }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ZhengceInputError);
    expect((err as ZhengceInputError).code).toBe("corrupt_file");
    const noRoot = await ingest({
      path: "y.ofd",
      bytes: zipSync({
        "OFD.xml": strToU8("<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'><ofd:DocBody/></ofd:OFD>"),
      }),
    }).catch((e: unknown) => e);
    expect((noRoot as ZhengceInputError).code).toBe("corrupt_file");
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string, num?: { id: number; lvl: number }) =>
  `<w:p>${num ? `<w:pPr><w:numPr><w:ilvl w:val="${num.lvl}"/><w:numId w:val="${num.id}"/></w:numPr></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
function docx(body: string, numbering?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  if (numbering)
    files["word/numbering.xml"] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  return zipSync(files);
}
// Word's usual outline for a notice: level 0 一、 (chineseCounting), level 1 （一）, level 2 1.
const NUMBERING = `<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

describe("DOCX", () => {
  test("a real .docx (a work report compiled in Word): typed-in 一、/（一） labels and paragraphs", async () => {
    const doc = await extractDocument("corpus/real/zhejiang-2025-zhengfu-gongzuo-baogao.docx", { ocr: false });
    expect(doc.source.format).toBe("docx");
    expect(doc.source.text.startsWith("2025年浙江省政府工作报告")).toBe(true);
    expect(doc.measures[0]?.id).toBe("一.一");
    expect(doc.measures[0]?.title).toBe("系统落实一揽子存量和增量政策，有力推动经济持续回升向好");
    expectGrounded(doc);
  });
  test("Word's automatic numbering (w:numPr) is printed as the labels 一、（一）1.", async () => {
    const body = [
      para("关于做好2024年稳就业工作的通知"),
      para("各县区人民政府："),
      para("加大援企稳岗力度", { id: 1, lvl: 0 }),
      para("继续实施失业保险稳岗返还政策。返还比例为50%。", { id: 1, lvl: 1 }),
      para("落实社会保险补贴。", { id: 1, lvl: 1 }),
      para("强化就业服务", { id: 1, lvl: 0 }),
      para("开展招聘活动。每年不少于10场。", { id: 1, lvl: 1 }),
    ].join("");
    const doc = await extractDocument({ path: "t.docx", bytes: docx(body, NUMBERING) }, { ocr: false });
    expect(doc.source.text).toContain("一、加大援企稳岗力度\n（一）继续实施失业保险稳岗返还政策。");
    expect(doc.source.text).toContain("二、强化就业服务\n（一）开展招聘活动。"); // deeper levels restart under a new 二、
    expect(doc.measures.map((m) => m.id)).toEqual(["一.一", "一.二", "二.一"]);
  });
  test("a table: one line per row, cells by tabs, a vertically merged cell filled down", async () => {
    const cell = (t: string, merge?: "restart" | "continue") =>
      `<w:tc>${merge ? `<w:tcPr><w:vMerge${merge === "restart" ? ' w:val="restart"' : ""}/></w:tcPr>` : ""}${para(t)}</w:tc>`;
    const body =
      para("附件") +
      `<w:tbl><w:tr>${cell("序号")}${cell("重点任务")}${cell("责任单位")}</w:tr><w:tr>${cell("1")}${cell("开展技能培训")}${cell("市人社局", "restart")}</w:tr><w:tr>${cell("2")}${cell("落实培训补贴")}${cell("", "continue")}</w:tr></w:tbl>`;
    const r = await ingest({ path: "t.docx", bytes: docx(para("关于印发任务分工的通知") + body) });
    expect(r.text).toContain("1\t开展技能培训\t市人社局\n2\t落实培训补贴\t市人社局");
  });
  test("chineseCounting", () => {
    expect([1, 10, 11, 20, 23, 100, 105, 110].map(chineseCounting)).toEqual([
      "一",
      "十",
      "十一",
      "二十",
      "二十三",
      "一百",
      "一百零五",
      "一百一十",
    ]);
  });
  test("not a zip / no document.xml: typed corrupt_file", async () => {
    const a = await ingest({ path: "x.docx", bytes: strToU8("关于印发的通知") }).catch((e: unknown) => e);
    expect((a as ZhengceInputError).code).toBe("corrupt_file");
    const b = await ingest({ path: "x.docx", bytes: zipSync({ "word/other.xml": strToU8("<x/>") }) }).catch(
      (e: unknown) => e,
    );
    expect((b as ZhengceInputError).code).toBe("corrupt_file");
  });
  test(".odt, .rtf and archives are refused by name with what to do, and the message names every format read", async () => {
    for (const p of ["a.odt", "a.rtf", "a.zip"]) {
      const err = await ingest({ path: p, bytes: strToU8("x") }).catch((e: unknown) => e);
      expect((err as ZhengceInputError).code).toBe("unsupported_format");
      expect((err as ZhengceInputError).reason).toMatch(/not read yet|unpack it/);
      expect((err as ZhengceInputError).reason).toMatch(/PDF.*OFD.*\.docx.*\.wps.*\.xls/);
    }
  });
  test("a .doc or .xls that is not an Office file is a typed error (corrupt_file, or not_a_notice when nothing Chinese is read), not a crash", async () => {
    for (const p of ["a.doc", "a.wps", "a.xls"]) {
      const err = await ingest({ path: p, bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5]) }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ZhengceInputError);
      expect(["corrupt_file", "not_a_notice"]).toContain((err as ZhengceInputError).code);
    }
  });
});

describe("folders: every file is read, refused with a reason, or listed as not a document", () => {
  test("unsupported documents are failures, JSON and README are listed as ignored, loops and broken links are reported", async () => {
    const d = await mkdtemp(join(tmpdir(), "zc-walk-"));
    await mkdir(join(d, "a"));
    await mkdir(join(d, "b"));
    await copyFile("corpus/dev/changfeng-nd-fuchi.txt", join(d, "a", "x.txt"));
    await copyFile("corpus/dev/guandu-2016-wenzengzhang.txt", join(d, "b", "x.txt"));
    await writeFile(join(d, "task.odt"), "x");
    await writeFile(join(d, "out.json"), "{}");
    await writeFile(join(d, "README.md"), "# notes");
    await symlink(d, join(d, "a", "loop"));
    await symlink(join(d, "nowhere.txt"), join(d, "broken.txt"));
    const r = await collectInputs([d]);
    expect(r.files.map((f) => f.slice(d.length + 1)).sort()).toEqual(["a/x.txt", "b/x.txt"]);
    expect(r.unsupported.map((u) => [u.file.slice(d.length + 1), u.code])).toEqual([
      ["broken.txt", "unreadable_file"],
      ["task.odt", "unsupported_format"],
    ]);
    expect(r.ignored.map((i) => i.file.slice(d.length + 1)).sort()).toEqual(["README.md", "out.json"]);
    // two folders with the same file name: distinct output names
    const names = outputNames(r.files);
    expect(new Set(names.values()).size).toBe(2);
  });
  test("output names: stem, then file name, then path; never the batch's own _report", () => {
    const n = outputNames(["c/x.txt", "c/x.pdf", "c/y.txt", "c/_report.txt"]);
    expect([...n.values()]).toEqual(["x.txt", "x.pdf", "y", "_report.txt"]);
  });
});

describe("normalisation of invisible characters (offsets kept)", () => {
  const norm = (t: string) => normalize({ text: t, map: OffsetMap.identity(t.length) });
  test("a soft hyphen between years is a dash; a zero-width space or BOM inside a 文号 goes", () => {
    expect(norm("2014\u00ad2020年").text).toBe("2014-2020年");
    expect(norm("国发\u200b〔2018〕\ufeff39号").text).toBe("国发〔2018〕39号");
    const n = norm("A\u200b国发〔2018〕39号");
    expect(n.map.offset(n.text.indexOf("国"))).toBe(2);
  });
  test("negative: a soft hyphen inside a word is dropped, not turned into a dash", () => {
    expect(norm("就\u00ad业").text).toBe("就业");
  });
});

describe("Office files written by LibreOffice (scripts/make-office-fixtures.sh)", () => {
  test(".docx with list numbering: labels printed, the tree and units as from a typed notice", async () => {
    const doc = await extractDocument("test/fixtures/office/notice.docx", { ocr: false });
    expect(doc.meta.docNumber).toBe("某人社发〔2024〕12号");
    expect(doc.measures.map((m) => m.id)).toEqual(["一.一", "一.二", "二.一"]);
    expect(doc.measures[0]!.title).toBe("新增见习岗位");
    expect(doc.measures[0]!.units.map((u) => [u.name, u.role])).toEqual([
      ["县人社局", "lead"],
      ["县财政局", "cooperating"],
    ]);
    expectGrounded(doc);
  });
  test(".doc (Word 97): the text is read; list labels Word generated are not in the binary text", async () => {
    const doc = await extractDocument("test/fixtures/office/notice.doc", { ocr: false });
    expect(doc.source.format).toBe("doc");
    expect(doc.meta.title).toBe("某某县人力资源和社会保障局关于做好2024年就业见习工作的通知");
    expect(doc.source.text).toContain("按每人每月1500元给予见习补贴");
  });
  test(".wps (WPS 文字 in the Word 97 format WPS Office 2005+ writes): read like a .doc", async () => {
    const doc = await extractDocument("test/fixtures/office/notice-wps2005.wps", { ocr: false });
    expect(doc.source.format).toBe("doc");
    expect(doc.meta.docNumber).toBe("某人社发〔2024〕12号");
    expect(doc.source.text).toContain("按每人每月1500元给予见习补贴");
  });
  test.todo(
    ".doc: automatic list labels (一、/（一）) recovered from the binary list tables (word-extractor does not expose them)",
  );
  for (const f of ["table.xlsx", "table.xls"])
    test(`${f}: a 任务分工表 becomes measures, units from its 牵头/责任 columns, the merged 牵头单位 cell filled down`, async () => {
      const doc = await extractDocument(`test/fixtures/office/${f}`, { ocr: false });
      expect(doc.source.format).toBe("spreadsheet");
      expect(doc.measures.map((m) => m.id)).toEqual(["附件.1", "附件.2", "附件.3"]);
      expect(doc.measures[1]!.title).toBe("落实培训补贴");
      const units = (i: number) => doc.measures[i]!.units.map((u) => `${u.name}:${u.role}`);
      expect(units(1)).toContain("县人社局:lead"); // from the merged cell above
      expect(units(1)).toContain("县税务局:responsible");
      expect(units(2)).toEqual(["县人社局:lead", "人行县支行:responsible"]);
    });
});

describe("HTML tables with rowspan/colspan (the gov.cn indicator table of 国办发〔2019〕4号)", () => {
  test("a cell spanning rows is repeated in each row it covers; a colspan cell pads its row", async () => {
    const r = await ingest({ path: "corpus/real/guowuyuan-2019-4-yiyuan-kaohe.html" });
    expect(r.text).toContain("一、医疗质量\t（一）功能定位\t2.下转患者人次数（门急诊、住院）\t定量");
    expect(r.text).toContain("一、医疗质量\t（二）质量安全\t8.手术患者并发症发生率▲\t定量");
  });
  test("a small table: rowspan and colspan together", async () => {
    const html = `<html><body><div id="zoom"><p>市人民政府办公室关于印发2024年稳就业重点任务清单的通知</p><p>各县区人民政府，市政府各部门：现将2024年稳就业重点任务清单印发给你们，请认真抓好落实。各责任单位要细化工作措施，明确时间节点，确保各项任务按期完成，并于每季度末将工作进展情况报送市人力资源社会保障局。</p><table><tr><td colspan="2">重点任务</td><td>责任单位</td></tr><tr><td rowspan="2">一</td><td>稳岗返还</td><td>市人社局</td></tr><tr><td>技能培训</td><td>市财政局</td></tr></table></div></body></html>`;
    const r = await ingest({ path: "t.html", bytes: new TextEncoder().encode(html) });
    expect(r.text).toContain("重点任务\t\t责任单位");
    expect(r.text).toContain("一\t稳岗返还\t市人社局");
    expect(r.text).toContain("一\t技能培训\t市财政局");
  });
});

describe("hostile HTML (found by npm run fuzz)", () => {
  test("20,000 unclosed nested tags: a typed corrupt_file, not a stack overflow", async () => {
    const html = `<html><body><div id="zoom"><p>市人民政府关于做好就业工作的通知</p>${'<table><tr><td rowspan="99999">'.repeat(20000)}一、稳岗返还。</div></body></html>`;
    const err = await ingest({ path: "deep.html", bytes: new TextEncoder().encode(html) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZhengceInputError);
    expect((err as ZhengceInputError).code).toBe("corrupt_file");
  });
  test("negative: ordinary nesting (a table in a table) still reads", async () => {
    const r = await ingest({ path: "corpus/real/guowuyuan-2018-126-chuangxin-table.html" });
    expect(r.text).toContain("序号");
  });
});

describe("gov.cn metadata box with bold labels in their own cells", () => {
  test.each([
    ["corpus/real/guowuyuan-2018-ling706-zhuanli-daili.html", "国令第706号", "国务院", "专利代理条例"],
    [
      "corpus/real/guowuyuan-2018-39-jiuye.html",
      "国发〔2018〕39号",
      "国务院",
      "国务院关于做好当前和今后一个时期促进就业工作的若干意见",
    ],
  ])("%s: 发文字号 %s, 发文机关 %s from the box", async (file, no, issuer, title) => {
    const doc = await extractDocument(file, { ocr: false });
    expect(doc.source.text).toContain(`发文字号：${no}`);
    expect(doc.meta.docNumber).toBe(no);
    expect(doc.meta.issuer).toBe(issuer);
    expect(doc.meta.title).toBe(title);
    expect(doc.meta.cites).not.toContain(no); // its own number is not a cite
  });
  test("negative: a bold run inside prose is not a box label", async () => {
    const html = `<html><body><div id="zoom"><p>市人民政府关于做好就业工作的通知</p><p><b>标题：</b>一、加大支持力度。各县区人民政府要认真抓好落实，确保政策落地见效，惠及更多企业和职工群众，按月报送工作进展情况。</p><p>二、强化组织保障。各地要建立健全工作机制，加强督促检查，及时研究解决工作中遇到的困难和问题，确保各项任务落到实处。</p></div></body></html>`;
    const r = await ingest({ path: "t.html", bytes: new TextEncoder().encode(html) });
    expect(r.text.split("\n")[0]).not.toMatch(/^标题：一、/);
  });
});

describe("a .txt that is Markdown is read as Markdown (content sniffing)", () => {
  test("seed 004 (淄川) saved as .txt: no ## in the title, no <p> in a unit name", async () => {
    const { readFileSync } = await import("node:fs");
    const doc = await extractDocument(
      { path: "zichuan-2020-3.txt", bytes: new Uint8Array(readFileSync("corpus/zichuan-2020-3.md")) },
      { ocr: false },
    );
    expect(doc.warnings.some((w) => w.code === "read_as_markdown")).toBe(true);
    expect(doc.meta.title).toBe(
      "淄川区人民政府关于贯彻落实淄政发〔2020〕4号文件积极应对新冠肺炎疫情做好稳就业工作的通知",
    );
    const names = doc.measures.flatMap((m) => m.units.map((u) => u.name));
    expect(names.some((n) => /<\/?p>|\*\*|##/.test(n))).toBe(false);
    expect(names).toContain("区人社局");
  });
  test("negative: plain notices are not Markdown, even with one bold-looking line", async () => {
    const { looksLikeMarkdown } = await import("../../read/ingest/index.ts");
    const { readFileSync, readdirSync } = await import("node:fs");
    for (const f of readdirSync("corpus/dev").filter((x) => x.endsWith(".txt")))
      expect(looksLikeMarkdown(readFileSync(`corpus/dev/${f}`, "utf8")), f).toBe(false);
    expect(looksLikeMarkdown("关于做好就业工作的通知\n**一、加强组织领导**\n各地要高度重视。")).toBe(false);
    expect(looksLikeMarkdown("## 关于做好就业工作的通知\n\n**一、加强组织领导。**各地要高度重视。")).toBe(true);
  });
});
