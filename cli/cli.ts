import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { type Failure, Gold, PolicyDocument, jsonSchemas } from "../schemas/index.ts";
import { writeAtomic } from "../output/atomic.ts";
import { evaluate, formatEval } from "../pipeline/analysis/eval.ts";
import { collectInputs, outputNames } from "./files.ts";
import { ZhengceInputError } from "../read/ingest/index.ts";
import {
  BATCH_DIR,
  BatchError,
  inShard,
  mergeOutputs,
  parseShard,
  readManifest,
  runExtractBatch,
  type BatchResult,
  type OutFormat,
  type Progress,
} from "./batch.ts";
import { extractDocument } from "../pipeline/run.ts";
import { listRules } from "../pipeline/config.ts";
import { diffDocuments } from "../pipeline/analysis/diff.ts";
import { compareDocuments } from "../pipeline/analysis/compare.ts";
import { citationGraph } from "../pipeline/analysis/graph.ts";
import { extractParams } from "../pipeline/analysis/params.ts";
import { paramPath, paramToYaml, paramsToJson } from "../output/params.ts";
import { ParamSet } from "../schemas/params.ts";
import { graphEdgesCsv, graphNodesCsv, graphToGraphMl, graphToJson } from "../output/graph.ts";
import { diffToMarkdown } from "../output/diffMarkdown.ts";
import { diffToHtml } from "../output/diffHtml.ts";
import { compareToCsv, compareToHtml, compareToXlsx } from "../output/compare.ts";
import type { LlmSession } from "../pipeline/llm/session.ts";
import { FAMILIES } from "../pipeline/analysis/eval.ts";
import { COMMANDS, UsageError, commandUsage, overview, parseCommand, version } from "./cliSpec.ts";

const USAGE = overview();

const log = (s: string) => process.stderr.write(`${s}\n`);

async function llmSession(values: Record<string, unknown>): Promise<LlmSession | undefined> {
  if (!values.llm) return undefined;
  const { LlmSession, llmConfig } = await import("../pipeline/llm/session.ts"); // openai's client only when asked for
  return new LlmSession(
    llmConfig({
      ...(values["llm-base-url"] ? { baseURL: String(values["llm-base-url"]) } : {}),
      ...(values["llm-model"] ? { model: String(values["llm-model"]) } : {}),
      ...(values["llm-budget"] ? { budgetPerRun: Number(values["llm-budget"]) } : {}),
    }),
  );
}

function reportFailures(failures: Failure[]) {
  if (!failures.length) return;
  log(`\n${failures.length} failed:`);
  for (const f of failures) log(`  ${f.file}: ${f.reason} [${f.code}]`);
}

type ExtractValues = {
  out: string;
  format: string;
  explain: boolean;
  "no-ocr": boolean;
  "as-notice": boolean;
  llm: boolean;
  jobs?: string;
  force: boolean;
  shard?: string;
  timeout: string;
  "max-mb": string;
  "max-pages": string;
  "disable-rule"?: string[];
};

async function cmdExtract(argv: string[]): Promise<number> {
  const parsed = parseCommand(COMMANDS.extract!, argv);
  if (!parsed) return 0;
  const { values, positionals } = parsed as { values: ExtractValues; positionals: string[] };
  if (!positionals.length) throw new UsageError("`extract` needs at least one file or folder", "extract");
  const limits = extractLimits(values);
  const disabledRules = checkRuleIds(values["disable-rule"] ?? []);
  const { files: all, missing, unsupported, ignored } = await collectInputs(positionals);
  const files = values.shard ? shardOf(all, values.shard) : all;
  const llm = await llmSession(values);
  const out = values.out!;
  const bar = progressReporter(files.length);
  let result: BatchResult;
  try {
    result = await runExtractBatch(files, {
      out,
      format: values.format as OutFormat,
      names: outputNames(all),
      order: new Map(all.map((f, i) => [f, i])),
      ...limits,
      force: values.force,
      disabledRules,
      ocr: !values["no-ocr"],
      asNotice: values["as-notice"],
      explain: values.explain,
      ...(llm ? { llm } : {}),
      onProgress: bar.update,
      onDebug: (file, l) => log(`  [${basename(file)}] ${l}`),
    });
  } catch (e) {
    bar.end();
    if (!(e instanceof BatchError)) throw e;
    log(`zhengce: ${e.message}`);
    if (e.code === "write_failed") for (const f of files) log(`  not written: ${f}`);
    return 1;
  }
  bar.end();
  if (llm) log(llm.describeUsage());
  const failures: Failure[] = [...result.failures];
  for (const m of missing) failures.push({ file: m, code: "unreadable_file", reason: "no such file or directory" });
  // a document in a folder that cannot be read is a failure of the run, never a silent skip
  for (const u of unsupported) failures.push(u);
  await writeRunReport(out, files, result, failures, ignored);
  printSummary(out, result, failures, ignored);
  return failures.length ? 1 : 0;
}

/** The run's limits from the flags, each checked (a usage error names the flag and the value). */
function extractLimits(values: ExtractValues) {
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0))
    throw new UsageError(`--jobs wants a whole number ≥ 0, not “${values.jobs}”`, "extract");
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError(`--timeout wants seconds > 0, not “${values.timeout}”`, "extract");
  const maxMb = Number(values["max-mb"]);
  const maxPages = Number(values["max-pages"]);
  if (!(maxMb > 0)) throw new UsageError(`--max-mb wants a size in MB > 0, not “${values["max-mb"]}”`, "extract");
  if (!(Number.isInteger(maxPages) && maxPages > 0))
    throw new UsageError(`--max-pages wants a whole number > 0, not “${values["max-pages"]}”`, "extract");
  return {
    ...(jobs !== undefined ? { jobs } : {}),
    timeoutMs: timeout * 1000,
    maxBytes: Math.round(maxMb * 1024 * 1024),
    maxPages,
  };
}

function shardOf(all: string[], shard: string): string[] {
  let files: string[];
  try {
    files = inShard(all, parseShard(shard));
  } catch (e) {
    throw new UsageError((e as Error).message, "extract");
  }
  log(`shard ${shard}: ${files.length} of ${all.length} inputs`);
  return files;
}

type Ignored = Awaited<ReturnType<typeof collectInputs>>["ignored"];

/** _report.json: the tally, every failure, the files that are not documents, each document's warnings. */
async function writeRunReport(
  out: string,
  files: string[],
  result: BatchResult,
  failures: Failure[],
  ignored: Ignored,
) {
  const manifest = await readManifest(out);
  const report = {
    documents: result.documents,
    unchanged: result.unchanged,
    measures: result.measures,
    failures,
    ignored,
    warnings: Object.fromEntries(
      files.flatMap((f) => (manifest.get(f)?.status === "ok" ? [[f, manifest.get(f)!.warnings ?? []]] : [])),
    ),
  };
  try {
    await writeAtomic(join(out, "_report.json"), `${JSON.stringify(report, null, 2)}\n`);
  } catch (e) {
    log(`zhengce: cannot write ${join(out, "_report.json")} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

function printSummary(out: string, result: BatchResult, failures: Failure[], ignored: Ignored) {
  reportFailures(failures);
  if (ignored.length)
    log(
      `\n${ignored.length} file(s) in the folders are not documents and were not read (listed in _report.json "ignored"): ${[...new Set(ignored.map((i) => i.reason))].join("; ")}`,
    );
  const unchanged = result.unchanged
    ? ` (${result.unchanged} unchanged since the last run, not redone; --force redoes them)`
    : "";
  log(
    `\n${result.documents} documents${unchanged}, ${result.measures} measures, ${result.warnings} warnings, ${failures.length} failures → ${out}/`,
  );
}

/** A progress bar with rate and ETA on a terminal; on a log (CI), a plain line now and then. */
function progressReporter(total: number): { update: (p: Progress) => void; end: () => void } {
  const tty = process.stderr.isTTY;
  const show = total > 3;
  let lastLine = 0;
  let drawn = false;
  const byCode = new Map<string, number>();
  return {
    update: (p) => {
      if (p.status === "failed") byCode.set("failed", (byCode.get("failed") ?? 0) + 1);
      if (!show) return;
      const rate = p.done / Math.max(0.001, p.elapsedMs / 1000);
      const eta = rate > 0 ? Math.round((p.total - p.done) / rate) : 0;
      const stats = `${p.done}/${p.total} · ${rate.toFixed(1)}/s · ETA ${eta} s`;
      if (tty) {
        const w = 24;
        const filled = Math.round((p.done / p.total) * w);
        process.stderr.write(
          `\r[${"#".repeat(filled)}${"-".repeat(w - filled)}] ${stats} ${basename(p.file).slice(0, 30).padEnd(30)}`,
        );
        drawn = true;
      } else if (total <= 50 || Date.now() - lastLine > 5000 || p.done === p.total) {
        log(`[${stats}] ${p.file}${p.status === "ok" ? "" : ` (${p.status})`}`);
        lastLine = Date.now();
      }
    },
    end: () => {
      if (drawn) process.stderr.write("\n");
    },
  };
}

/** Gold for an input: the manifest beside it, else <gold>/<stem>.gold.json. */
/**
 * The gold of an input: the file its folder's manifest names (relative to that folder), else
 * `<stem>.gold.json` in a `gold/` folder beside it, else the same names in --gold. So one eval run
 * over `corpus` scores the seeds and `corpus/dev`, each against its own gold.
 */
async function goldFor(file: string, goldDir: string): Promise<string | undefined> {
  const dir = dirname(file);
  const names = [`${basename(file, extname(file))}.gold.json`];
  try {
    const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as {
      file: string;
      gold?: string;
    }[];
    const entry = manifest.find((e) => e.file === basename(file));
    if (entry?.gold) names.unshift(entry.gold);
  } catch {
    /* no manifest: the naming convention alone */
  }
  const candidates = [
    ...names.map((n) => join(dir, n)),
    ...names.map((n) => join(dir, "gold", basename(n))),
    ...names.map((n) => join(goldDir, basename(n))),
  ];
  for (const c of candidates) if (existsSync(c)) return c;
  return candidates.at(-1);
}

type EvalPair = { name: string; gold: Gold; doc: PolicyDocument };

async function cmdEval(argv: string[]): Promise<number> {
  const parsed = parseCommand(COMMANDS.eval!, argv);
  if (!parsed) return 0;
  const { values, positionals } = parsed as {
    values: { gold?: string; verbose: boolean; json: boolean; llm: boolean };
    positionals: string[];
  };
  if (!values.gold) throw new UsageError("`eval` needs --gold DIR", "eval");
  if (!positionals.length) throw new UsageError("`eval` needs at least one file or folder", "eval");
  const llm = await llmSession(values);
  const { files } = await collectInputs(positionals);
  const { pairs, llmPairs, failures } = await evalPairs(files, values.gold, llm);
  const result = evaluate(pairs);
  if (llm) {
    printWithLlm(result, evaluate(llmPairs), values);
    log(llm.describeUsage());
  } else
    process.stdout.write(
      values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEval(result, values.verbose)}\n`,
    );
  reportFailures(failures);
  return failures.length ? 1 : 0;
}

/** Each input with its gold, read by the rules (and with the LLM when asked); a gold or input that cannot be read is a failure. */
async function evalPairs(files: string[], goldDir: string, llm: LlmSession | undefined) {
  const pairs: EvalPair[] = [];
  const llmPairs: EvalPair[] = [];
  const failures: Failure[] = [];
  for (const file of files) {
    const goldPath = (await goldFor(file, goldDir))!;
    let goldText: string;
    try {
      goldText = await readFile(goldPath, "utf8");
    } catch {
      log(`no gold for ${file} (looked for ${goldPath}); skipped`);
      continue;
    }
    const gold = parseGold(goldText);
    if (!gold.success) {
      failures.push({ file: goldPath, code: "schema_violation", reason: gold.reason });
      continue;
    }
    try {
      const doc =
        extname(file) === ".json"
          ? PolicyDocument.parse(JSON.parse(await readFile(file, "utf8")))
          : await extractDocument(file);
      pairs.push({ name: basename(file), gold: gold.data, doc });
      if (llm && extname(file) !== ".json")
        llmPairs.push({ name: basename(file), gold: gold.data, doc: await extractDocument(file, { llm }) });
    } catch (e) {
      const code = e instanceof ZhengceInputError ? e.code : "internal_error";
      failures.push({ file, code, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { pairs, llmPairs, failures };
}

/** A gold file checked against the schema: JSON that does not parse, or a field that does not fit, names where. */
function parseGold(text: string): { success: true; data: Gold } | { success: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { success: false, reason: `the gold is not JSON (${(e as Error).message})` };
  }
  const gold = Gold.safeParse(json);
  if (gold.success) return { success: true, data: gold.data };
  const where = gold.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`);
  return { success: false, reason: `the gold does not fit the schema (${where.join("; ")})` };
}

/** The rules' figures beside the rules + LLM figures, per family. */
function printWithLlm(
  result: ReturnType<typeof evaluate>,
  withLlm: ReturnType<typeof evaluate>,
  values: { json: boolean; verbose: boolean },
) {
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ rules: result, rulesWithLlm: withLlm }, null, 2)}\n`);
    return;
  }
  const f = (x: number) => x.toFixed(3);
  const rows = ["family\trules P\trules R\trules F1\t+LLM P\t+LLM R\t+LLM F1"];
  for (const fam of FAMILIES) {
    const [a, b] = [result.families[fam], withLlm.families[fam]];
    rows.push([fam, f(a.precision), f(a.recall), f(a.f1), f(b.precision), f(b.recall), f(b.f1)].join("\t"));
  }
  rows.push(`bound accuracy\t\t\t${f(result.bound.accuracy)}\t\t\t${f(withLlm.bound.accuracy)}`);
  process.stdout.write(`${rows.join("\n")}\n`);
  if (values.verbose) process.stdout.write(`\n${formatEval(withLlm, true)}\n`);
}

/** A command over a corpus (compare, params, graph): its options, and every input read or listed as failed. */
async function documentsCommand<V>(
  name: string,
  argv: string[],
): Promise<{ values: V; docs: PolicyDocument[]; failures: Failure[] } | undefined> {
  const parsed = parseCommand(COMMANDS[name]!, argv);
  if (!parsed) return undefined;
  if (!parsed.positionals.length) throw new UsageError(`\`${name}\` needs at least one file or folder`, name);
  const { files } = await collectInputs(parsed.positionals, { documentsJson: true });
  return { values: parsed.values as V, ...(await loadAll(files)) };
}

/** Every input read (or its JSON loaded); the ones that cannot be, as failures. */
async function loadAll(files: string[]): Promise<{ docs: PolicyDocument[]; failures: Failure[] }> {
  const docs: PolicyDocument[] = [];
  const failures: Failure[] = [];
  for (const f of files) {
    try {
      docs.push(await loadDocument(f));
    } catch (e) {
      if (!(e instanceof ZhengceInputError)) throw e;
      failures.push({ file: f, code: e.code, reason: e.reason });
    }
  }
  return { docs, failures };
}

/** A notice in any supported format, or the JSON zhengce wrote for it. */
async function loadDocument(file: string): Promise<PolicyDocument> {
  if (extname(file).toLowerCase() === ".json") {
    const parsed = PolicyDocument.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (!parsed.success)
      throw new ZhengceInputError(
        "schema_violation",
        file,
        `not a zhengce PolicyDocument: ${parsed.error.issues[0]?.message ?? "invalid"}`,
      );
    return parsed.data;
  }
  return extractDocument(file);
}

async function cmdDiff(argv: string[]): Promise<number> {
  const parsed = parseCommand(COMMANDS.diff!, argv);
  if (!parsed) return 0;
  const { values, positionals } = parsed as {
    values: { format: string; html?: string; out?: string };
    positionals: string[];
  };
  if (positionals.length !== 2) throw new UsageError("`diff` takes two notices: zhengce diff <a> <b>", "diff");
  let A: PolicyDocument;
  let B: PolicyDocument;
  try {
    [A, B] = [await loadDocument(positionals[0]!), await loadDocument(positionals[1]!)];
  } catch (e) {
    if (e instanceof ZhengceInputError) {
      log(`${e.file}: ${e.reason} [${e.code}]`);
      return 1;
    }
    throw e;
  }
  const diff = diffDocuments(A, B);
  const text =
    values.format === "json"
      ? `${JSON.stringify(diff, null, 2)}\n`
      : values.format === "html"
        ? diffToHtml(diff, A, B)
        : diffToMarkdown(diff, A, B);
  if (values.out) await writeAtomic(values.out, text);
  else process.stdout.write(text);
  if (values.html) {
    await writeAtomic(values.html, diffToHtml(diff, A, B));
    log(`report → ${values.html}`);
  }
  return 0;
}

async function cmdCompare(argv: string[]): Promise<number> {
  const input = await documentsCommand<{ out: string; format: string }>("compare", argv);
  if (!input) return 0;
  const { values, docs, failures } = input;
  const rows = compareDocuments(docs);
  if (values.format === "csv" || values.format === "both")
    await writeAtomic(join(values.out!, "compare.csv"), compareToCsv(rows));
  if (values.format === "html" || values.format === "both")
    await writeAtomic(join(values.out!, "compare.html"), compareToHtml(rows));
  if (values.format === "xlsx") await writeAtomic(join(values.out!, "compare.xlsx"), compareToXlsx(rows));
  reportFailures(failures);
  log(
    `${docs.length} documents, ${rows.length} amounts in ${new Set(rows.map((r) => r.instrument)).size} instruments → ${values.out}/compare.${values.format === "both" ? "{csv,html}" : values.format}`,
  );
  return failures.length ? 1 : 0;
}

async function cmdParams(argv: string[]): Promise<number> {
  const input = await documentsCommand<{ out: string }>("params", argv);
  if (!input) return 0;
  const { values, docs, failures } = input;
  const set = ParamSet.parse(extractParams(docs));
  const out = values.out!;
  await writeAtomic(join(out, "params.json"), paramsToJson(set));
  // amounts no instrument could be given to: their own file too, never dropped
  await writeAtomic(join(out, "unclassified.json"), `${JSON.stringify(set.unclassified, null, 2)}\n`);
  for (const p of set.parameters) await writeAtomic(join(out, "parameters", paramPath(p)), paramToYaml(p));
  reportFailures(failures);
  const conflicts = set.parameters.filter((p) => p.conflicts.length);
  for (const p of conflicts)
    log(
      `warning: ${p.name} has conflicting values on ${p.conflicts.map((c) => c.date).join(", ")} (kept side by side in the file)`,
    );
  log(
    `${docs.length} documents → ${set.parameters.length} parameters with ${set.parameters.reduce((n, p) => n + p.values.length, 0)} dated values, ${set.unclassified.length} amounts unclassified → ${out}/params.json, ${out}/parameters/, ${out}/unclassified.json`,
  );
  return failures.length ? 1 : 0;
}

async function cmdGraph(argv: string[]): Promise<number> {
  const input = await documentsCommand<{ out: string }>("graph", argv);
  if (!input) return 0;
  const { values, docs, failures } = input;
  const g = citationGraph(docs);
  const out = values.out!;
  await writeAtomic(join(out, "graph.json"), graphToJson(g));
  await writeAtomic(join(out, "graph.graphml"), graphToGraphMl(g));
  await writeAtomic(join(out, "nodes.csv"), graphNodesCsv(g));
  await writeAtomic(join(out, "edges.csv"), graphEdgesCsv(g));
  reportFailures(failures);
  const kinds = [...new Set(g.edges.map((e) => e.kind))]
    .map((k) => `${g.edges.filter((e) => e.kind === k).length} ${k}`)
    .join(", ");
  log(
    `${docs.length} documents → ${g.nodes.length} nodes (${g.nodes.filter((n) => !n.inCorpus).length} cited from outside the corpus), ${g.edges.length} edges (${kinds || "none"}) → ${out}/graph.{json,graphml}, nodes.csv, edges.csv`,
  );
  return failures.length ? 1 : 0;
}

/** The ids given to --disable-rule, each one a rule of the run config (a typo would silently disable nothing). */
function checkRuleIds(ids: string[]): string[] {
  const known = new Set(listRules().flatMap((f) => f.rules.map((r) => r.id)));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length)
    throw new UsageError(
      `unknown rule ${unknown.map((u) => `“${u}”`).join(", ")} for --disable-rule: \`zhengce rules\` lists the ids`,
      "extract",
    );
  return ids;
}

/** `zhengce rules [family]`: each family's rules, with the real sentence each was written for. */
function cmdRules(argv: string[]): number {
  const parsed = parseCommand(COMMANDS.rules!, argv);
  if (!parsed) return 0;
  const families = listRules();
  const [only] = parsed.positionals;
  if (only && !families.some((f) => f.name === only))
    throw new UsageError(`unknown family \`${only}\`: expected ${families.map((f) => f.name).join(", ")}`, "rules");
  const shown = families.filter((f) => !only || f.name === only);
  const rows = shown.map((f) => ({ family: f.name, rules: f.rules.map((r) => ({ id: r.id, example: r.example })) }));
  if (parsed.values.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  for (const f of rows) {
    process.stdout.write(`${f.family} (${f.rules.length} rules)\n`);
    const width = Math.max(0, ...f.rules.map((r) => r.id.length));
    for (const r of f.rules) process.stdout.write(`  ${r.id.padEnd(width)}  ${r.example}\n`);
  }
  return 0;
}

async function cmdMerge(argv: string[]): Promise<number> {
  const parsed = parseCommand(COMMANDS.merge!, argv);
  if (!parsed) return 0;
  const { values, positionals } = parsed as { values: { out: string; format: string }; positionals: string[] };
  if (!positionals.length) throw new UsageError("`merge` needs at least one run folder", "merge");
  for (const d of positionals)
    if (!existsSync(join(d, BATCH_DIR, "manifest.jsonl")))
      throw new UsageError(
        `${d} is not the --out of an extract run (no ${join(d, BATCH_DIR, "manifest.jsonl")})`,
        "merge",
      );
  const r = await mergeOutputs(positionals, values.out!, values.format! as OutFormat);
  reportFailures(r.failures);
  log(`${r.documents} documents from ${positionals.length} run(s), ${r.failures.length} failures → ${values.out}/`);
  return r.failures.length ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const spec = e.command ? COMMANDS[e.command] : undefined;
    log(`zhengce: ${e.message}\n\n${spec ? commandUsage(spec) : USAGE}`);
    return 2;
  }
}

async function dispatch(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "extract":
      return cmdExtract(rest);
    case "eval":
      return cmdEval(rest);
    case "diff":
      return cmdDiff(rest);
    case "compare":
      return cmdCompare(rest);
    case "merge":
      return cmdMerge(rest);
    case "rules":
      return cmdRules(rest);
    case "graph":
      return cmdGraph(rest);
    case "params":
      return cmdParams(rest);
    case "--version":
    case "-V":
      process.stdout.write(`${version()}\n`);
      return 0;
    case "schema": {
      if (!parseCommand(COMMANDS.schema!, rest)) return 0;
      const schemas = jsonSchemas();
      const which = rest[0] ?? "PolicyDocument";
      if (!(which in schemas)) {
        log(`unknown schema \`${which}\`: expected ${Object.keys(schemas).join(" or ")}`);
        return 2;
      }
      process.stdout.write(`${JSON.stringify(schemas[which], null, 2)}\n`);
      return 0;
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(`${USAGE}\n`);
      return cmd ? 0 : 2;
    default:
      log(`unknown command \`${cmd}\`\n\n${USAGE}`);
      return 2;
  }
}
