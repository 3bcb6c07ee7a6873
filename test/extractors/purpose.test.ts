import { describe, expect, test } from "vitest";
import type { Amount } from "../../schemas/index.ts";
import { run } from "./harness.ts";

/** [label, real sentence, the amount's text, expected purpose label] */
const cases: [string, string, string, string][] = [
  [
    "pingliang-2019-1 四.八 individual loan",
    "对于符合创业担保贷款申请条件的个人从事个体经营，可给予最高不超过15万元的个人创业担保贷款及贴息扶持；",
    "最高不超过15万元",
    "个人创业担保贷款",
  ],
  [
    "pingliang-2019-1 四.八 small-firm loan",
    "小微企业当年新招用符合创业担保贷款申请条件的人员数量达到企业现有在职职工人数25%（超过100人的企业达到15%）并与其签订1年以上劳动合同，可申请最高不超过300万元的小微企业创业担保贷款及贴息扶持。",
    "最高不超过300万元",
    "小微企业创业担保贷款",
  ],
  [
    "xinjiang-2023-49 四.十二 individual",
    "符合条件的个人可申请最高不超过20万元额度的创业担保贷款，符合条件的企业可申请最高不超过300万元额度的创业担保贷款。",
    "最高不超过20万元",
    "个人·创业担保贷款",
  ],
  [
    "xinjiang-2023-49 四.十二 enterprise",
    "符合条件的个人可申请最高不超过20万元额度的创业担保贷款，符合条件的企业可申请最高不超过300万元额度的创业担保贷款。",
    "最高不超过300万元",
    "企业·创业担保贷款",
  ],
  [
    "zichuan-2020-3 附件.15 partnership",
    "符合条件的个人借款人合伙创业或组织起来共同创业，可申请最高45万元创业担保贷款。",
    "最高45万元",
    "个人借款人合伙创业·创业担保贷款",
  ],
  [
    "xinjiang-2023-49 一.二 hiring subsidy",
    "由企业所在地按照每人1000元的标准给予一次性吸纳就业补贴，政策实施期限截至2023年12月31日。",
    "每人1000元",
    "一次性吸纳就业补贴",
  ],
];

describe("purpose of an amount", () => {
  test.each(cases)("%s", (_l, sentence, amountText, label) => {
    const a = run(sentence, "amounts", "2020-01-01").found.find((f) => f.text === amountText) as Amount | undefined;
    expect(a?.purpose?.label).toBe(label);
    for (const p of a!.purpose!.parts) expect(sentence.slice(p.span.start, p.span.end)).toBe(p.text);
  });
  test("no purpose is made up where the text names none", () => {
    const a = run("按照初级（五级）1000元的标准", "amounts", "2020-01-01").found[0] as Amount;
    expect(a.purpose).toBeUndefined();
  });
});
