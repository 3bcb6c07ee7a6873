import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { compareDocuments } from "../../pipeline/analysis/compare.ts";
import { diffDocuments } from "../../pipeline/analysis/diff.ts";
import { extractDocument } from "../../pipeline/run.ts";
import { PolicyDiff, type Change, type MeasurePair } from "../../schemas/index.ts";
import { corpusDoc } from "../helpers.ts";

const pairOf = (pairs: MeasurePair[], a: string, b: string) => pairs.find((p) => p.a === a && p.b === b);
const amountChange = (p: MeasurePair | undefined, from: number, to: number) =>
  p?.changes.find(
    (c): c is Extract<Change, { family: "amount" }> =>
      c.family === "amount" && c.change === "changed" && c.from[0]?.value === from && c.to.some((t) => t.value === to),
  );

describe("diff on real pairs", () => {
  test("Tacheng 2020 二.一 加大援企稳岗力度 ↔ Xinjiang 2023 一.一 继续实施失业保险稳岗返还政策", async () => {
    const d = diffDocuments(await corpusDoc("tacheng-2020-13.txt"), await corpusDoc("xinjiang-2023-49.txt"));
    expect(PolicyDiff.safeParse(d).success).toBe(true);
    const p = pairOf(d.pairs, "二.一", "一.一");
    expect(p).toBeDefined();
    expect(p!.status).toBe("changed");
    // the lead unit changed with the level of government
    expect(
      p!.changes.some(
        (c) =>
          c.family === "unit" &&
          c.change === "lead-changed" &&
          c.from.includes("地区人社局") &&
          c.to.includes("自治区人力资源和社会保障厅"),
      ),
    ).toBe(true);
    // a deadline moved to 2023-12-31
    expect(
      p!.changes.some((c) => c.family === "period" && c.change === "changed" && c.to[0]?.end === "2023-12-31"),
    ).toBe(true);
    expect(d.meta.changes.find((c) => c.field === "level")).toEqual({ field: "level", a: "prefecture", b: "province" });
  });

  test("小微企业创业担保贷款 new-hire ratio: Pingliang 2019 25% (15% over 100 staff) → Tacheng 2020 20% (10%)", async () => {
    const d = diffDocuments(await corpusDoc("pingliang-2019-1.txt"), await corpusDoc("tacheng-2020-13.txt"));
    const holders = d.pairs.filter((p) => amountChange(p, 25, 20));
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.some((p) => amountChange(p, 15, 10))).toBe(true);
    expect(holders[0]!.a).toBe("四.八");
  });

  test("Zichuan 附件.15 实施创业金服计划 aligns with the Tacheng 2020 measure that sets the same 20%/10%", async () => {
    const d = diffDocuments(await corpusDoc("zichuan-2020-3.md"), await corpusDoc("tacheng-2020-13.txt"));
    const p = d.pairs.find((x) => x.a === "附件.15");
    expect(p?.b).toBe("四.十");
    // the ratios are the same on both sides, so they are not reported as changed
    expect(p!.changes.some((c) => c.family === "amount" && c.change === "changed")).toBe(false);
  });

  test("a notice against itself: every measure unchanged, nothing added or removed", async () => {
    const x = await corpusDoc("xinjiang-2023-49.txt");
    const d = diffDocuments(x, x);
    expect(d.pairs).toHaveLength(x.measures.length);
    expect(d.pairs.every((p) => p.status === "unchanged" && p.a === p.b && p.changes.length === 0)).toBe(true);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
  });

  test("a copy with one amount and one date edited: exactly those two changes", async () => {
    const original = readFileSync("corpus/xinjiang-2023-49.txt", "utf8");
    const first = original.indexOf("2023年12月31日");
    const edited = (
      original.slice(0, first) +
      "2024年6月30日" +
      original.slice(first + "2023年12月31日".length)
    ).replace("每人1000元", "每人1500元");
    const A = await extractDocument("corpus/xinjiang-2023-49.txt");
    const B = await extractDocument({ path: "edited.txt", bytes: new TextEncoder().encode(edited) });
    const d = diffDocuments(A, B);
    const changes = d.pairs.flatMap((p) => p.changes.map((c) => ({ pair: `${p.a}→${p.b}`, c })));
    expect(changes).toHaveLength(2);
    expect(changes.map(({ pair, c }) => `${pair} ${c.family} ${c.summary}`)).toEqual([
      "一.一→一.一 period deadline moved 2023-12-31 → 2024-06-30",
      "一.二→一.二 amount 一次性吸纳就业补贴 1000元/人 → 1500元/人",
    ]);
    expect(d.pairs.filter((p) => p.status === "changed").map((p) => p.a)).toEqual(["一.一", "一.二"]);
    const runs = d.pairs.find((p) => p.a === "一.二")!.textDiff;
    expect(
      runs
        .filter((r) => r.op === "delete")
        .map((r) => r.text)
        .join(""),
    ).toBe("0");
    expect(
      runs
        .filter((r) => r.op === "insert")
        .map((r) => r.text)
        .join(""),
    ).toBe("5");
  });

  test("B cites A: a derived document", async () => {
    const zichuan = await corpusDoc("zichuan-2020-3.md");
    const parent = { ...zichuan, meta: { ...zichuan.meta, docNumber: "淄政发〔2020〕4号", cites: [] } };
    const d = diffDocuments(parent, zichuan);
    expect(d.meta.bCitesA).toBe(true);
    expect(d.meta.aCitesB).toBe(false);
  });
});

describe("compare", () => {
  test("keeps the 创业担保贷款 ceilings apart by what each is for", async () => {
    const docs = await Promise.all(
      ["pingliang-2019-1.txt", "xinjiang-2023-49.txt", "zichuan-2020-3.md", "xinjiang-2023-49.html"].map(corpusDoc),
    );
    const rows = compareDocuments(docs).filter((r) => r.instrument === "chuangye-danbao-daikuan" && r.kind === "money");
    const got = rows.map((r) => `${r.region} ${r.year} ${r.label} ${r.value}`);
    expect(got).toEqual([
      "平凉市 2019 个人创业担保贷款 150000",
      "平凉市 2019 小微企业创业担保贷款 3000000",
      "新疆维吾尔自治区 2023 个人·创业担保贷款 200000",
      "新疆维吾尔自治区 2023 企业·创业担保贷款 3000000",
      "淄川区 2020 个人借款人合伙创业·创业担保贷款 450000",
    ]);
  });
});

describe("alignment against the development golds (corpus/diff, scored as its README says)", () => {
  const cases: [string, string, string, { sure: number; precision: number; changes: number }][] = [
    // measured at this commit; the targets (≥ 0.90 / 0.90 / 0.85) are the todo rows below
    [
      "001-000",
      "corpus/tacheng-2018-10.txt",
      "corpus/tacheng-2020-13.txt",
      { sure: 0.83, precision: 0.87, changes: 0.5 },
    ],
    ["004-000", "corpus/zichuan-2020-3.md", "corpus/tacheng-2020-13.txt", { sure: 0.75, precision: 1, changes: 1 }],
  ];
  test.each(cases)("%s: sure recall, precision and change recall at least as measured", async (name, a, b, floor) => {
    const { scoreDiff } = await import("../../pipeline/analysis/diffScore.ts");
    const { readFileSync } = await import("node:fs");
    const gold = JSON.parse(readFileSync(`corpus/diff/${name}.json`, "utf8"));
    const s = scoreDiff(diffDocuments(await extractDocument(a), await extractDocument(b)), gold);
    expect(s.sureRecall).toBeGreaterThanOrEqual(floor.sure);
    expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(s.changeRecall).toBeGreaterThanOrEqual(floor.changes);
  });
  test.todo("001-000 and 004-000: sure recall ≥ 0.90, precision ≥ 0.90, change recall ≥ 0.85 (issue 13)");
  test("the global assignment beats first-come pairing: a row's best column may go to the row that needs it more", async () => {
    const { maxWeightAssignment } = await import("../../pipeline/analysis/diff.ts");
    // greedy would give row 0 column 0 (0.9) and leave row 1 with 0.1; the assignment gives 0.8 + 0.85
    expect(
      maxWeightAssignment([
        [0.9, 0.8],
        [0.85, 0.1],
      ]),
    ).toEqual([1, 0]);
    expect(maxWeightAssignment([[0.5], [0.7], [0.1]])).toEqual([-1, 0, -1]);
  });
});
