/**
 * npm run bench:corpus — end-to-end corpus throughput: the bundled text notices (seeds and
 * corpus/dev) copied under distinct names to SIZES notices, extracted to JSON with --jobs 1 and
 * --jobs 2 in one run, each in a fresh process (the CLI itself), with notices/s and the process's
 * peak RSS (worker threads are in the same process, so it covers them).
 *   BENCH_SIZES=500,2000,5000 npm run bench:corpus
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SIZES = (process.env.BENCH_SIZES ?? "2000").split(",").map(Number);
const JOBS = (process.env.BENCH_JOBS ?? "1,2").split(",").map(Number);
const sources = [
  ...readdirSync("corpus")
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .map((f) => join("corpus", f)),
  ...readdirSync("corpus/dev")
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join("corpus/dev", f)),
];

console.log(`sources: ${sources.length} text notices`);
console.log("notices\tjobs\tseconds\tnotices/s\tpeak RSS MiB");
for (const size of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), "zc-bench-"));
  for (let i = 0; i < size; i++) {
    const src = sources[i % sources.length]!;
    copyFileSync(src, join(dir, `${String(i).padStart(5, "0")}-${src.split("/").pop()}`));
  }
  for (const jobs of JOBS) {
    const out = mkdtempSync(join(tmpdir(), "zc-bench-out-"));
    // the child reports its own peak RSS (KiB) and wall time when it exits
    const probe = `const t0=Date.now();process.on("exit",()=>process.stderr.write("\\nBENCH "+(Date.now()-t0)+" "+process.resourceUsage().maxRSS+"\\n"));`;
    const r = spawnSync(
      "node",
      [
        "--import",
        `data:text/javascript,${encodeURIComponent(probe)}`,
        "bin/zhengce.mjs",
        "extract",
        dir,
        "--out",
        out,
        "--jobs",
        String(jobs),
        "--no-ocr",
      ],
      { encoding: "utf8", maxBuffer: 1 << 28 },
    );
    const m = r.stderr.match(/BENCH (?<ms>\d+) (?<rss>\d+)/);
    if (!m) {
      console.log(`${size}\t${jobs}\tfailed (exit ${r.status}): ${r.stderr.slice(-500)}`);
      continue;
    }
    const s = Number(m.groups!.ms) / 1000;
    console.log(
      `${size}\t${jobs}\t${s.toFixed(1)}\t${(size / s).toFixed(0)}\t${(Number(m.groups!.rss) / 1024).toFixed(0)}`,
    );
    rmSync(out, { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
}
