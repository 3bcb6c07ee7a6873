import { describe, expect, test } from "vitest";
import { extractDocument } from "../../pipeline/run.ts";
import { expectGrounded } from "../helpers.ts";

type Row = [label: string, notice: string, expected: Record<string, [string, string][]>, todo?: string];

/** A minimal notice around real unit lines from the corpus; the head sets region and level. */
const notice = (issuer: string, body: string) => `${issuer}\n\n关于做好稳就业工作的通知\n\n${body}\n\n${issuer}\n\n2020年4月3日\n`;

const cases: Row[] = [
  [
    "label lines with a level prefix expanded (tacheng-2020-13 二.一)",
    notice("塔城地区行署办公室", "一、支持企业稳定岗位\n\n（一）加大援企稳岗力度。阶段性降低失业保险费率。\n\n牵头单位：地区人社局\n\n配合单位：地区发改委、工信局、财政局、国资委、应急管理局"),
    { "一.一": [["lead", "地区人社局"], ["cooperating", "地区发改委"], ["cooperating", "地区工信局"], ["cooperating", "地区财政局"], ["cooperating", "地区国资委"], ["cooperating", "地区应急管理局"]] },
  ],
  [
    "an unprefixed list start takes the lead's prefix; self-named bodies keep their names (tacheng-2020-13 二.三)",
    notice("塔城地区行署办公室", "一、甲\n\n（一）加强对企业金融支持。文。\n\n牵头单位：地区财政局\n\n配合单位：塔城银保监分局、发改委、工信局、人行塔城地区中心支行"),
    { "一.一": [["lead", "地区财政局"], ["cooperating", "塔城银保监分局"], ["cooperating", "地区发改委"], ["cooperating", "地区工信局"], ["cooperating", "人行塔城地区中心支行"]] },
  ],
  [
    "列第一位者为牵头单位，下同 applies to later lists (tacheng-2018-10 一.1, 一.3)",
    notice("塔城地区行署办公室", "一、坚持实施就业优先战略\n\n1.促进经济发展与扩大就业联动。文。(地区发改委、财政局、经信委等负责。列第一位者为牵头单位,下同)\n\n2.发挥小微企业就业主渠道作用。文。(地区经信委、发改委、教育局等负责)"),
    {
      "一.1": [["lead", "地区发改委"], ["cooperating", "地区财政局"], ["cooperating", "地区经信委"]],
      "一.2": [["lead", "地区经信委"], ["cooperating", "地区发改委"], ["cooperating", "地区教育局"]],
    },
  ],
  [
    "implementing governments from 下同, in the document's bracketed form (pingliang-2019-1 一.一, 六.十五, 九.二十二)",
    notice(
      "平凉市人民政府",
      "一、甲\n\n（一）大力发展实体经济稳定就业。文。（市发改委、市工信委、市人社局等负责。列第一位者为牵头单位；各县市区政府负责落实，下同）\n\n（二）乙。文。（市人社局负责）\n\n二、靠实工作责任\n\n（三）加强组织领导。各县(市、区)政府要切实承担本县(市、区)促进就业工作的主体责任。",
    ),
    {
      "一.一": [["lead", "市发改委"], ["cooperating", "市工信委"], ["cooperating", "市人社局"], ["implementing", "各县（市、区）政府"]],
      "一.二": [["lead", "市人社局"], ["implementing", "各县（市、区）政府"]],
      "二.三": [["implementing", "各县（市、区）政府"]],
    },
  ],
  [
    "lists split at ， and 、; prefix from the last prefixed item, skipping self-named (xinjiang-2023-49 四.十一, 四.十二)",
    notice(
      "新疆维吾尔自治区人民政府办公厅",
      "一、甲\n\n（一）加大金融服务支持力度。文。\n\n牵头单位：中国人民银行乌鲁木齐中心支行\n\n配合单位：自治区地方金融监督管理局、新疆银保监局、人力资源和社会保障厅等\n\n（二）增强创业带动就业效果。文。\n\n牵头单位：自治区人力资源和社会保障厅\n\n配合单位：自治区财政厅，中国人民银行乌鲁木齐中心支行，自治区商务厅、市场监督管理局等",
    ),
    {
      "一.一": [["lead", "中国人民银行乌鲁木齐中心支行"], ["cooperating", "自治区地方金融监督管理局"], ["cooperating", "新疆银保监局"], ["cooperating", "自治区人力资源和社会保障厅"]],
      "一.二": [["lead", "自治区人力资源和社会保障厅"], ["cooperating", "自治区财政厅"], ["cooperating", "中国人民银行乌鲁木齐中心支行"], ["cooperating", "自治区商务厅"], ["cooperating", "自治区市场监督管理局"]],
    },
  ],
  [
    "government lists stay whole: 各州、市人民政府 and 各行政公署 (xinjiang-2023-49 一.三)",
    notice("新疆维吾尔自治区人民政府办公厅", "一、甲\n\n（一）加大“直补快办”落实力度。文。\n\n牵头单位：自治区人力资源和社会保障厅\n\n配合单位：各州、市人民政府，各行政公署"),
    { "一.一": [["lead", "自治区人力资源和社会保障厅"], ["cooperating", "各州、市人民政府"], ["cooperating", "各行政公署"]] },
  ],
  [
    "责任单位 with a separate lead (tacheng-2020-13 八.二十七)",
    notice("塔城地区行署办公室", "一、加强组织保障\n\n（一）完善舆论宣传引导机制。文。\n\n牵头单位：地委宣传部\n\n责任单位：各县（市）人民政府，地区网信办、人社局"),
    { "一.一": [["lead", "地委宣传部"], ["responsible", "各县（市）人民政府"], ["responsible", "地区网信办"], ["responsible", "地区人社局"]] },
  ],
  [
    "（X牵头，Y参加） style, with 由",
    notice("平凉市人民政府", "一、甲\n\n（一）强化失业动态监测。文。（由市人社局牵头，市发改委、市统计局参加）"),
    { "一.一": [["lead", "市人社局"], ["cooperating", "市发改委"], ["cooperating", "市统计局"]] },
  ],
  [
    "two units joined by 和 are two; 人力资源和社会保障 is one",
    notice("平凉市人民政府", "一、甲\n\n（一）强化失业动态监测。文。（市人社局和市统计局、市发展和改革委员会等负责）"),
    { "一.一": [["responsible", "市人社局"], ["responsible", "市统计局"], ["responsible", "市发展和改革委员会"]] },
  ],
  [
    "按职责分工负责 and a government list with brackets (a provincial style)",
    notice("某某省人民政府办公厅", "一、甲\n\n（一）加强组织领导。文。（省人力资源社会保障厅、省财政厅，各市、县（区）人民政府按职责分工负责）"),
    { "一.一": [["responsible", "省人力资源社会保障厅"], ["responsible", "省财政厅"], ["responsible", "各市、县（区）人民政府"]] },
  ],
  [
    "a lead marked （牵头） inside a 责任单位 list",
    notice("某某市人民政府", "一、甲\n\n（一）强化就业服务。文。\n\n责任单位：市人社局（牵头），市财政局、市税务局"),
    { "一.一": [["lead", "市人社局"], ["cooperating", "市财政局"], ["cooperating", "市税务局"]] },
  ],
  [
    "no lead convention: a 负责 list is responsible",
    notice("平凉市人民政府", "一、甲\n\n（一）强化失业动态监测。文。（市人社局、市统计局等负责）"),
    { "一.一": [["responsible", "市人社局"], ["responsible", "市统计局"]] },
  ],
];

// [label, notice, measure id]: no units
const negatives: [string, string, string][] = [
  ["bodies named as subjects in the text are not units (pingliang-2019-1 九.二十三)", notice("平凉市人民政府", "一、靠实工作责任\n\n（一）明确部门责任。市人社局要统筹协调促进就业政策制定。市财政局要加大资金支持力度。"), "一.一"],
  ["a parenthesis inside the text that is not a unit list", notice("塔城地区行署办公室", "一、甲\n\n（一）加强培训。支持职业院校（含技工院校）开展培训。"), "一.一"],
];

describe("units", () => {
  test.each(cases)("%s", async (_label, text, expected, todo) => {
    if (todo) return;
    const doc = await extractDocument({ path: "case.txt", bytes: new TextEncoder().encode(text) });
    expectGrounded(doc);
    for (const [id, units] of Object.entries(expected)) {
      const m = doc.measures.find((x) => x.id === id);
      expect(m, id).toBeDefined();
      expect(m!.units.map((u) => [u.role, u.name]), id).toEqual(units);
    }
  });
  test.each(negatives)("negative: %s", async (_label, text, id) => {
    const doc = await extractDocument({ path: "case.txt", bytes: new TextEncoder().encode(text) });
    expect(doc.measures.find((m) => m.id === id)!.units).toEqual([]);
  });
  test("a run-together pair is split and table units are responsible (zichuan-2020-3 附件.8)", async () => {
    const doc = await extractDocument("corpus/zichuan-2020-3.md");
    const names = doc.measures.find((m) => m.id === "附件.8")!.units.map((u) => `${u.role} ${u.name}`);
    expect(names).toContain("responsible 区水利局");
    expect(names).toContain("responsible 区人社局");
    expect(names).not.toContain("responsible 区水利局区人社局");
    expect(names).toContain("implementing 各镇（街道、开发区）");
  });
  test("an expanded name says it was inferred, and its text is what the source printed", async () => {
    const doc = await extractDocument("corpus/tacheng-2020-13.txt");
    const u = doc.measures.find((m) => m.id === "二.一")!.units.find((x) => x.name === "地区财政局")!;
    expect(u.text).toBe("财政局");
    expect(u.inferred).toContain("prefix");
  });
});
