// Diagnostics through one function: every code in the enum is raised somewhere, has its row in the
// wording table, and no stage builds a diagnostic by hand (messages.push({ code, reason … })).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { DIAGNOSTICS, reporter } from "../core/report.ts";
import { type Diagnostic, DiagnosticCode } from "../schemas/index.ts";

const ROOT = resolve(import.meta.dirname, "..");
const STAGES = ["core", "lang", "read", "extractors", "pipeline", "output", "cli"];
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.ts$/.test(n) ? [p] : [];
  });
const stage = STAGES.flatMap((d) => sources(join(ROOT, d))).filter((f) => !f.endsWith(join("core", "report.ts")));
const text = new Map(stage.map((f) => [relative(ROOT, f), readFileSync(f, "utf8")]));

/** Files still building diagnostics by hand, to be converted (issue 9); the list may only shrink. */
const BY_HAND = ["read/ingest/index.ts", "read/ingest/ofd.ts", "read/ingest/pdf.ts"];

describe("diagnostics", () => {
  test.each(DiagnosticCode.options)("%s is raised by some stage", (code) => {
    expect([...text.values()].some((t) => t.includes(`"${code}"`))).toBe(true);
  });

  test("every code has its wording and severity in one table", () => {
    expect(Object.keys(DIAGNOSTICS).sort()).toEqual([...DiagnosticCode.options].sort());
  });

  test("no stage builds a diagnostic by hand", () => {
    const byHand = [...text].filter(([, t]) => /(?:messages|warnings)\.push\(\{\s*code:/.test(t)).map(([f]) => f);
    expect(byHand.filter((f) => !BY_HAND.includes(f))).toEqual([]);
    expect(BY_HAND.filter((f) => !byHand.includes(f))).toEqual([]); // a converted file leaves the list
  });

  test("report() takes the sentence and severity from the table and the rule from the caller", () => {
    const messages: Diagnostic[] = [];
    const report = reporter(messages, "extract", "a.txt");
    report("number_out_of_range", { start: 3, end: 9 }, "finding/safe-number", { text: "1e400元" });
    expect(messages).toEqual([
      {
        code: "number_out_of_range",
        reason: "“1e400元” gives a number outside the safe range (beyond 2^53 or not finite): not kept",
        source: "extract",
        severity: "warning",
        file: "a.txt",
        place: { start: 3, end: 9 },
        rule: "finding/safe-number",
      },
    ]);
  });
});
