import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  task: string;
  user: string;
  maxTokens?: number;
}

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 that answers from a function of the
 * request (the task's schema name and the user message). Counts requests; can fail on purpose.
 */
export async function fakeLlmServer(
  answer: (r: FakeRequest) => unknown,
  opts: { failFirst?: number; status?: number; malformedFirst?: number } = {},
): Promise<{ url: string; requests: FakeRequest[]; close(): Promise<void> }> {
  const requests: FakeRequest[] = [];
  let toFail = opts.failFirst ?? 0;
  let toGarble = opts.malformedFirst ?? 0;
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const json = JSON.parse(body || "{}") as {
      messages?: { role: string; content: string }[];
      response_format?: { json_schema?: { name?: string } };
      max_tokens?: number;
    };
    const r = {
      task: json.response_format?.json_schema?.name ?? "",
      user: json.messages?.find((m) => m.role === "user")?.content ?? "",
      ...(json.max_tokens !== undefined ? { maxTokens: json.max_tokens } : {}),
    };
    requests.push(r);
    if (toFail > 0) {
      toFail--;
      res.writeHead(opts.status ?? 429, { "content-type": "application/json", "retry-after-ms": "10" });
      res.end(JSON.stringify({ error: { message: "slow down", type: "rate_limit" } }));
      return;
    }
    let content = JSON.stringify(answer(r));
    if (toGarble > 0) {
      toGarble--;
      content = `{"abstain": false, "amounts": [ this is not JSON`;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "chatcmpl-test",
        object: "chat.completion",
        created: 0,
        model: "fake",
        choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop" }],
        usage: {
          prompt_tokens: Math.ceil(body.length / 2),
          completion_tokens: Math.ceil(content.length / 2),
          total_tokens: Math.ceil(body.length / 2) + Math.ceil(content.length / 2),
        },
      }),
    );
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1`, requests, close: () => new Promise((ok) => server.close(() => ok())) };
}
