import { expect, test } from "vitest";
import { makeGround, type ExtractContext } from "../../extractors/context.ts";
import { defaultConfig } from "../../pipeline/config.ts";
import { normalize } from "../../read/normalize.ts";
import type { SegNode } from "../../read/segment/index.ts";
import { OffsetMap } from "../../core/text.ts";
import type { Amount, Period } from "../../schemas/index.ts";

/** Runs one family's extractor and refiners over a sentence, as the pipeline does for a measure. */
export function run(
  sentence: string,
  family: "amounts" | "periods",
  refDate: string | null,
): { found: (Amount | Period)[]; trace: string[] } {
  const norm = normalize({ text: sentence, map: OffsetMap.identity(sentence.length) });
  const ground = makeGround(norm, sentence);
  const measure: SegNode = {
    id: "x",
    labels: ["x"],
    type: "cn",
    title: "",
    titleRange: null,
    range: { start: 0, end: norm.text.length },
    children: [],
  };
  const trace: string[] = [];
  const ctx: ExtractContext = {
    doc: { source: sentence, refDate, unitConventions: [] },
    measure,
    messages: [],
    ground,
    debug: (f) => trace.push(f()),
  };
  const found = defaultConfig.families[family].extract(norm, ctx) as (Amount | Period)[];
  return { found, trace };
}

/** Asserts the findings equal the expected ones, text and span included; prints the rule trace on failure. */
export function expectFindings(
  sentence: string,
  family: "amounts" | "periods",
  refDate: string | null,
  expected: Record<string, unknown>[],
) {
  const { found, trace } = run(sentence, family, refDate);
  try {
    for (const f of found) expect(sentence.slice(f.span.start, f.span.end)).toBe(f.text);
    const pick = (f: Amount | Period) => {
      // purpose labels have their own table (purpose.test.ts)
      const { span, rule, inferred, purpose, ...rest } = f as Amount & { inferred?: string[] };
      void rule;
      void inferred;
      void purpose;
      return { ...rest, at: span.start };
    };
    const want = expected.map((e) => ({
      ...e,
      at: (e.at as number | undefined) ?? sentence.indexOf(e.text as string),
    }));
    expect(found.map(pick)).toEqual(want);
  } catch (e) {
    (e as Error).message += `\n\ntrace:\n  ${trace.join("\n  ") || "(no rule matched)"}`;
    throw e;
  }
}

/** [label, real sentence, reference date, expected findings, todo reason]: one row of a family's table. */
export type Row = [
  label: string,
  sentence: string,
  refDate: string,
  expected: Record<string, unknown>[],
  todo?: string,
];

/** Registers a family's table: each row as a test (a row with a reason as a todo), and the negatives as "finds nothing". */
export function tableTests(family: "amounts" | "periods", rows: Row[], negatives: [string, string][]) {
  test.each(rows.filter((r) => !r[4]))("%s", (_label, sentence, refDate, expected) =>
    expectFindings(sentence, family, refDate, expected),
  );
  for (const r of rows.filter((r) => r[4])) test.todo(`${r[0]} — ${r[4]}`);
  test.each(negatives)("negative: %s", (_label, sentence) => {
    expect(run(sentence, family, "2020-04-03").found).toEqual([]);
  });
}
