import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { PolicyDocument } from "../schemas/index.ts";

const cli = (args: string[]) => spawnSync("node", ["bin/zhengce.mjs", ...args], { encoding: "utf8" });

describe("cli", () => {
  test("extract: a batch goes on past bad files and reports them at the end", () => {
    const dir = mkdtempSync(join(tmpdir(), "zhengce-in-"));
    const out = mkdtempSync(join(tmpdir(), "zhengce-out-"));
    copyFileSync("corpus/pingliang-2019-1.txt", join(dir, "pingliang-2019-1.txt"));
    copyFileSync("test/fixtures/empty.txt", join(dir, "empty.txt"));
    copyFileSync("test/fixtures/not-a-notice.html", join(dir, "page.html"));
    copyFileSync("test/fixtures/corrupt.pdf", join(dir, "corrupt.pdf"));
    copyFileSync("test/fixtures/password.pdf", join(dir, "password.pdf"));
    copyFileSync("test/fixtures/empty.png", join(dir, "empty.png"));
    copyFileSync("test/fixtures/binary.txt", join(dir, "binary.txt"));
    const r = cli(["extract", dir, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("6 failed");
    expect(r.stderr).toMatch(/corrupt\.pdf: the PDF cannot be parsed.*\[corrupt_pdf\]/);
    expect(r.stderr).toMatch(/password\.pdf: the PDF needs a password to open \[password_protected\]/);
    expect(r.stderr).toMatch(/empty\.png: the file is empty/);
    expect(r.stderr).toMatch(/binary\.txt: binary content/);
    expect(r.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(r.stderr).toMatch(/page\.html: .*not_a_notice/);
    expect(r.stderr).toContain("1 documents, 25 measures");
    const doc = PolicyDocument.parse(JSON.parse(readFileSync(join(out, "pingliang-2019-1.json"), "utf8")));
    expect(doc.meta.docNumber).toBe("平政发〔2019〕1号");
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("extract --format csv: one file per family, BOM for Excel", () => {
    const out = mkdtempSync(join(tmpdir(), "zhengce-csv-"));
    const r = cli(["extract", "corpus/xinjiang-2023-49.txt", "--out", out, "--format", "csv"]);
    expect(r.status).toBe(0);
    const units = readFileSync(join(out, "units.csv"), "utf8");
    expect(units.charCodeAt(0)).toBe(0xfeff);
    expect(units).toContain("一.一,继续实施失业保险稳岗返还政策,lead,自治区人力资源和社会保障厅");
    expect(readFileSync(join(out, "measures.csv"), "utf8").split("\r\n").length).toBe(17 + 2);
  });

  test("schema prints a JSON Schema generated from zod", () => {
    const s = JSON.parse(execFileSync("node", ["bin/zhengce.mjs", "schema"], { encoding: "utf8" }));
    expect(s.type).toBe("object");
    expect(Object.keys(s.properties)).toEqual(
      expect.arrayContaining(["schemaVersion", "source", "meta", "measures", "warnings"]),
    );
  });

  test("eval prints P/R/F1 per family", () => {
    const r = cli(["eval", "--gold", "corpus/gold", "corpus/pingliang-2019-1.txt"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^units\t1\.000\t1\.000\t1\.000/m);
  });

  test("eval finds a real notice's gold in the gold/ folder its manifest names, whatever --gold says", () => {
    const r = cli(["eval", "--gold", "corpus/gold", "corpus/dev/suqian-2008-65.txt"]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain("no gold");
    expect(r.stdout).toMatch(/^suqian-2008-65\.txt\t1\.000/m);
  });

  test("unknown command: usage and exit 2", () => {
    const r = cli(["frobnicate"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command `frobnicate`");
  });

  const commands = ["extract", "eval", "diff", "compare", "schema"];
  test.each(commands)("%s --help: usage generated from the option table, exit 0", (c) => {
    const r = cli([c, "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`usage: zhengce ${c}`);
    expect(r.stdout).toContain("--help");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test.each(commands)("%s with a mistyped flag: one line naming it, usage, exit 2, no stack trace", (c) => {
    const r = cli([c, "--fromat", "json"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(`zhengce: unknown option --fromat for \`${c}\``);
    expect(r.stderr).toContain(`usage: zhengce ${c}`);
    expect(r.stderr).not.toMatch(/\n\s+at |ERR_PARSE_ARGS/);
  });

  test.each([
    ["extract", "corpus/pingliang-2019-1.txt", "--format", "xml"],
    ["diff", "corpus/pingliang-2019-1.txt", "corpus/pingliang-2019-1.txt", "--format", "pdf"],
    ["compare", "corpus", "--format", "ods"],
  ])("%s with a bad --format: exit 2 before any work", (...args) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toMatch(/^zhengce: unknown --format \w+ for `\w+`: expected /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("rules lists each family's rules with their examples; --json gives the same", () => {
    const r = cli(["rules", "amounts"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^amounts \(\d+ rules\)/);
    expect(r.stdout).toMatch(/amount\/quantity +对不裁员或少裁员的参保企业/);
    const json = JSON.parse(cli(["rules", "--json"]).stdout) as { family: string; rules: { id: string }[] }[];
    expect(json.map((f) => f.family)).toEqual(["units", "amounts", "periods"]);
    expect(cli(["rules", "nosuch"]).status).toBe(2);
  });

  test("extract --disable-rule turns one rule off, and a run without it is not taken as unchanged", () => {
    const out = mkdtempSync(join(tmpdir(), "zhengce-rule-"));
    const amounts = () =>
      PolicyDocument.parse(JSON.parse(readFileSync(join(out, "pingliang-2019-1.json"), "utf8"))).measures.flatMap(
        (m) => m.amounts,
      );
    const file = "corpus/pingliang-2019-1.txt";
    expect(cli(["extract", file, "--out", out, "--disable-rule", "amount/quantity"]).status).toBe(0);
    expect(amounts()).toEqual([]);
    const again = cli(["extract", file, "--out", out]);
    expect(again.stderr).not.toContain("unchanged");
    // 对不裁员或少裁员的参保企业可返还其上年度实际缴纳失业保险费的50%
    expect(amounts().some((a) => a.text === "50%" && a.rule === "amount/percent")).toBe(true);
    // a typo would silently disable nothing: it is a usage error
    const typo = cli(["extract", file, "--out", out, "--disable-rule", "amount/quantityy"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("unknown rule “amount/quantityy”");
  });

  test("eval: a gold that is not JSON, or does not fit the schema, is a failure naming the file, not a crash", () => {
    const dir = mkdtempSync(join(tmpdir(), "zhengce-gold-"));
    copyFileSync("corpus/pingliang-2019-1.txt", join(dir, "a.txt"));
    copyFileSync("corpus/pingliang-2019-1.txt", join(dir, "b.txt"));
    writeFileSync(join(dir, "a.gold.json"), "{ not json");
    writeFileSync(join(dir, "b.gold.json"), JSON.stringify({ measures: "none" }));
    const r = cli(["eval", "--gold", dir, join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/a\.gold\.json: the gold is not JSON .*\[schema_violation\]/);
    expect(r.stderr).toMatch(/b\.gold\.json: the gold does not fit the schema \(.+\) \[schema_violation\]/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  test("--version prints package.json's version", () => {
    const r = cli(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });

  test("diff --format html writes the HTML report, not Markdown", () => {
    const r = cli(["diff", "corpus/pingliang-2019-1.txt", "corpus/pingliang-2019-1.txt", "--format", "html"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trimStart().toLowerCase()).toMatch(/^<!doctype html>/);
  });
});

describe("compare reads extract's output folder", () => {
  test("the JSON outputs of a run give the same table as the notices (and the batch's own files are not documents)", async () => {
    const { mkdtempSync, readFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const out = mkdtempSync(join(tmpdir(), "zc-cmp-"));
    expect(
      cli(["extract", "corpus/tacheng-2020-13.txt", "corpus/zichuan-2020-3.md", "--out", out, "--jobs", "0"]).status,
    ).toBe(0);
    const fromJson = mkdtempSync(join(tmpdir(), "zc-cmpj-"));
    const fromText = mkdtempSync(join(tmpdir(), "zc-cmpt-"));
    const a = cli(["compare", out, "--out", fromJson, "--format", "csv"]);
    expect(a.status).toBe(0);
    expect(a.stderr).toMatch(/^2 documents/m);
    expect(
      cli(["compare", "corpus/tacheng-2020-13.txt", "corpus/zichuan-2020-3.md", "--out", fromText, "--format", "csv"])
        .status,
    ).toBe(0);
    expect(readFileSync(join(fromJson, "compare.csv"), "utf8")).toBe(
      readFileSync(join(fromText, "compare.csv"), "utf8"),
    );
  }, 60_000);
});
