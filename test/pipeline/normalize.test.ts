import { describe, expect, test } from "vitest";
import { normalize } from "../../read/normalize.ts";
import { OffsetMap } from "../../core/text.ts";

const norm = (s: string) => normalize({ text: s, map: OffsetMap.identity(s.length) });

// [label, source text, expected normalised text]
const cases: [string, string, string][] = [
  [
    "word split across a page break (tacheng-2020-13)",
    "对没有市场前景、生产恢复无望的“僵尸企业”和严重违法失信企业不宜发放稳岗补贴。将受疫情影响企业、困\n\n难企业职工培训纳入职业技能提升行动",
    "对没有市场前景、生产恢复无望的“僵尸企业”和严重违法失信企业不宜发放稳岗补贴。将受疫情影响企业、困难企业职工培训纳入职业技能提升行动",
  ],
  ["spaces inside a date (tacheng-2020-13)", "实施期限至 2020 年 12 月 31 日。", "实施期限至2020年12月31日。"],
  [
    "PDF space inside a title word (tacheng-2020-13)",
    "关于印发塔城地区进一步做好稳就业 工作实施方案的通知",
    "关于印发塔城地区进一步做好稳就业工作实施方案的通知",
  ],
  ["square brackets in a 文号 (xinjiang-2023-49)", "新政办发[2023]49号", "新政办发〔2023〕49号"],
  [
    "half-width brackets and commas (tacheng-2018-10)",
    "各县(市)人民政府,地区各委、办、局",
    "各县（市）人民政府，地区各委、办、局",
  ],
  ["full-width digits", "每人每月最高补贴５００元", "每人每月最高补贴500元"],
  [
    "unit list split by a page break (pingliang-2019-1)",
    "（市人社局、市发改委、市商务局、市工商\n\n局、市统计局等负责）",
    "（市人社局、市发改委、市商务局、市工商局、市统计局等负责）",
  ],
  [
    "hard-wrapped addressee line (tacheng-2020-13)",
    "各县（市）人民政府，地区各委、办、局，各自治区级工业园区、\n塔城市边境经济合作区管委会：",
    "各县（市）人民政府，地区各委、办、局，各自治区级工业园区、塔城市边境经济合作区管委会：",
  ],
  [
    "a wrapped heading is joined even when the next line starts with a role word without a colon",
    "（二）强化服务，做好企业用工服务\n保障工作参与单位要加强协作。",
    "（二）强化服务，做好企业用工服务保障工作参与单位要加强协作。",
  ],
];

// [label, source text]: must not be joined or changed
const negatives: [string, string][] = [
  [
    "a title line is not joined to the addressees",
    "关于印发塔城地区进一步做好稳就业工作实施方案的通知\n\n各县（市）人民政府，地区各委、办、局：",
  ],
  ["an item is not joined to the next numbered item", "缓缴期间免收滞纳金。\n\n（三）加强对企业金融支持。"],
  ["a unit label line stays on its own line", "牵头单位：地区人社局\n\n配合单位：地区发改委、工信局"],
  // issue 9 bug B: normalize typed its own label list without 参与单位; it is built from ROLE_LABELS now
  [
    "参与单位： after an unpunctuated heading is a unit line",
    "（二）强化服务，做好企业用工服务保障工作\n参与单位：市财政局",
  ],
  ["负责单位： after an unpunctuated heading is a unit line", "（一）加强组织领导\n负责单位：区人社局"],
  ["Latin words keep their space", "GB/T 1.1 and ISO 9001"],
  ["table rows stay rows", "1\t建立制度\t聚焦保障\t区人社局\n\n2\t扩大线上招聘服务\t组织\t区人社局"],
];

describe("normalize", () => {
  test.each(cases)("%s", (_label, src, expected) => {
    const n = norm(src);
    expect(n.text).toBe(expected);
    // every character of the output maps back to a character of the source that equals it or its fold
    for (let i = 0; i < n.text.length; i++) {
      const s = n.map.span(i, i + 1);
      expect(s.end - s.start, `char ${i} ${n.text[i]}`).toBeGreaterThanOrEqual(1);
    }
  });
  test.each(negatives)("negative: %s", (_label, src) => {
    expect(norm(src).text.replace(/\s/g, "")).toBe(src.replace(/\s/g, "").replace(/\(/g, "（").replace(/\)/g, "）"));
    expect(norm(src).text.split("\n").filter(Boolean).length).toBe(src.split("\n").filter(Boolean).length);
  });
  test("spans map back through removed spaces and joined lines", () => {
    const src =
      "困难企业组织开展的职工岗前培训、特种作业人员安全培训等全部纳入补贴性培训范围，实施期限至 2020 年 12\n\n月 31 日。";
    const n = norm(src);
    const i = n.text.indexOf("2020年12月31日");
    const s = n.map.span(i, i + "2020年12月31日".length);
    expect(src.slice(s.start, s.end)).toBe("2020 年 12\n\n月 31 日");
  });
});
