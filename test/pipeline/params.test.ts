import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { extractDocument } from "../../pipeline/run.ts";
import { extractParams } from "../../pipeline/analysis/params.ts";
import { paramToYaml } from "../../output/params.ts";
import { ParamSet } from "../../schemas/params.ts";
import type { PolicyDocument } from "../../schemas/index.ts";

const SEEDS = [
  "corpus/pingliang-2019-1.txt",
  "corpus/tacheng-2018-10.txt",
  "corpus/tacheng-2020-13.txt",
  "corpus/xinjiang-2023-49.txt",
  "corpus/zichuan-2020-3.md",
  "corpus/xinjiang-2023-49.html",
];
const load = async () => {
  const docs: PolicyDocument[] = [];
  for (const f of SEEDS) docs.push(await extractDocument(f));
  return ParamSet.parse(extractParams(docs));
};

/**
 * Each row checked by hand against the notice: the sentence, the value, the day (the signing date
 * printed at the end of the notice when the sentence states no start), the end when stated.
 */
const HAND_CHECKED: [name: string, date: string, value: number, measure: string, end: string | null][] = [
  // 新政办发〔2023〕49号 (2023年8月9日): 大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还，中小微企业按60%返还。
  ["新疆维吾尔自治区.wengang_fanhuan.large_rate", "2023-08-09", 30, "一.一", null],
  ["新疆维吾尔自治区.wengang_fanhuan.sme_rate", "2023-08-09", 60, "一.一", null],
  // …符合条件的个人可申请最高不超过20万元额度的创业担保贷款，符合条件的企业可申请最高不超过300万元…
  ["新疆维吾尔自治区.chuangye_danbao_daikuan.individual_amount_max", "2023-08-09", 200000, "四.十二", null],
  ["新疆维吾尔自治区.chuangye_danbao_daikuan.enterprise_amount_max", "2023-08-09", 3000000, "四.十二", null],
  // …按照每人1000元的标准给予一次性吸纳就业补贴，政策实施期限截至2023年12月31日。
  ["新疆维吾尔自治区.xina_jiuye_butie.enterprise_amount_per_person", "2023-08-09", 1000, "一.二", "2023-12-31"],
  // 平政发〔2019〕1号 (2019年1月9日): 可给予最高不超过15万元的个人创业担保贷款及贴息扶持
  ["平凉市.chuangye_danbao_daikuan.individual_amount_max", "2019-01-09", 150000, "四.八", null],
  // 对吸纳就业见习人员的单位，按每人每月1000元的标准给予就业见习补贴 / 留用率达到50%以上的单位…提高到每人每月1200元
  ["平凉市.jiuye_jianxi.trainee_amount_per_person_month", "2019-01-09", 1000, "四.十", null],
  ["平凉市.jiuye_jianxi.retention_amount_per_person_month", "2019-01-09", 1200, "四.十", null],
  // 川政发〔2020〕3号 (2020年3月26日), 附件 row 5: 对不裁员或少裁员的参保企业,返还其上年度实际缴纳失业保险费的50%。
  ["淄川区.wengang_fanhuan.enterprise_rate", "2020-03-26", 50, "附件.5", null],
];

describe("params: effective-dated parameters with references", () => {
  test.each(HAND_CHECKED)("%s on %s = %d (measure %s)", async (name, date, value, measure, end) => {
    const set = await cached();
    const p = set.parameters.find((x) => x.name === name);
    expect(p, `no parameter ${name}; have ${set.parameters.map((x) => x.name).join(", ")}`).toBeDefined();
    const v = p!.values.find((x) => x.date === date)!;
    expect(v.value).toBe(value);
    expect(v.dateFrom).toBe("signing_date");
    expect(v.end).toBe(end);
    expect(v.reference.measure).toBe(measure);
    expect(v.reference.sentence).toContain(v.reference.text);
    expect(p!.conflicts).toEqual([]);
  });

  test("the same notice read as text and as HTML counts once; nothing unclassified is lost", async () => {
    const set = await cached();
    const n = set.parameters.find((x) => x.name === "新疆维吾尔自治区.wengang_fanhuan.sme_rate")!;
    expect(n.values.length).toBe(1);
    for (const u of set.unclassified) expect(u.why.length).toBeGreaterThan(0);
  });

  test("the YAML follows OpenFisca's parameter-file rules", async () => {
    const set = await cached();
    for (const p of set.parameters) {
      const y = parse(paramToYaml(p)) as Record<string, unknown>;
      // a parameter file: only these keys (openfisca_core.parameters.config.COMMON_KEYS ∪ {values})
      for (const k of Object.keys(y))
        expect(["description", "metadata", "unit", "reference", "documentation", "values"]).toContain(k);
      const values = y.values as Record<string, unknown>;
      expect(Object.keys(values).length).toBeGreaterThan(0);
      for (const [instant, v] of Object.entries(values)) {
        expect(instant).toMatch(/^\d{4}-\d{2}-\d{2}$/); // keys must be YYYY-MM-DD instants
        const at = v as Record<string, unknown>;
        for (const k of Object.keys(at)) expect(["value", "metadata", "unit", "reference"]).toContain(k);
        expect("value" in at).toBe(true);
        const val = at.value;
        expect(
          val === null || typeof val === "number" || (Array.isArray(val) && val.every((x) => typeof x === "number")),
        ).toBe(true);
      }
    }
    // a rate is a fraction in OpenFisca (/1): 60% is 0.6
    const sme = parse(paramToYaml(set.parameters.find((x) => x.name === "新疆维吾尔自治区.wengang_fanhuan.sme_rate")!));
    expect(sme.metadata.unit).toBe("/1");
    expect(sme.values["2023-08-09"].value).toBe(0.6);
    // a stated end is a null value the day after
    const xina = parse(
      paramToYaml(
        set.parameters.find((x) => x.name === "新疆维吾尔自治区.xina_jiuye_butie.enterprise_amount_per_person")!,
      ),
    );
    expect(xina.values["2024-01-01"].value).toBeNull();
  });
});

let memo: Promise<ParamSet> | undefined;
const cached = () => (memo ??= load());

describe("params: a repealed notice's values end when the notice that repeals it takes effect", () => {
  const notice = (no: string, date: string, body: string) =>
    extractDocument({
      path: `${no}.txt`,
      bytes: new TextEncoder().encode(
        `庆阳市人民政府关于进一步做好稳就业工作的通知\n庆政发〔${no}\n各县区人民政府：\n${body}\n庆阳市人民政府\n${date}\n`,
      ),
    });
  test("2021 sets a 稳岗返还 rate; 2023 repeals it without restating it: the value ends the day before; negative: a restated value is simply followed", async () => {
    const old = await notice(
      "2021〕3号",
      "2021年3月1日",
      "一、落实稳岗返还政策。对不裁员或少裁员的参保企业，返还其上年度实际缴纳失业保险费的50%。\n二、落实创业担保贷款政策。符合条件的个人可申请最高不超过20万元的创业担保贷款。",
    );
    const repeal = await notice(
      "2023〕8号",
      "2023年6月1日",
      "一、落实创业担保贷款政策。符合条件的个人可申请最高不超过30万元的创业担保贷款。\n二、本通知自印发之日起施行，《庆阳市人民政府关于进一步做好稳就业工作的通知》（庆政发〔2021〕3号）同时废止。",
    );
    const set = extractParams([old, repeal]);
    const rate = set.parameters.find((p) => p.instrument === "wengang-fanhuan")!;
    expect(rate.values.map((v) => [v.date, v.value, v.end, v.supersededBy])).toEqual([
      ["2021-03-01", 50, "2023-05-31", "庆政发〔2023〕8号"],
    ]);
    const yaml = parse(paramToYaml(rate));
    expect(yaml.values["2023-06-01"].value).toBeNull();
    const loan = set.parameters.find((p) => p.instrument === "chuangye-danbao-daikuan" && p.quantity === "amount_max")!;
    expect(loan.values.map((v) => [v.date, v.value, v.end])).toEqual([
      ["2021-03-01", 200000, null],
      ["2023-06-01", 300000, null],
    ]);
  });
});
