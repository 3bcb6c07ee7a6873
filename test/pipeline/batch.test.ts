import { describe, expect, test } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { mkdtempSync } from "node:fs";
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BatchError,
  inShard,
  parseShard,
  readManifest,
  realFs,
  runExtractBatch,
  type BatchFs,
} from "../../cli/batch.ts";
import { outputNames } from "../../cli/files.ts";

const cli = (args: string[]) => spawnSync("node", ["bin/zhengce.mjs", ...args], { encoding: "utf8" });
const DEV = readdirSync("corpus/dev")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => join("corpus/dev", f));
const tmp = (p: string) => mkdtemp(join(tmpdir(), `zc-${p}-`));
const filesIn = async (d: string) => (await readdir(d)).filter((f) => f !== "_zhengce" && f !== "_report.json").sort();
const noTmp = (d: string) => readdirSync(d, { recursive: true }).filter((f) => String(f).endsWith(".tmp"));

describe("batch: the same outputs however the work is split", () => {
  test("--jobs 2 writes byte for byte what --jobs 1 writes", async () => {
    const [a, b] = [await tmp("j1"), await tmp("j2")];
    expect(cli(["extract", ...DEV, "--out", a, "--jobs", "1"]).status).toBe(0);
    expect(cli(["extract", ...DEV, "--out", b, "--jobs", "2"]).status).toBe(0);
    const names = await filesIn(a);
    expect(names.length).toBe(DEV.length);
    expect(await filesIn(b)).toEqual(names);
    for (const n of names) expect(await readFile(join(b, n), "utf8")).toBe(await readFile(join(a, n), "utf8"));
  }, 120_000);

  test("3 shards + merge give exactly the JSONL and CSV of one run", async () => {
    const one = await tmp("one");
    expect(cli(["extract", ...DEV, "--out", one, "-f", "jsonl", "--jobs", "2"]).status).toBe(0);
    const oneCsv = await tmp("onecsv");
    expect(cli(["extract", ...DEV, "--out", oneCsv, "-f", "csv", "--jobs", "2"]).status).toBe(0);
    const shards = [await tmp("s0"), await tmp("s1"), await tmp("s2")];
    for (const [k, d] of shards.entries())
      expect(cli(["extract", ...DEV, "--out", d, "--shard", `${k}/3`, "--jobs", "1"]).status).toBe(0);
    const counts = await Promise.all(shards.map(async (d) => (await readManifest(d)).size));
    expect(counts.reduce((a, b) => a + b)).toBe(DEV.length);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    const merged = await tmp("merged");
    expect(cli(["merge", ...shards, "--out", merged, "-f", "jsonl"]).status).toBe(0);
    expect(await readFile(join(merged, "documents.jsonl"), "utf8")).toBe(
      await readFile(join(one, "documents.jsonl"), "utf8"),
    );
    const mergedCsv = await tmp("mergedcsv");
    expect(cli(["merge", ...shards, "--out", mergedCsv, "-f", "csv"]).status).toBe(0);
    for (const t of ["documents.csv", "measures.csv", "amounts.csv", "periods.csv", "units.csv"])
      expect(await readFile(join(mergedCsv, t), "utf8")).toBe(await readFile(join(oneCsv, t), "utf8"));
  }, 180_000);

  test("shards: deterministic, disjoint, covering; auto takes the scheduler's index", () => {
    const files = DEV;
    const parts = [0, 1, 2].map((k) => inShard(files, { k, n: 3 }));
    expect(parts.flat().sort()).toEqual([...files].sort());
    expect(inShard(files, { k: 1, n: 3 })).toEqual(parts[1]);
    // the same corpus mounted elsewhere gives the same shards
    expect(
      inShard(
        files.map((f) => `/mnt/share/${f}`),
        { k: 1, n: 3 },
      ),
    ).toEqual(parts[1]!.map((f) => `/mnt/share/${f}`));
    expect(parseShard("auto/4", { JOB_COMPLETION_INDEX: "2" })).toEqual({ k: 2, n: 4 });
    expect(parseShard("auto/4", { SLURM_ARRAY_TASK_ID: "4", SLURM_ARRAY_TASK_MIN: "1" })).toEqual({ k: 3, n: 4 });
    expect(() => parseShard("3/3")).toThrow(/0…2/);
    expect(() => parseShard("auto/2", {})).toThrow(/JOB_COMPLETION_INDEX/);
  });
});

describe("batch: resume, force, crash", () => {
  test("a rerun skips finished documents and retries failures; --force redoes everything", async () => {
    const out = await tmp("resume");
    const bad = join(await tmp("bad"), "broken.pdf");
    await writeFile(bad, "%PDF-1.4 not really");
    expect(cli(["extract", DEV[0]!, DEV[1]!, bad, "--out", out, "--jobs", "0"]).status).toBe(1);
    const first = await readManifest(out);
    const again = cli(["extract", DEV[0]!, DEV[1]!, bad, "--out", out, "--jobs", "0"]);
    expect(again.stderr).toMatch(/2 unchanged since the last run/);
    const second = await readManifest(out);
    expect(second.get(DEV[0]!)!.at).toBe(first.get(DEV[0]!)!.at); // not redone
    expect(second.get(bad)!.at).not.toBe(first.get(bad)!.at); // the failure was retried
    cli(["extract", DEV[0]!, "--out", out, "--jobs", "0", "--force"]);
    expect((await readManifest(out)).get(DEV[0]!)!.at).not.toBe(first.get(DEV[0]!)!.at);
  }, 60_000);

  test("kill -9 in the middle of a batch, then a rerun: every output present, none partial, finished ones not redone", async () => {
    const corpus = await tmp("killcorpus");
    // 60 inputs: the corpus three times over, under distinct names
    for (let r = 0; r < 3; r++) for (const f of DEV) await copyFile(f, join(corpus, `r${r}-${f.split("/").pop()}`));
    const out = await tmp("kill");
    const child = spawn("node", ["bin/zhengce.mjs", "extract", corpus, "--out", out, "--jobs", "1"], {
      stdio: "ignore",
    });
    // wait until some documents are finished, then kill without warning
    for (let i = 0; i < 400; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const n = (await readManifest(out)).size;
      if (n >= 5) break;
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const before = await readManifest(out);
    expect(before.size).toBeGreaterThanOrEqual(5);
    expect(before.size).toBeLessThan(60);
    const rerun = cli(["extract", corpus, "--out", out, "--jobs", "1"]);
    expect(rerun.status).toBe(0);
    const after = await readManifest(out);
    expect(after.size).toBe(60);
    for (const [input, e] of before) if (e.status === "ok") expect(after.get(input)!.at).toBe(e.at);
    expect((await filesIn(out)).length).toBe(60);
    expect(noTmp(out)).toEqual([]);
    for (const f of await filesIn(out)) JSON.parse(await readFile(join(out, f), "utf8")); // none partial
  }, 180_000);
});

describe("batch: the output folder", () => {
  test("another live run holding the folder: a clear out_locked error, nothing written", async () => {
    const out = await tmp("locked");
    await mkdir(join(out, "_zhengce"), { recursive: true });
    const { hostname } = await import("node:os");
    await writeFile(join(out, "_zhengce", "lock"), `${process.ppid} ${hostname()}`);
    const err = await runExtractBatch([DEV[0]!], { out, format: "json", jobs: 0, names: outputNames([DEV[0]!]) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BatchError);
    expect((err as BatchError).code).toBe("out_locked");
    expect((err as Error).message).toContain(String(process.ppid));
    expect(await filesIn(out)).toEqual([]);
  });
  test("a lock left by a dead process is taken over; stale .tmp files are removed", async () => {
    const out = await tmp("stale");
    await mkdir(join(out, "_zhengce"), { recursive: true });
    const { hostname } = await import("node:os");
    await writeFile(join(out, "_zhengce", "lock"), `999999 ${hostname()}`);
    await writeFile(join(out, "x.json.123.456.tmp"), "{half");
    const r = await runExtractBatch([DEV[0]!], { out, format: "json", jobs: 0, names: outputNames([DEV[0]!]) });
    expect(r.documents).toBe(1);
    expect(noTmp(out)).toEqual([]);
    expect(existsSync(join(out, "_zhengce", "lock"))).toBe(false); // released
  });
  test("an --out that cannot be made: a typed error naming it, and the CLI lists every document not written", async () => {
    const file = join(await tmp("notdir"), "a-file");
    await writeFile(file, "x");
    const err = await runExtractBatch([DEV[0]!], {
      out: join(file, "out"),
      format: "json",
      jobs: 0,
      names: outputNames([DEV[0]!]),
    }).catch((e: unknown) => e);
    expect((err as BatchError).code).toBe("write_failed");
    expect((err as Error).message).toContain(join(file, "out"));
    const r = cli(["extract", DEV[0]!, DEV[1]!, "--out", join(file, "out"), "--jobs", "0"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`not written: ${DEV[0]}`);
    expect(r.stderr).toContain(`not written: ${DEV[1]}`);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
  test("a full disk (ENOSPC from an injected writer): each document not written is a write_failed failure, no .tmp left", async () => {
    const out = await tmp("full");
    let budget = 1; // the first document's output fits, then the disk is full
    const full: BatchFs = {
      ...realFs,
      writeFile: async (p, d) => {
        if (p.includes(".tmp") && !p.includes("_zhengce")) {
          if (budget-- <= 0) {
            await realFs.writeFile(p, d.slice(0, 10)); // a partial temporary file, as a real full disk leaves
            throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
          }
        }
        return realFs.writeFile(p, d);
      },
    };
    const files = DEV.slice(0, 4);
    const r = await runExtractBatch(files, { out, format: "json", jobs: 0, names: outputNames(files), fs: full });
    expect(r.documents).toBe(1);
    expect(r.failures.map((f) => f.code)).toEqual(["write_failed", "write_failed", "write_failed"]);
    expect(r.failures[0]!.reason).toMatch(/ENOSPC/);
    expect(r.failures.map((f) => f.file)).toEqual(files.slice(1));
    expect(noTmp(out)).toEqual([]);
  });
  test("a document over the time limit is a timeout failure and the batch goes on", async () => {
    const out = await tmp("timeout");
    const files = DEV.slice(0, 2);
    const r = await runExtractBatch(files, { out, format: "json", jobs: 1, timeoutMs: 1, names: outputNames(files) });
    expect(r.failures.map((f) => f.code)).toEqual(["timeout", "timeout"]);
    expect(r.failures[0]!.reason).toMatch(/--timeout/);
  }, 60_000);
});

describe("limits on an input", () => {
  test("a PDF over --max-pages is too_many_pages, a file over --max-mb is too_large; both name the flag; the batch goes on", () => {
    const out = mkdtempSync(join(tmpdir(), "zc-limits-"));
    const r = cli([
      "extract",
      "corpus/real/shanghai-putuo-2026-sifaju-yusuan.pdf",
      "corpus/pingliang-2019-1.txt",
      "--out",
      out,
      "--max-pages",
      "5",
      "--jobs",
      "0",
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /shanghai-putuo-2026-sifaju-yusuan\.pdf: the PDF has 23 pages, over the 5-page limit \(--max-pages raises it\) \[too_many_pages\]/,
    );
    expect(r.stderr).toMatch(/^1 documents/m);
    const big = cli([
      "extract",
      "corpus/pingliang-2019-1.txt",
      "--out",
      out,
      "--max-mb",
      "0.001",
      "--jobs",
      "0",
      "--force",
    ]);
    expect(big.stderr).toMatch(/over the 1049-byte limit \(--max-mb raises it\) \[too_large\]/);
    expect(cli(["extract", "corpus/pingliang-2019-1.txt", "--out", out, "--max-pages", "0"]).status).toBe(2); // a bad limit is a usage error
  }, 60_000);
});
