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
  /** completion tokens one answer may take (sent as max_tokens) */
  maxTokens: number;
  /** bytes of one response body read at most; a longer answer is refused */
  maxResponseBytes: number;
  /** the longest a server's Retry-After is honoured, in ms (a longer one is cut to this) */
  maxRetryAfterMs: number;
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
    maxTokens: overrides.maxTokens ?? Number(env.ZHENGCE_LLM_MAX_TOKENS ?? 2048),
    maxResponseBytes: overrides.maxResponseBytes ?? 1_000_000,
    maxRetryAfterMs: overrides.maxRetryAfterMs ?? 30_000,
  };
}

/**
 * The fetch the client uses: one deadline over the whole request, body included (the SDK's timeout
 * stops at the headers); a body past `maxBytes` refused; a Retry-After past `maxRetryAfterMs` cut
 * down, so a server asking for an hour's pause cannot stall a run.
 */
export function guardedFetch(
  config: Pick<LlmConfig, "timeoutMs" | "maxResponseBytes" | "maxRetryAfterMs">,
  base: typeof fetch = fetch,
): typeof fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(config.timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    const res = await base(input, { ...init, signal });
    const headers = new Headers(res.headers);
    const ra = headers.get("retry-after");
    if (ra !== null) {
      const ms = /^\d+(?:\.\d+)?$/.test(ra) ? Number(ra) * 1000 : Date.parse(ra) - Date.now();
      if (!(ms <= config.maxRetryAfterMs))
        headers.set("retry-after", String(Math.floor(config.maxRetryAfterMs / 1000)));
    }
    const raMs = headers.get("retry-after-ms");
    if (raMs !== null && !(Number(raMs) <= config.maxRetryAfterMs))
      headers.set("retry-after-ms", String(config.maxRetryAfterMs));
    // read the body here, under the deadline and the size cap
    const reader = res.body?.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (reader)
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > config.maxResponseBytes) {
          await reader.cancel().catch(() => undefined);
          throw new Error(`the response is larger than ${config.maxResponseBytes} bytes: refused`);
        }
        chunks.push(value);
      }
    headers.delete("content-length");
    headers.delete("content-encoding");
    return new Response(res.status === 204 || res.status === 304 ? null : Buffer.concat(chunks), {
      status: res.status,
      statusText: res.statusText,
      headers,
    });
  };
}

export type Answer<T> =
  | { status: "ok"; value: T; cached: boolean }
  | { status: "failed" | "skipped"; reason: string; malformed?: boolean };

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
const estimate = (messages: { content: string }[]) =>
  Math.ceil(messages.reduce((n, m) => n + m.content.length, 0) * 1.1);
const estimateText = (s: string) => Math.ceil((s.length * 11) / 10);

/**
 * What an answer cost: the server's usage when it is there and plausible (within a factor of 8 of
 * the estimate from characters), else the estimate, so a server that reports nothing or nonsense
 * cannot make the budget endless.
 */
export function tokensUsed(
  usage: { prompt_tokens?: number; completion_tokens?: number } | undefined | null,
  promptEstimate: number,
  completionText: string,
): { prompt: number; completion: number; estimated: boolean } {
  const cEst = estimateText(completionText);
  const plausible = (n: number | undefined, est: number) =>
    typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= Math.max(64, est * 8) && n >= est / 8;
  const p = plausible(usage?.prompt_tokens, promptEstimate) ? usage!.prompt_tokens! : promptEstimate;
  const c = plausible(usage?.completion_tokens, cEst) ? usage!.completion_tokens! : cEst;
  return { prompt: p, completion: c, estimated: p !== usage?.prompt_tokens || c !== usage?.completion_tokens };
}

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
    this.client = new OpenAI({
      baseURL: config.baseURL,
      apiKey: config.apiKey,
      timeout: config.timeoutMs,
      maxRetries: config.maxRetries,
      fetch: guardedFetch(config),
    });
  }

  private spent(): number {
    return this.usage.promptTokens + this.usage.completionTokens;
  }

  async ask<S extends z.ZodType>(
    doc: string,
    name: string,
    schema: S,
    messages: { role: "system" | "user"; content: string }[],
  ): Promise<Answer<z.infer<S>>> {
    const key = createHash("sha256")
      .update(JSON.stringify({ model: this.config.model, name, messages }))
      .digest("hex");
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
    // what one attempt may cost at most: the prompt and a full answer
    const need = estimate(messages) + this.config.maxTokens;
    let lastMalformed = "";
    for (let attempt = 1; attempt <= MALFORMED_ATTEMPTS; attempt++) {
      // the budget is checked before every attempt, not once per question
      if ((this.spentByDoc.get(doc) ?? 0) + need > this.config.budgetPerDocument)
        return { status: "skipped", reason: `the document's token budget (${this.config.budgetPerDocument}) is spent` };
      if (this.spent() + need > this.config.budgetPerRun)
        return { status: "skipped", reason: `the run's token budget (${this.config.budgetPerRun}) is spent` };
      this.usage.calls++;
      try {
        const completion = await this.client.chat.completions.parse({
          model: this.config.model,
          messages,
          temperature: 0,
          max_tokens: this.config.maxTokens,
          response_format: zodResponseFormat(schema, name),
        });
        const t = tokensUsed(completion.usage, estimate(messages), completion.choices[0]?.message?.content ?? "");
        this.usage.promptTokens += t.prompt;
        this.usage.completionTokens += t.completion;
        this.spentByDoc.set(doc, (this.spentByDoc.get(doc) ?? 0) + t.prompt + t.completion);
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
        if (
          !status &&
          (e instanceof SyntaxError || (e as Error).name === "ZodError" || /JSON|parse/i.test((e as Error).message))
        ) {
          lastMalformed = (e as Error).message.slice(0, 120);
          // an answer that could not be read still cost its tokens: charge the most it could have
          this.usage.promptTokens += estimate(messages);
          this.usage.completionTokens += this.config.maxTokens;
          this.spentByDoc.set(doc, (this.spentByDoc.get(doc) ?? 0) + need);
          continue;
        }
        this.usage.failures++;
        return { status: "failed", reason: `${status ? `HTTP ${status}: ` : ""}${(e as Error).message}` };
      }
    }
    this.usage.failures++;
    return {
      status: "failed",
      reason: `malformed answer ${MALFORMED_ATTEMPTS} times (${lastMalformed})`,
      malformed: true,
    };
  }

  describeUsage(): string {
    const u = this.usage;
    return `LLM ${this.config.model}: ${u.calls} calls (${u.cached} cached answers), ${u.promptTokens} prompt + ${u.completionTokens} completion tokens, ${u.failures} failures`;
  }
}
