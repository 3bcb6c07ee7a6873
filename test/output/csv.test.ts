import { describe, expect, test } from "vitest";
import { csvTable, neutralise } from "../../output/escape.ts";
import { compareToCsv } from "../../output/compare.ts";

// OWASP CSV injection payloads: a spreadsheet runs a cell that starts with one of = + - @ (or tab/CR) as a formula
const PAYLOADS = [
  '=HYPERLINK("http://x","点击")',
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1,1)",
  "\t=1+1",
  "\r=1+1",
  "=1+1，市人社局",
];

describe("CSV cells are never formulas", () => {
  test.each(PAYLOADS)("%j gets a leading apostrophe", (p) => {
    const csv = csvTable(["text"], [[p]]);
    const cell = csv.replace(/^\uFEFFtext\r\n/, "").replace(/\r\n$/, "");
    expect(cell.replace(/^"/, "")).toMatch(/^'/);
  });
  test("negative: numbers (also negative ones), ordinary text and a range stay as they are", () => {
    expect(csvTable(["a", "b", "c", "d"], [[-5, "市人社局", [20, 50], "2024年"]])).toBe(
      "\uFEFFa,b,c,d\r\n-5,市人社局,20–50,2024年\r\n",
    );
    expect(neutralise("稳岗返还50%")).toBe("稳岗返还50%");
  });
  test("every table writer goes through it: the compare table", () => {
    const row = {
      instrument: "x",
      instrumentName: "=cmd",
      region: "@r",
      year: 2024,
      docNumber: "+1",
      measure: "一",
      measureTitle: "-t",
      label: "l",
      kind: "money",
      value: 5,
      unit: "元",
      bound: "exact",
      per: null,
      periods: [],
      text: "=1",
      source: "s",
      span: { start: 0, end: 1 },
    };
    const csv = compareToCsv([row as never]);
    expect(csv).toContain(",'=cmd,'@r,2024,'+1,一,'-t,");
    expect(csv).toContain(",5,5,5,元,"); // value, value_min, value_max
  });
});
