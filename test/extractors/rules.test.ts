// Every rule of every family in the run config, alone (all the others disabled), reads its own
// example: a real sentence the rule was written for. A rule whose pattern or build no longer reads
// it fails here by id. The ids are unique across families, so `--disable-rule ID` names one rule.
import { describe, expect, test } from "vitest";
import { makeGround, type ExtractContext } from "../../extractors/context.ts";
import { defaultConfig, listRules } from "../../pipeline/config.ts";
import { normalize } from "../../read/normalize.ts";
import { OffsetMap } from "../../core/text.ts";

/** The normalised sentence and a context that takes it as one measure. */
function measure(sentence: string) {
  const norm = normalize({ text: sentence, map: OffsetMap.identity(sentence.length) });
  const range = { start: 0, end: norm.text.length };
  const ctx: ExtractContext = {
    doc: { source: sentence, refDate: null, unitConventions: [] },
    measure: { id: "x", labels: ["x"], type: "cn", title: "", titleRange: null, range, children: [] },
    messages: [],
    ground: makeGround(norm, sentence),
    debug: () => {},
  };
  return { norm, ctx };
}

type FamilyName = keyof typeof defaultConfig.families;
function runAlone(family: FamilyName, id: string | null, sentence: string) {
  const { norm, ctx } = measure(sentence);
  const runner = defaultConfig.families[family];
  return runner.extract(norm, ctx, { disabled: new Set(runner.rules.map((r) => r.id).filter((r) => r !== id)) });
}

const all = (Object.keys(defaultConfig.families) as FamilyName[]).flatMap((family) =>
  defaultConfig.families[family].rules.map((r) => ({ family, id: r.id, example: r.example })),
);

describe("rules", () => {
  test.each(all)("$id reads its example", ({ family, id, example }) => {
    expect(runAlone(family, id, example).length).toBeGreaterThan(0);
  });

  test("rule ids are unique across families", () => {
    const ids = listRules().flatMap((f) => f.rules.map((r) => r.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a disabled rule reads nothing (negative row)", () => {
    const r = defaultConfig.families.amounts.rules[0]!;
    expect(runAlone("amounts", r.id, r.example).length).toBeGreaterThan(0);
    expect(runAlone("amounts", null, r.example)).toEqual([]);
  });
});
