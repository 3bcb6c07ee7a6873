import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createServer } from "node:http";
import { z } from "zod";
import { LlmSession, guardedFetch, llmConfig, tokensUsed, type LlmConfig } from "../../pipeline/llm/session.ts";
import { numbersIn } from "../../pipeline/llm/ground.ts";
import { extractDocument } from "../../pipeline/run.ts";
import { PolicyDocument } from "../../schemas/index.ts";
import { expectGrounded } from "../helpers.ts";
import { fakeLlmServer, type FakeRequest } from "./fakeServer.ts";

// a notice in the corpus's style; 贰仟圆 (大写 numerals with 圆, as on a receipt) is a form the rules do not read
const NOTICE = `某某市人民政府关于做好稳就业工作的通知

某政发〔2021〕1号

一、加大创业担保贷款支持力度。符合条件的个人可申请最高不超过20万元额度的创业担保贷款，对吸纳高校毕业生就业的小微企业给予一次性补贴贰仟圆。（市人社局负责）

二、延长政策期限。相关政策实施期限截至12月31日。（市财政局负责）

某某市人民政府

2021年3月15日
`;

const input = () => ({ path: "llm-case.txt", bytes: new TextEncoder().encode(NOTICE) });
const session = (url: string, over: Partial<LlmConfig> = {}) =>
  new LlmSession(
    llmConfig({
      baseURL: url,
      model: "fake",
      apiKey: "test",
      cacheDir: mkdtempSync(join(tmpdir(), "zhengce-llm-")),
      timeoutMs: 5000,
      ...over,
    }),
  );

/**
 * Recorded answers the fake server replays (test/llm/recorded.json): per task, the first entry whose
 * `when` occurs in the prompt. Some are grounded, some invented: a number not in the text, a quote
 * from nowhere, an instrument quoted with words the measure does not have.
 */
const recorded = JSON.parse(readFileSync("test/llm/recorded.json", "utf8")) as Record<
  string,
  { when: string; answer: unknown }[]
>;
const model = (r: FakeRequest): unknown => recorded[r.task]?.find((e) => r.user.includes(e.when))?.answer ?? {};

describe("LLM assist (against a local OpenAI-compatible server)", () => {
  test("grounded values are kept and marked; invented numbers and foreign quotes are dropped with a diagnostic", async () => {
    const srv = await fakeLlmServer(model);
    try {
      const doc = await extractDocument(input(), { llm: session(srv.url) });
      expectGrounded(doc);
      const m1 = doc.measures.find((m) => m.id === "一")!;
      // rules: 20万元; the model adds 贰仟圆, grounded by the numeral parser
      expect(m1.amounts.map((a) => [a.value, a.origin ?? "rules", a.rule])).toEqual([
        [200000, "rules", "amount/money"],
        [2000, "llm", "llm/fallback"],
      ]);
      expect(m1.amounts[1]!.text).toBe("一次性补贴贰仟圆");
      // the rules already labelled 20万元 (个人·创业担保贷款): the model's label does not replace it
      expect(m1.amounts[0]!.purpose?.origin).toBeUndefined();
      expect(m1.instruments?.map((t) => [t.value, t.text, t.origin])).toEqual([
        ["chuangye-danbao-daikuan", "创业担保贷款", "llm"],
      ]);
      expect(m1.targetGroups?.map((t) => t.value)).toEqual(["高校毕业生"]);
      const dropped = doc.warnings.filter((w) => w.code === "llm_ungrounded").map((w) => w.reason);
      expect(dropped.some((r) => r.includes("5000") && r.includes("贰仟圆"))).toBe(true);
      expect(dropped.some((r) => r.includes("每人每月补贴800元"))).toBe(true);
      expect(dropped.some((r) => r.includes("公益性岗位开发"))).toBe(true);
      // the second measure: the model abstains on labels (kept as data), and disagrees with an inferred year
      const m2 = doc.measures.find((m) => m.id === "二")!;
      expect(m2.llm?.find((n) => n.task === "label")).toEqual({
        task: "label",
        status: "abstained",
        detail: "这一条没有金额",
      });
      expect(m2.periods[0]).toMatchObject({ end: "2021-12-31", inferred: ["year"] });
      expect(doc.warnings.some((w) => w.code === "llm_disagrees" && w.reason.includes("rules' value is kept"))).toBe(
        true,
      );
    } finally {
      await srv.close();
    }
  });

  test("output with the LLM validates against the schema; every LLM value's span slices to its quote", async () => {
    const srv = await fakeLlmServer(model);
    try {
      const doc = await extractDocument(input(), { llm: session(srv.url) });
      expect(PolicyDocument.safeParse(doc).success).toBe(true);
      expect(doc.warnings.filter((w) => w.code === "schema_violation")).toEqual([]);
      const src = doc.source.text;
      for (const m of doc.measures) {
        for (const t of [...(m.instruments ?? []), ...(m.targetGroups ?? [])])
          expect(src.slice(t.span.start, t.span.end)).toBe(t.text);
        for (const a of m.amounts.filter((x) => x.origin === "llm"))
          expect(src.slice(a.span.start, a.span.end)).toBe(a.text);
        for (const a of m.amounts)
          for (const p of a.purpose?.parts ?? []) expect(src.slice(p.span.start, p.span.end)).toBe(p.text);
      }
    } finally {
      await srv.close();
    }
  });

  test("with the LLM off, no request is ever made", async () => {
    const srv = await fakeLlmServer(model);
    try {
      process.env.ZHENGCE_LLM_BASE_URL = srv.url;
      const doc = await extractDocument(input());
      expect(srv.requests).toHaveLength(0);
      expect(doc.measures.every((m) => m.llm === undefined && m.amounts.every((a) => a.origin === undefined))).toBe(
        true,
      );
    } finally {
      delete process.env.ZHENGCE_LLM_BASE_URL;
      await srv.close();
    }
  });

  test("a malformed (non-JSON) answer is asked again, then reported", async () => {
    const srv = await fakeLlmServer(model, { malformedFirst: 100 });
    try {
      const doc = await extractDocument(input(), { llm: session(srv.url) });
      const label = doc.measures[0]!.llm!.find((n) => n.task === "label")!;
      expect(label.status).toBe("rejected");
      expect(label.detail).toMatch(/^malformed answer 3 times/);
      expect(doc.warnings.some((w) => w.code === "llm_invalid_answer" && /malformed/.test(w.reason))).toBe(true);
      // three attempts per task, and the rules' results stand
      expect(srv.requests.filter((r) => r.task === "label").length % 3).toBe(0);
      expect(doc.measures[0]!.amounts.map((a) => a.value)).toEqual([200000]);
    } finally {
      await srv.close();
    }
  });

  test("a malformed answer followed by a good one is used", async () => {
    const srv = await fakeLlmServer(model, { malformedFirst: 1 });
    try {
      const doc = await extractDocument(input(), { llm: session(srv.url) });
      expect(doc.measures[0]!.instruments?.length).toBe(1);
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
    const srv = await fakeLlmServer(() => ({
      abstain: true,
      reason: "test",
      amounts: [],
      instruments: [],
      targetGroups: [],
      periods: [],
      verdicts: [],
    }));
    try {
      const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((ok) => {
        const p = spawn(
          "node",
          [
            "bin/zhengce.mjs",
            "eval",
            "--gold",
            "corpus/gold",
            "corpus/xinjiang-2023-49.txt",
            "--llm",
            "--llm-base-url",
            srv.url,
            "--llm-model",
            "fake",
          ],
          {
            env: {
              ...process.env,
              ZHENGCE_CACHE: mkdtempSync(join(tmpdir(), "zhengce-cache-")),
              ZHENGCE_LLM_API_KEY: "test",
            },
          },
        );
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

describe("LLM limits: tokens, time, size, Retry-After", () => {
  const serve = async (handler: Parameters<typeof createServer>[1]) => {
    const server = createServer(handler);
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const { port } = server.address() as { port: number };
    return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
  };
  const limits = { timeoutMs: 300, maxResponseBytes: 1000, maxRetryAfterMs: 30_000 };

  test("max_tokens is sent with every request", async () => {
    const srv = await fakeLlmServer(() => ({ abstain: true, amounts: [], periods: [], units: [] }));
    const s = session(srv.url, { maxTokens: 777 });
    await s.ask("d", "extract_values", z.object({ abstain: z.boolean() }), [
      { role: "user", content: "稳岗返还比例为50%" },
    ]);
    expect(srv.requests[0]?.maxTokens).toBe(777);
    await srv.close();
  });
  test("usage missing or implausible: tokens are estimated from characters, never taken as 0 or a billion", () => {
    expect(tokensUsed(undefined, 100, "x".repeat(50))).toEqual({ prompt: 100, completion: 55, estimated: true });
    expect(tokensUsed({ prompt_tokens: 1e9, completion_tokens: 0 }, 100, "x".repeat(50))).toEqual({
      prompt: 100,
      completion: 55,
      estimated: true,
    });
    // negative: a plausible report is kept
    expect(tokensUsed({ prompt_tokens: 90, completion_tokens: 40 }, 100, "x".repeat(50))).toEqual({
      prompt: 90,
      completion: 40,
      estimated: false,
    });
  });
  test("a Retry-After of an hour is cut to 30 s; a plausible one is kept", async () => {
    const srv = await serve((req, res) => {
      res.writeHead(429, { "retry-after": req.url === "/long" ? "3600" : "2" });
      res.end("{}");
    });
    const f = guardedFetch(limits);
    expect((await f(`${srv.url}long`)).headers.get("retry-after")).toBe("30");
    expect((await f(`${srv.url}short`)).headers.get("retry-after")).toBe("2");
    await srv.close();
  });
  test("a body that never ends is stopped by the deadline; a body over the size cap is refused", async () => {
    const srv = await serve((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      if (req.url === "/big") res.end("x".repeat(5000));
      else res.write('{"partial": '); // headers sent, then silence
    });
    const f = guardedFetch(limits);
    const t0 = Date.now();
    await expect(f(`${srv.url}slow`)).rejects.toThrow();
    expect(Date.now() - t0).toBeLessThan(3000);
    await expect(f(`${srv.url}big`)).rejects.toThrow(/larger than 1000 bytes/);
    srv.close();
  });
  test("the budget is checked before every attempt: malformed answers stop when the next attempt would pass the budget", async () => {
    const srv = await fakeLlmServer(() => ({}), { malformedFirst: 10 });
    const prompt = "稳".repeat(400);
    // one attempt costs about 440 prompt + 200 max tokens; the document may spend 1000
    const s = session(srv.url, { maxTokens: 200, budgetPerDocument: 1000 });
    const r = await s.ask("doc", "t", z.object({ a: z.string() }), [{ role: "user", content: prompt }]);
    expect([r.status, r.status === "ok" ? "" : r.reason]).toEqual(["skipped", expect.stringMatching(/budget/)]);
    expect(srv.requests.length).toBeLessThan(3);
    await srv.close();
  });
});
