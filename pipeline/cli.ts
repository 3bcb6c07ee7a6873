import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { Gold, PolicyDocument, jsonSchemas } from "../schemas/index.ts";
import { toCsv } from "../output/csv.ts";
import { toJson, toJsonl } from "../output/json.ts";
import { toMarkdown } from "../output/markdown.ts";
import { writeAtomic } from "../output/atomic.ts";
import { evaluate, formatEval } from "./eval.ts";
import { collectInputs, outputNames } from "./files.ts";
import { ZhengceInputError } from "./ingest/index.ts";
import { extractDocument } from "./run.ts";
import { diffDocuments } from "./diff.ts";
import { compareDocuments } from "./compare.ts";
import { diffToMarkdown } from "../output/diffMarkdown.ts";
import { diffToHtml } from "../output/diffHtml.ts";
import { compareToCsv, compareToHtml } from "../output/compare.ts";
import { LlmSession, llmConfig } from "./llm/session.ts";
import { FAMILIES } from "./eval.ts";
import { COMMANDS, UsageError, commandUsage, overview, parseCommand, version } from "./cliSpec.ts";

const USAGE = overview();

interface Failure {
  file: string;
  code: string;
  reason: string;
}

const log = (s: string) => process.stderr.write(`${s}\n`);

function llmSession(values: Record<string, unknown>): LlmSession | undefined {
  if (!values.llm) return undefined;
  return new LlmSession(
    llmConfig({
      ...(values["llm-base-url"] ? { baseURL: String(values["llm-base-url"]) } : {}),
      ...(values["llm-model"] ? { model: String(values["llm-model"]) } : {}),
      ...(values["llm-budget"] ? { budgetPerRun: Number(values["llm-budget"]) } : {}),
    }),
  );
}

async function runBatch(files: string[], explain: boolean, ocr = true, llm?: LlmSession, asNotice = false): Promise<{ docs: Map<string, PolicyDocument>; failures: Failure[] }> {
  const docs = new Map<string, PolicyDocument>();
  const failures: Failure[] = [];
  const progress = files.length > 3;
  let i = 0;
  for (const file of files) {
    i++;
    if (progress) log(`[${i}/${files.length}] ${file}`);
    try {
      const doc = await extractDocument(file, { ...(explain ? { debug: (l: string) => log(`  ${l}`) } : {}), ...(ocr ? {} : { ocr: false as const }), ...(llm ? { llm } : {}), ...(asNotice ? { asNotice } : {}) });
      docs.set(file, doc);
    } catch (e) {
      if (e instanceof ZhengceInputError) failures.push({ file, code: e.code, reason: e.reason });
      else failures.push({ file, code: "internal_error", reason: e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e) });
    }
  }
  return { docs, failures };
}

function reportFailures(failures: Failure[]) {
  if (!failures.length) return;
  log(`\n${failures.length} failed:`);
  for (const f of failures) log(`  ${f.file}: ${f.reason} [${f.code}]`);
}

async function cmdExtract(argv: string[]): Promise<number> {
  const parsed = parseCommand(COMMANDS.extract!, argv);
  if (!parsed) return 0;
  const { values, positionals } = parsed as { values: { out: string; format: string; explain: boolean; "no-ocr": boolean; "as-notice": boolean; llm: boolean }; positionals: string[] };
  const format = values.format!;
  if (!positionals.length) throw new UsageError("`extract` needs at least one file or folder", "extract");
  const { files, missing, unsupported, ignored } = await collectInputs(positionals);
  const llm = llmSession(values);
  const { docs, failures } = await runBatch(files, values.explain!, !values["no-ocr"], llm, values["as-notice"]);
  if (llm) log(llm.describeUsage());
  for (const m of missing) failures.push({ file: m, code: "unreadable_file", reason: "no such file or directory" });
  // a document in a folder that cannot be read is a failure of the run, never a silent skip
  for (const u of unsupported) failures.push(u);
  const out = values.out!;
  const names = outputNames([...docs.keys()]);
  if (format === "json") for (const [f, d] of docs) await writeAtomic(join(out, `${names.get(f)}.json`), toJson(d));
  if (format === "md") for (const [f, d] of docs) await writeAtomic(join(out, `${names.get(f)}.md`), toMarkdown(d));
  if (format === "jsonl") await writeAtomic(join(out, "documents.jsonl"), toJsonl([...docs.values()]));
  if (format === "csv") for (const [name, content] of Object.entries(toCsv([...docs.values()]))) await writeAtomic(join(out, name), content);
  await writeAtomic(join(out, "_report.json"), `${JSON.stringify({ documents: docs.size, measures: [...docs.values()].reduce((n, d) => n + d.measures.length, 0), failures, ignored, warnings: Object.fromEntries([...docs].map(([f, d]) => [f, d.warnings])) }, null, 2)}\n`);
  const measures = [...docs.values()].reduce((n, d) => n + d.measures.length, 0);
  const warnings = [...docs.values()].reduce((n, d) => n + d.warnings.filter((w) => w.severity !== "info").length, 0);
  reportFailures(failures);
  if (ignored.length) log(`\n${ignored.length} file(s) in the folders are not documents and were not read (listed in _report.json "ignored"): ${[...new Set(ignored.map((i) => i.reason))].join("; ")}`);
  log(`\n${docs.size} documents, ${measures} measures, ${warnings} warnings, ${failures.length} failures → ${out}/`);
  return failures.length ? 1 : 0;
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
    const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as { file: string; gold?: string }[];
    const entry = manifest.find((e) => e.file === basename(file));
    if (entry?.gold) names.unshift(entry.gold);
  } catch {
    /* no manifest: the naming convention alone */
  }
  const candidates = [...names.map((n) => join(dir, n)), ...names.map((n) => join(dir, "gold", basename(n))), ...names.map((n) => join(goldDir, basename(n)))];
  for (const c of candidates) if (existsSync(c)) return c;
  return candidates.at(-1);
}

async function cmdEval(argv: string[]): Promise<number> {
  const parsed = parseCommand(COMMANDS.eval!, argv);
  if (!parsed) return 0;
  const { values, positionals } = parsed as { values: { gold?: string; verbose: boolean; json: boolean; llm: boolean }; positionals: string[] };
  if (!values.gold) throw new UsageError("`eval` needs --gold DIR", "eval");
  if (!positionals.length) throw new UsageError("`eval` needs at least one file or folder", "eval");
  const llm = llmSession(values);
  const { files } = await collectInputs(positionals);
  const pairs: { name: string; gold: Gold; doc: PolicyDocument }[] = [];
  const llmPairs: { name: string; gold: Gold; doc: PolicyDocument }[] = [];
  const failures: Failure[] = [];
  for (const file of files) {
    const goldPath = await goldFor(file, values.gold);
    let goldText: string;
    try {
      goldText = await readFile(goldPath!, "utf8");
    } catch {
      log(`no gold for ${file} (looked for ${goldPath}); skipped`);
      continue;
    }
    const gold = Gold.safeParse(JSON.parse(goldText));
    if (!gold.success) {
      failures.push({ file: goldPath!, code: "schema_violation", reason: gold.error.message });
      continue;
    }
    try {
      const doc = extname(file) === ".json" ? PolicyDocument.parse(JSON.parse(await readFile(file, "utf8"))) : await extractDocument(file);
      pairs.push({ name: basename(file), gold: gold.data, doc });
      if (llm && extname(file) !== ".json") llmPairs.push({ name: basename(file), gold: gold.data, doc: await extractDocument(file, { llm }) });
    } catch (e) {
      failures.push({ file, code: e instanceof ZhengceInputError ? e.code : "internal_error", reason: e instanceof Error ? e.message : String(e) });
    }
  }
  const result = evaluate(pairs);
  if (llm) {
    const withLlm = evaluate(llmPairs);
    if (values.json) process.stdout.write(`${JSON.stringify({ rules: result, rulesWithLlm: withLlm }, null, 2)}\n`);
    else {
      const f = (x: number) => x.toFixed(3);
      const rows = ["family\trules P\trules R\trules F1\t+LLM P\t+LLM R\t+LLM F1"];
      for (const fam of FAMILIES) rows.push([fam, f(result.families[fam].precision), f(result.families[fam].recall), f(result.families[fam].f1), f(withLlm.families[fam].precision), f(withLlm.families[fam].recall), f(withLlm.families[fam].f1)].join("\t"));
      rows.push(`bound accuracy\t\t\t${f(result.bound.accuracy)}\t\t\t${f(withLlm.bound.accuracy)}`);
      process.stdout.write(`${rows.join("\n")}\n`);
      if (values.verbose) process.stdout.write(`\n${formatEval(withLlm, true)}\n`);
    }
    log(llm.describeUsage());
  } else process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEval(result, values.verbose)}\n`);
  reportFailures(failures);
  return failures.length ? 1 : 0;
}

/** A notice in any supported format, or the JSON zhengce wrote for it. */
async function loadDocument(file: string): Promise<PolicyDocument> {
  if (extname(file).toLowerCase() === ".json") {
    const parsed = PolicyDocument.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (!parsed.success) throw new ZhengceInputError("schema_violation", file, `not a zhengce PolicyDocument: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    return parsed.data;
  }
  return extractDocument(file);
}

async function cmdDiff(argv: string[]): Promise<number> {
  const parsed = parseCommand(COMMANDS.diff!, argv);
  if (!parsed) return 0;
  const { values, positionals } = parsed as { values: { format: string; html?: string; out?: string }; positionals: string[] };
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
  const text = values.format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : values.format === "html" ? diffToHtml(diff, A, B) : diffToMarkdown(diff, A, B);
  if (values.out) await writeAtomic(values.out, text);
  else process.stdout.write(text);
  if (values.html) {
    await writeAtomic(values.html, diffToHtml(diff, A, B));
    log(`report → ${values.html}`);
  }
  return 0;
}

async function cmdCompare(argv: string[]): Promise<number> {
  const parsed = parseCommand(COMMANDS.compare!, argv);
  if (!parsed) return 0;
  const { values, positionals } = parsed as { values: { out: string; format: string }; positionals: string[] };
  if (!positionals.length) throw new UsageError("`compare` needs at least one file or folder", "compare");
  const { files } = await collectInputs(positionals);
  const { docs, failures } = await runBatch(files, false);
  const rows = compareDocuments([...docs.values()]);
  if (values.format === "csv" || values.format === "both") await writeAtomic(join(values.out!, "compare.csv"), compareToCsv(rows));
  if (values.format === "html" || values.format === "both") await writeAtomic(join(values.out!, "compare.html"), compareToHtml(rows));
  reportFailures(failures);
  log(`${docs.size} documents, ${rows.length} amounts in ${new Set(rows.map((r) => r.instrument)).size} instruments → ${values.out}/compare.{csv,html}`);
  return failures.length ? 1 : 0;
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
