import { describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { parquetReadObjects } from "hyparquet";

const cli = (args: string[]) => spawnSync("node", ["bin/zhengce.mjs", ...args], { encoding: "utf8" });
// the same notice twice (its text and its portal page) and three other notices
const INPUTS = [
  "corpus/xinjiang-2023-49.txt",
  "corpus/xinjiang-2023-49.html",
  "corpus/pingliang-2019-1.txt",
  "corpus/zichuan-2020-3.md",
  "corpus/tacheng-2020-13.txt",
];

function csvRows(file: string): Record<string, string>[] {
  const wb = XLSX.read(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { type: "string", raw: true });
  return XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets[wb.SheetNames[0]!]!, { defval: "", raw: false });
}

describe("tidy tables: CSV, XLSX and Parquet agree", () => {
  const dirs = Object.fromEntries(
    ["csv", "xlsx", "parquet"].map((f) => {
      const d = mkdtempSync(join(tmpdir(), `zc-tab-${f}-`));
      return [f, d];
    }),
  );
  test("the same rows in the three formats; value_min numeric; one notice_id per notice across renditions", async () => {
    for (const [f, d] of Object.entries(dirs))
      expect(cli(["extract", ...INPUTS, "--out", d, "-f", f, "--jobs", "0"]).status).toBe(0);
    const csvAmounts = csvRows(join(dirs.csv!, "amounts.csv"));
    const wb = XLSX.read(readFileSync(join(dirs.xlsx!, "tables.xlsx")));
    expect(wb.SheetNames).toEqual(["documents", "measures", "amounts", "periods", "units"]);
    const xAmounts = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.amounts!, { defval: null });
    const buf = readFileSync(join(dirs.parquet!, "amounts.parquet"));
    const pAmounts = (await parquetReadObjects({
      file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
    })) as Record<string, unknown>[];
    expect(xAmounts.length).toBe(csvAmounts.length);
    expect(pAmounts.length).toBe(csvAmounts.length);
    for (let i = 0; i < csvAmounts.length; i++) {
      expect(typeof pAmounts[i]!.value_min).toBe("number");
      expect(typeof xAmounts[i]!.value_min).toBe("number");
      expect(pAmounts[i]!.value_min).toBe(Number(csvAmounts[i]!.value_min));
      expect(xAmounts[i]!.value_max).toBe(Number(csvAmounts[i]!.value_max));
      expect(pAmounts[i]!.text).toBe(csvAmounts[i]!.text);
      expect(pAmounts[i]!.notice_id).toBe(csvAmounts[i]!.notice_id);
    }
    // a range has its ends in value_min / value_max; a single value has them equal
    expect(pAmounts.some((r) => (r.value_min as number) < (r.value_max as number))).toBe(true);
    const docs = csvRows(join(dirs.csv!, "documents.csv"));
    expect(docs.length).toBe(5);
    expect(new Set(docs.map((d) => d.notice_id)).size).toBe(4); // the .txt and the .html of 新政办发〔2023〕49号 are one notice
    expect(docs.find((d) => d.source.endsWith(".html"))!.notice_id).toBe(
      docs.find((d) => d.source === "corpus/xinjiang-2023-49.txt")!.notice_id,
    );
    // the data dictionary names every column
    const dict = readFileSync(join(dirs.csv!, "data-dictionary.md"), "utf8");
    for (const c of Object.keys(csvAmounts[0]!)) expect(dict).toContain(`\`${c}\``);
  }, 120_000);
});
