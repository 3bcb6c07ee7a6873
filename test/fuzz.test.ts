import { describe, expect, test } from "vitest";
import { runFuzz } from "../scripts/fuzz.ts";

/**
 * The fixed CI sample of `npm run fuzz` (seed 7, 500 mutated notices, text/Markdown/HTML/PDF):
 * every case is read or refused with a typed error; no crash, no time-out, no invalid output.
 * The full runs (10,000 cases, several seeds, 5 s limit) are `npm run fuzz -- --cases 10000 --seed 1,2`.
 */
describe("fuzz (fixed sample)", () => {
  test("500 cases, seed 7: 0 crashes, 0 time-outs, 0 invalid outputs", async () => {
    // 30 s, not 10: case 252 is a 6 MB one-line input that takes 6–8 s alone on a 2-core machine
    // (the same at c78903c), more while the rest of the suite runs beside it; a hang still fails
    const r = await runFuzz({ seed: 7, cases: 500, jobs: 2, timeoutMs: 30_000 });
    expect(r.findings.map((f) => `case ${f.case} [${f.kind}] ${f.mutator} on ${f.source}: ${f.reason}`)).toEqual([]);
    expect(r.ok + r.typedErrors).toBe(500);
  }, 300_000);
});
