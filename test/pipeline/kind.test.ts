import { describe, expect, test } from "vitest";
import { nonNoticeKind } from "../../read/kind.ts";
import { extractDocument } from "../../pipeline/run.ts";

// titles as printed at the head of real documents of each class; negatives are notices whose titles name the same things
const ROWS: [string, string | undefined][] = [
  [
    "洪泽区人民政府\n2023年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室根据《条例》要求编制。",
    "annual_report",
  ],
  ["北京市人力资源和社会保障局2022年政府信息公开工作年度报告\n一、总体情况", "annual_report"],
  ["上海市普陀区2026年区级部门预算\n预算主管部门：上海市普陀区司法局\n目录", "budget"],
  ["2023年度淮安市商务局部门决算\n目录", "budget"],
  ["2023年淮安市国民经济和社会发展统计公报\n淮安市统计局", "statistics"],
  ["《关于进一步稳定和扩大就业的若干措施》政策解读\n近日，市政府办公室印发了《措施》。", "interpretation"],
  // negatives: notices about budgets or reports are notices
  ["财政部关于做好2024年中央部门预算编制工作的通知\n各中央部门：", undefined],
  ["国务院办公厅关于印发《政府信息公开工作年度报告格式》的通知\n国办函〔2021〕30号", undefined],
  ["国务院办公厅关于2019年部分节假日安排的通知\n国办发明电〔2018〕15号", undefined],
  // negative: a portal breadcrumb above a notice
  ["首页 > 政务公开 > 政策解读\n市人民政府关于印发促进就业若干措施的通知\n各县区人民政府：", undefined],
  // negative: the words later in the body, not in the head
  ["关于做好政务公开工作的通知\n各县区：\n请于1月31日前报送政府信息公开工作年度报告。", undefined],
];

describe("documents that are not notices, from their head", () => {
  test.each(ROWS)("%s → %s", (text, kind) => {
    expect(nonNoticeKind(text)?.kind).toBe(kind);
  });
  test("a real annual report and a real budget: kind set, no TOC or table lines as measures, a warning with the place; --as-notice reads them", async () => {
    for (const [f, kind] of [
      ["corpus/real/huaian-hongze-2023-xxgk-nianbao.pdf", "annual_report"],
      ["corpus/real/shanghai-putuo-2026-sifaju-yusuan.pdf", "budget"],
    ] as const) {
      const doc = await extractDocument(f, { ocr: false });
      expect(doc.kind).toBe(kind);
      expect(doc.measures).toEqual([]);
      const w = doc.warnings.find((x) => x.code === "not_a_notice");
      expect(w?.place).toBeDefined();
      const forced = await extractDocument(f, { ocr: false, asNotice: true });
      expect(forced.measures.length).toBeGreaterThan(0);
    }
  });
});

describe("blank PDF pages are not sent to OCR", () => {
  test("the spare empty page 3 of the Putuo budget: an info diagnostic, no OCR call; pages with vector glyphs still go to OCR", async () => {
    let calls = 0;
    const engine = {
      name: "counting",
      recognize: async () => {
        calls++;
        return [];
      },
    };
    const doc = await extractDocument("corpus/real/shanghai-putuo-2026-sifaju-yusuan.pdf", { ocr: engine as never });
    expect(calls).toBe(0);
    expect(doc.warnings.filter((w) => w.code === "blank_page").map((w) => w.reason)).toEqual(["page 3 is blank"]);
    // negative: the CAC PDF draws every glyph as a path — not blank, so every page is tried by OCR
    calls = 0;
    await extractDocument("corpus/real/cac-2023-ling15-aigc-printed.pdf", { ocr: engine as never }).catch(
      () => undefined,
    );
    expect(calls).toBe(3);
  });
});
