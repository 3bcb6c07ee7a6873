import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { LlmSession, llmConfig, type LlmConfig } from "../../pipeline/llm/session.ts";
import { numbersIn } from "../../pipeline/llm/ground.ts";
import { extractDocument } from "../../pipeline/run.ts";
import { expectGrounded } from "../helpers.ts";
import { fakeLlmServer, type FakeRequest } from "./fakeServer.ts";

// a notice in the corpus's style; 贰仟元 (大写 numerals) is a form the rules do not read
const NOTICE = `某某市人民政府关于做好稳就业工作的通知

某政发〔2021〕1号

一、加大创业担保贷款支持力度。符合条件的个人可申请最高不超过20万元额度的创业担保贷款，对吸纳高校毕业生就业的小微企业给予一次性补贴贰仟元。（市人社局负责）

二、延长政策期限。相关政策实施期限截至12月31日。（市财政局负责）

某某市人民政府

2021年3月15日
`;

const input = () => ({ path: "llm-case.txt", bytes: new TextEncoder().encode(NOTICE) });
const session = (url: string, over: Partial<LlmConfig> = {}) => new LlmSession(llmConfig({ baseURL: url, model: "fake", apiKey: "test", cacheDir: mkdtempSync(join(tmpdir(), "zhengce-llm-")), timeoutMs: 5000, ...over }));

/** What the fake model answers: some grounded, some invented. */
function model(r: FakeRequest): unknown {
  if (r.task === "label") {
    const first = r.user.includes("创业担保贷款支持力度");
    return {
      abstain: !first,
      reason: first ? null : "这一条没有金额",
      amounts: first ? [{ index: 0, purpose: "创业担保贷款" }] : [],
      instruments: first ? [{ id: "chuangye-danbao-daikuan", quote: "创业担保贷款" }, { id: "gongyi-gangwei", quote: "公益性岗位开发" }] : [],
      targetGroups: first ? [{ name: "高校毕业生", quote: "高校毕业生" }] : [],
    };
  }
  if (r.task === "fallback") {
    return {
      abstain: false,
      reason: null,
      amounts: [
        { quote: "一次性补贴贰仟元", kind: "money", value: 2000, high: null, unit: "元", bound: "exact", per: null },
        { quote: "一次性补贴贰仟元", kind: "money", value: 5000, high: null, unit: "元", bound: "exact", per: null }, // invented
        { quote: "每人每月补贴800元", kind: "money", value: 800, high: null, unit: "元", bound: "exact", per: "人·月" }, // not in the text
      ],
      periods: [],
    };
  }
  if (r.task === "review") return { abstain: false, reason: null, verdicts: [{ index: 0, verdict: "disagree", correction: "截至2022年12月31日" }] };
  return {};
}

describe("LLM assist (against a local OpenAI-compatible server)", () => {
  test("grounded values are kept and marked; invented numbers and foreign quotes are dropped with a diagnostic", async () => {
    const srv = await fakeLlmServer(model);
    try {
      const doc = await extractDocument(input(), { llm: session(srv.url) });
      expectGrounded(doc);
      const m1 = doc.measures.find((m) => m.id === "一")!;
      // rules: 20万元; the model adds 贰仟元, grounded by the numeral parser
      expect(m1.amounts.map((a) => [a.value, a.origin ?? "rules", a.rule])).toEqual([
        [200000, "rules", "amount/money"],
        [2000, "llm", "llm/fallback"],
      ]);
      expect(m1.amounts[1]!.text).toBe("一次性补贴贰仟元");
      // the rules already labelled 20万元 (个人·创业担保贷款): the model's label does not replace it
      expect(m1.amounts[0]!.purpose?.origin).toBeUndefined();
      expect(m1.instruments?.map((t) => [t.value, t.text, t.origin])).toEqual([["chuangye-danbao-daikuan", "创业担保贷款", "llm"]]);
      expect(m1.targetGroups?.map((t) => t.value)).toEqual(["高校毕业生"]);
      const dropped = doc.warnings.filter((w) => w.code === "llm_ungrounded").map((w) => w.reason);
      expect(dropped.some((r) => r.includes("5000") && r.includes("贰仟元"))).toBe(true);
      expect(dropped.some((r) => r.includes("每人每月补贴800元"))).toBe(true);
      expect(dropped.some((r) => r.includes("公益性岗位开发"))).toBe(true);
      // the second measure: the model abstains on labels (kept as data), and disagrees with an inferred year
      const m2 = doc.measures.find((m) => m.id === "二")!;
      expect(m2.llm?.find((n) => n.task === "label")).toEqual({ task: "label", status: "abstained", detail: "这一条没有金额" });
      expect(m2.periods[0]).toMatchObject({ end: "2021-12-31", inferred: ["year"] });
      expect(doc.warnings.some((w) => w.code === "llm_invalid_answer" && w.reason.includes("rules' value is kept"))).toBe(true);
    } finally {
      await srv.close();
    }
  });

  test("a rerun is answered from the cache: same output, no request", async () => {
    const srv = await fakeLlmServer(model);
    try {
      const s = session(srv.url);
      const a = await extractDocument(input(), { llm: s });
      const calls = srv.requests.length;
      const b = await extractDocument(input(), { llm: new LlmSession(s.config) });
      expect(srv.requests.length).toBe(calls);
      expect(b.measures).toEqual(a.measures);
    } finally {
      await srv.close();
    }
  });

  test("429 is retried with backoff", async () => {
    const srv = await fakeLlmServer(model, { failFirst: 2, status: 429 });
    try {
      const doc = await extractDocument(input(), { llm: session(srv.url) });
      expect(doc.measures[0]!.instruments?.length).toBe(1);
      expect(doc.warnings.some((w) => w.code === "llm_unavailable")).toBe(false);
    } finally {
      await srv.close();
    }
  });

  test("an endpoint that is down: the run completes with the rules' results and a diagnostic", async () => {
    const srv = await fakeLlmServer(model);
    const url = srv.url;
    await srv.close();
    const s = session(url, { maxRetries: 0 });
    const doc = await extractDocument(input(), { llm: s });
    expect(doc.measures[0]!.amounts.map((a) => a.value)).toEqual([200000]);
    expect(doc.warnings.map((w) => w.code)).toContain("llm_unavailable");
    expect(s.usage.failures).toBeGreaterThan(0);
  });

  test("a spent budget skips the model and says so", async () => {
    const srv = await fakeLlmServer(model);
    try {
      const doc = await extractDocument(input(), { llm: session(srv.url, { budgetPerDocument: 50 }) });
      expect(srv.requests.length).toBe(0);
      expect(doc.warnings.map((w) => w.code)).toContain("llm_budget_exhausted");
      expect(doc.measures[0]!.llm?.[0]?.status).toBe("skipped");
    } finally {
      await srv.close();
    }
  });

  test.each([
    ["15万元", 150000],
    ["贰仟元", 2000],
    ["百分之五十", 50],
    ["半年", 6],
  ])("numbers zhengce reads in a quote: %s → %d", (q, v) => expect(numbersIn(q).has(v)).toBe(true));
});

describe("eval --llm", () => {
  test("prints rules-only and rules+LLM side by side, and the usage", async () => {
    const { spawn } = await import("node:child_process");
    const srv = await fakeLlmServer(() => ({ abstain: true, reason: "test", amounts: [], instruments: [], targetGroups: [], periods: [], verdicts: [] }));
    try {
      const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((ok) => {
        const p = spawn("node", ["bin/zhengce.mjs", "eval", "--gold", "corpus/gold", "corpus/xinjiang-2023-49.txt", "--llm", "--llm-base-url", srv.url, "--llm-model", "fake"], {
          env: { ...process.env, ZHENGCE_CACHE: mkdtempSync(join(tmpdir(), "zhengce-cache-")), ZHENGCE_LLM_API_KEY: "test" },
        });
        let stdout = "";
        let stderr = "";
        p.stdout.on("data", (d) => (stdout += d));
        p.stderr.on("data", (d) => (stderr += d));
        p.on("close", (code) => ok({ code, stdout, stderr }));
      });
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(/^family\trules P\trules R\trules F1\t\+LLM P\t\+LLM R\t\+LLM F1$/m);
      expect(out.stdout).toMatch(/^amounts\t1\.000\t1\.000\t1\.000\t1\.000\t1\.000\t1\.000$/m);
      expect(out.stderr).toMatch(/LLM fake: \d+ calls/);
      expect(srv.requests.length).toBeGreaterThan(0);
    } finally {
      await srv.close();
    }
  }, 60_000);
});
