import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";

export interface LlmConfig {
  /** any OpenAI-compatible endpoint: OpenAI, Azure, vLLM, llama.cpp server, Ollama */
  baseURL?: string;
  apiKey?: string;
  model: string;
  /** tokens one document may spend (prompt + completion) */
  budgetPerDocument: number;
  /** tokens the whole run may spend */
  budgetPerRun: number;
  timeoutMs: number;
  /** retries on 429 and 5xx, with the SDK's exponential backoff */
  maxRetries: number;
  cacheDir: string;
}

/** Configuration from the environment, overridden by flags; the LLM path is used only when asked for. */
export function llmConfig(overrides: Partial<LlmConfig> = {}): LlmConfig {
  const env = process.env;
  return {
    baseURL: overrides.baseURL ?? env.ZHENGCE_LLM_BASE_URL ?? env.OPENAI_BASE_URL,
    apiKey: overrides.apiKey ?? env.ZHENGCE_LLM_API_KEY ?? env.OPENAI_API_KEY ?? "not-needed",
    model: overrides.model ?? env.ZHENGCE_LLM_MODEL ?? "gpt-4o-mini",
    budgetPerDocument: overrides.budgetPerDocument ?? Number(env.ZHENGCE_LLM_BUDGET_DOC ?? 60_000),
    budgetPerRun: overrides.budgetPerRun ?? Number(env.ZHENGCE_LLM_BUDGET_RUN ?? 2_000_000),
    timeoutMs: overrides.timeoutMs ?? Number(env.ZHENGCE_LLM_TIMEOUT_MS ?? 60_000),
    maxRetries: Math.min(2, overrides.maxRetries ?? 2),
    cacheDir: overrides.cacheDir ?? join(env.ZHENGCE_CACHE ?? join(process.cwd(), ".cache", "zhengce"), "llm"),
  };
}

export type Answer<T> = { status: "ok"; value: T; cached: boolean } | { status: "failed" | "skipped"; reason: string; malformed?: boolean };

/** Attempts at a malformed (unparsable or off-schema) answer before it is reported. */
const MALFORMED_ATTEMPTS = 3;

export interface Usage {
  calls: number;
  cached: number;
  promptTokens: number;
  completionTokens: number;
  failures: number;
}

/** Tokens a prompt will take, estimated before sending (Chinese text runs near one token a character). */
const estimate = (messages: { content: string }[]) => Math.ceil(messages.reduce((n, m) => n + m.content.length, 0) * 1.1);

/**
 * One run's connection to the model: structured answers validated by zod, a token budget per
 * document and per run, retries with backoff on 429/5xx, a timeout, and a disk cache keyed by
 * model and prompt so a rerun is free and gives the same output.
 */
export class LlmSession {
  readonly usage: Usage = { calls: 0, cached: 0, promptTokens: 0, completionTokens: 0, failures: 0 };
  private readonly client: OpenAI;
  private spentByDoc = new Map<string, number>();

  constructor(readonly config: LlmConfig) {
    this.client = new OpenAI({ baseURL: config.baseURL, apiKey: config.apiKey, timeout: config.timeoutMs, maxRetries: config.maxRetries });
  }

  private spent(): number {
    return this.usage.promptTokens + this.usage.completionTokens;
  }

  async ask<S extends z.ZodType>(doc: string, name: string, schema: S, messages: { role: "system" | "user"; content: string }[]): Promise<Answer<z.infer<S>>> {
    const key = createHash("sha256").update(JSON.stringify({ model: this.config.model, name, messages })).digest("hex");
    const file = join(this.config.cacheDir, `${key}.json`);
    try {
      const hit = JSON.parse(await readFile(file, "utf8")) as { value: unknown };
      const parsed = schema.safeParse(hit.value);
      if (parsed.success) {
        this.usage.cached++;
        return { status: "ok", value: parsed.data, cached: true };
      }
    } catch {
      /* not cached */
    }
    const need = estimate(messages);
    const docSpent = this.spentByDoc.get(doc) ?? 0;
    if (docSpent + need > this.config.budgetPerDocument) return { status: "skipped", reason: `the document's token budget (${this.config.budgetPerDocument}) is spent` };
    if (this.spent() + need > this.config.budgetPerRun) return { status: "skipped", reason: `the run's token budget (${this.config.budgetPerRun}) is spent` };
    let lastMalformed = "";
    for (let attempt = 1; attempt <= MALFORMED_ATTEMPTS; attempt++) {
      this.usage.calls++;
      try {
        const completion = await this.client.chat.completions.parse({ model: this.config.model, messages, temperature: 0, response_format: zodResponseFormat(schema, name) });
        const used = (completion.usage?.prompt_tokens ?? need) + (completion.usage?.completion_tokens ?? 0);
        this.usage.promptTokens += completion.usage?.prompt_tokens ?? need;
        this.usage.completionTokens += completion.usage?.completion_tokens ?? 0;
        this.spentByDoc.set(doc, (this.spentByDoc.get(doc) ?? 0) + used);
        const msg = completion.choices[0]?.message;
        if (msg?.refusal) return { status: "failed", reason: `the model refused: ${msg.refusal}` };
        if (!msg?.parsed) {
          lastMalformed = "an empty answer";
          continue;
        }
        await mkdir(this.config.cacheDir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, JSON.stringify({ model: this.config.model, name, value: msg.parsed }));
        await rename(tmp, file);
        return { status: "ok", value: msg.parsed as z.infer<S>, cached: false };
      } catch (e) {
        const status = (e as { status?: number }).status;
        // an answer that is not JSON or not of the schema is asked again; transport errors were retried by the SDK
        if (!status && (e instanceof SyntaxError || (e as Error).name === "ZodError" || /JSON|parse/i.test((e as Error).message))) {
          lastMalformed = (e as Error).message.slice(0, 120);
          continue;
        }
        this.usage.failures++;
        return { status: "failed", reason: `${status ? `HTTP ${status}: ` : ""}${(e as Error).message}` };
      }
    }
    this.usage.failures++;
    return { status: "failed", reason: `malformed answer ${MALFORMED_ATTEMPTS} times (${lastMalformed})`, malformed: true };
  }

  describeUsage(): string {
    const u = this.usage;
    return `LLM ${this.config.model}: ${u.calls} calls (${u.cached} cached answers), ${u.promptTokens} prompt + ${u.completionTokens} completion tokens, ${u.failures} failures`;
  }
}
