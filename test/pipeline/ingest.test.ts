import { describe, expect, test } from "vitest";
import { extractDocument } from "../../pipeline/run.ts";
import { ingest, ZhengceInputError } from "../../read/ingest/index.ts";
import { expectGrounded } from "../helpers.ts";

const rejects = async (path: string, code: string) => {
  const err = await ingest({ path }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZhengceInputError);
  expect((err as ZhengceInputError).code).toBe(code);
  expect((err as ZhengceInputError).message).toContain(path);
};

describe("ingest: bad input gets a typed error naming the file", () => {
  test("empty file", () => rejects("test/fixtures/empty.txt", "empty_file"));
  test("binary bytes in a .txt", () => rejects("test/fixtures/binary.txt", "unsupported_format"));
  test("missing file", () => rejects("test/fixtures/nope.txt", "unreadable_file"));
  test("a portal 404 page is not a notice", () => rejects("test/fixtures/not-a-notice.html", "not_a_notice"));
  test("unknown extension", async () => {
    const err = await ingest({ path: "x.xyz", bytes: new TextEncoder().encode("\u0000\u0001关于印发的通知") }).catch(
      (e: unknown) => e,
    );
    expect((err as ZhengceInputError).code).toBe("unsupported_format");
  });
});

describe("ingest: damaged or empty-of-measures input is a warning naming the file", () => {
  test("a text file cut off in the middle of a character", async () => {
    const doc = await extractDocument("test/fixtures/truncated.txt");
    const w = doc.warnings.find((x) => x.code === "truncated_file");
    expect(w?.file).toBe("test/fixtures/truncated.txt");
    expect(doc.source.encoding).toBe("utf-8"); // not misread as GBK mojibake
    expect(doc.meta.docNumber).toBe("新政办发〔2023〕49号");
    expect(doc.measures.length).toBeGreaterThan(3);
  });
  test("a text with no numbered items", async () => {
    const doc = await extractDocument({
      path: "plain.txt",
      bytes: new TextEncoder().encode("关于做好稳就业工作的通知\n\n各单位要认真做好稳就业工作，确保就业形势总体稳定。"),
    });
    expect(doc.measures).toEqual([]);
    expect(doc.warnings.find((w) => w.code === "no_measures")).toMatchObject({
      severity: "warning",
      file: "plain.txt",
    });
  });
});

describe("ingest: encodings and formats", () => {
  test("GBK text is detected and decoded, with an info diagnostic", async () => {
    const doc = await extractDocument("test/fixtures/gbk-notice.txt");
    expect(doc.source.encoding).toBe("gb18030");
    expect(doc.warnings.map((w) => w.code)).toContain("decoded_gb18030");
    expect(doc.meta.docNumber).toBe("新政办发〔2023〕49号");
    expect(doc.measures.map((m) => m.id)).toEqual(["一.一"]);
    expect(doc.measures[0]!.units.map((u) => [u.role, u.name])).toEqual([
      ["lead", "自治区人力资源和社会保障厅"],
      ["cooperating", "自治区财政厅"],
    ]);
    expectGrounded(doc);
  });

  test("HTML by content even with a .txt name", async () => {
    const html = new TextEncoder().encode(
      "<!DOCTYPE html><html><body><div id='zoom'>" +
        "<p>关于做好就业工作的通知</p>".repeat(1) +
        "<p>一、总体要求。各县（市）人民政府要切实履行稳就业主体责任，建立政府负责人牵头、相关部门共同参与的工作组织领导机制，明确目标任务、工作责任和督促落实机制，统筹领导和推进本县稳就业工作。</p></div></body></html>",
    );
    const ing = await ingest({ path: "page.txt", bytes: html });
    expect(ing.format).toBe("html");
    expect(ing.text).toContain("一、总体要求");
    expect(ing.text).not.toContain("<p>");
  });

  test("portal chrome is dropped from the HTML rendition", async () => {
    const ing = await ingest({ path: "corpus/tacheng-2018-10.html" });
    for (const chrome of [
      "设为首页",
      "当前位置",
      "上一条",
      "下一条",
      "分享到",
      "网站标识码",
      "政府信息公开指南",
      "关闭窗口",
    ])
      expect(ing.text).not.toContain(chrome);
    expect(ing.text).toContain("29.加强就业宣传");
  });

  test("Markdown: table rows with <p> in cells come out as rows, bold markers and markup gone", async () => {
    const ing = await ingest({ path: "corpus/zichuan-2020-3.md" });
    expect(ing.plain.text).toContain("一、加强组织领导。就业是最大的民生工程");
    expect(ing.plain.text).not.toContain("<p>");
    expect(ing.plain.text).not.toContain("**");
    expect(ing.plain.text).toMatch(/^7\t促进高校毕业生就业\t实施“就选山东”/m);
    // the plain view maps back into the Markdown source
    const i = ing.plain.text.indexOf("实施“就选山东”");
    const s = ing.plain.map.span(i, i + 8);
    expect(ing.text.slice(s.start, s.end)).toBe("实施“就选山东”");
  });
});

describe("Markdown lists", () => {
  test("an ordered list's markers are the notice's numbering", async () => {
    const md =
      "# 关于做好就业工作的通知\n\n## 一、支持企业\n\n1. 加大援企稳岗力度。返还失业保险费的50%。\n2. 扩大就业见习。见习补贴每人每月1000元。\n";
    const doc = await extractDocument({ path: "list.md", bytes: new TextEncoder().encode(md) });
    expect(doc.measures.map((m) => [m.id, m.title])).toEqual([
      ["一.1", "加大援企稳岗力度"],
      ["一.2", "扩大就业见习"],
    ]);
    expectGrounded(doc);
  });
});

describe("HTML ordered lists", () => {
  test("<ol><li> items get the number the browser would print", async () => {
    const html =
      '<html><body><div id="zoom"><p>关于做好就业工作的通知</p><p>各县区人民政府，市直各部门：为做好当前就业工作，现通知如下。</p><p>一、支持企业稳定岗位</p><ol><li>加大援企稳岗力度。对不裁员或少裁员的参保企业返还其上年度实际缴纳失业保险费的50%。</li><li>扩大就业见习。见习补贴每人每月1000元，由市人社局负责组织实施。</li></ol></div></body></html>';
    const doc = await extractDocument({ path: "ol.html", bytes: new TextEncoder().encode(html) });
    expect(doc.measures.map((m) => m.id)).toEqual(["一.1", "一.2"]);
  });
});

describe("Markdown text with escapes and character references keeps exact spans", () => {
  test("a date after \\* and &amp; maps to its own characters, not to the whole paragraph", async () => {
    const md =
      "## 关于做好就业工作的通知\n\n**一、加强组织领导。** 对符合条件的企业给予每人1000元补贴\\*，A&amp;B合作，2024年1月1日起施行。\n";
    const r = await ingest({ path: "x.md", bytes: new TextEncoder().encode(md) });
    const at = (s: string) => {
      const i = r.plain.text.indexOf(s);
      const sp = r.plain.map.span(i, i + s.length);
      return r.text.slice(sp.start, sp.end);
    };
    expect(at("2024年1月1日")).toBe("2024年1月1日");
    expect(at("A&B")).toBe("A&amp;B"); // the reference is printed as it stands in the source
    expect(at("补贴*")).toBe("补贴\\*");
  });
  test("negative: plain Markdown text still maps one for one", async () => {
    const r = await ingest({
      path: "y.md",
      bytes: new TextEncoder().encode("## 通知\n\n一、按每人每月1500元给予补贴。\n"),
    });
    const i = r.plain.text.indexOf("1500元");
    const sp = r.plain.map.span(i, i + 5);
    expect(r.text.slice(sp.start, sp.end)).toBe("1500元");
  });
});
