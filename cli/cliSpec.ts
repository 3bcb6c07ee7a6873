/**
 * One definition per CLI command: its synopsis, its options (with help text and, for enumerated
 * options, the allowed values). `--help`, the overview, flag parsing (node:util parseArgs) and the
 * value checks are all generated from this table, so help and behaviour cannot drift apart.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  default?: string | boolean;
  /** placeholder in the help text, e.g. DIR */
  value?: string;
  /** allowed values of a string option; anything else is a usage error */
  choices?: readonly string[];
  /** a string option that may be given several times (its value is then a list) */
  multiple?: boolean;
  description: string;
}

export interface CommandSpec {
  name: string;
  /** positional part of the synopsis, e.g. "<a> <b>" */
  args: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** extra lines after the options */
  notes?: string;
}

const LLM: Record<string, OptionSpec> = {
  llm: { type: "boolean", default: false, description: "also ask an OpenAI-compatible model (off by default)" },
  "llm-base-url": { type: "string", value: "URL", description: "server URL (or ZHENGCE_LLM_BASE_URL)" },
  "llm-model": { type: "string", value: "NAME", description: "model name (or ZHENGCE_LLM_MODEL)" },
  "llm-budget": { type: "string", value: "TOKENS", description: "token budget for the run" },
};

const LLM_NOTE = "LLM key: ZHENGCE_LLM_API_KEY (or OPENAI_API_KEY).";

export const COMMANDS: Record<string, CommandSpec> = {
  extract: {
    name: "extract",
    args: "<files or dirs…>",
    summary: "read notices (txt, md, html, pdf, images, ofd, docx/doc/wps, xlsx/xls) into structured data",
    options: {
      out: { type: "string", short: "o", default: "out", value: "DIR", description: "output folder" },
      format: {
        type: "string",
        short: "f",
        default: "json",
        value: "FORMAT",
        choices: ["json", "jsonl", "csv", "xlsx", "parquet", "md"],
        description:
          "one <name>.json per input, documents.jsonl, the tidy tables as CSV, one XLSX workbook or Parquet files, or Markdown",
      },
      explain: { type: "boolean", default: false, description: "log each extraction step to stderr" },
      "no-ocr": { type: "boolean", default: false, description: "do not OCR scanned pages" },
      "as-notice": {
        type: "boolean",
        default: false,
        description:
          "read measures even from a document whose title says it is an annual report, a budget or a press page",
      },
      jobs: {
        type: "string",
        short: "j",
        value: "N",
        description: "worker threads (default: every core; 0: in the main thread, no time limit)",
      },
      timeout: {
        type: "string",
        default: "60",
        value: "S",
        description: "seconds one document may take before it is stopped and listed as a timeout failure",
      },
      "max-mb": {
        type: "string",
        default: "200",
        value: "MB",
        description: "the largest input read; a larger one is a too_large failure",
      },
      "max-pages": {
        type: "string",
        default: "2000",
        value: "N",
        description: "the most PDF pages read; a longer PDF is a too_many_pages failure",
      },
      force: {
        type: "boolean",
        default: false,
        description:
          "redo documents an earlier run into the same --out finished (default: skip them when input and version are unchanged)",
      },
      "disable-rule": {
        type: "string",
        value: "ID",
        multiple: true,
        description: "turn one rule off (repeatable); `zhengce rules` lists the ids, e.g. amount/count/people-noun",
      },
      shard: {
        type: "string",
        value: "K/N",
        description:
          "read only shard K of N (0-based, by a hash of each input's path); auto/N takes K from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID",
      },
      ...LLM,
    },
    notes: `Progress goes to stderr; failures are listed at the end (exit 1 if any).\n${LLM_NOTE}`,
  },
  eval: {
    name: "eval",
    args: "--gold DIR <files or dirs…>",
    summary: "precision / recall / F1 per family against gold annotations",
    options: {
      gold: { type: "string", value: "DIR", description: "folder of <stem>.gold.json files (required)" },
      verbose: { type: "boolean", short: "v", default: false, description: "list every miss" },
      json: { type: "boolean", default: false, description: "print the result as JSON" },
      ...LLM,
    },
    notes: LLM_NOTE,
  },
  diff: {
    name: "diff",
    args: "<a> <b>",
    summary: "align two notices (or their extracted JSON) measure by measure",
    options: {
      format: {
        type: "string",
        short: "f",
        default: "md",
        value: "FORMAT",
        choices: ["md", "json", "html"],
        description: "Markdown, the PolicyDiff JSON, or the HTML report",
      },
      out: { type: "string", short: "o", value: "FILE", description: "write to FILE instead of stdout" },
      html: { type: "string", value: "FILE", description: "also write the HTML report to FILE" },
    },
  },
  compare: {
    name: "compare",
    args: "<files or dirs…>",
    summary: "amounts across notices in one grid, by instrument (reads notices or extract's JSON)",
    options: {
      out: { type: "string", short: "o", default: "out", value: "DIR", description: "output folder" },
      format: {
        type: "string",
        short: "f",
        default: "both",
        value: "FORMAT",
        choices: ["csv", "xlsx", "html", "both"],
        description: "compare.csv, compare.xlsx, compare.html, or both CSV and HTML",
      },
    },
  },
  merge: {
    name: "merge",
    args: "<run folders…>",
    summary: "join the outputs of several extract runs (shards) into one folder, in corpus order",
    options: {
      out: { type: "string", short: "o", default: "out", value: "DIR", description: "output folder" },
      format: {
        type: "string",
        short: "f",
        default: "jsonl",
        value: "FORMAT",
        choices: ["json", "jsonl", "csv", "xlsx", "parquet", "md"],
        description:
          "the corpus files to build: documents.jsonl, the tables (CSV, XLSX, Parquet), or one file per document",
      },
    },
    notes: "Each folder is the --out of an `extract --shard K/N` run (its _zhengce/manifest.jsonl says what it holds).",
  },
  params: {
    name: "params",
    args: "<files or dirs…>",
    summary:
      "effective-dated policy parameters (region × instrument × group × quantity) with a reference for every value",
    options: {
      out: { type: "string", short: "o", default: "out", value: "DIR", description: "output folder" },
    },
    notes:
      'Writes params.json (schema: zhengce schema ParamSet) and parameters/<region>/<instrument>/<group_quantity>.yaml, OpenFisca parameter files. Amounts no instrument could be given to are in params.json "unclassified".',
  },
  graph: {
    name: "graph",
    args: "<files or dirs…>",
    summary: "the citation graph of a corpus: notices and the documents they cite, relay, implement or repeal",
    options: {
      out: { type: "string", short: "o", default: "out", value: "DIR", description: "output folder" },
    },
    notes:
      "Writes graph.json (nodes/edges), graph.graphml (networkx, igraph, Gephi) and nodes.csv/edges.csv. Inputs may be notices or an extract run's output folder.",
  },
  rules: {
    name: "rules",
    args: "[family]",
    summary: "list the extraction rules of each family: id and the real sentence it was written for",
    options: {
      json: { type: "boolean", default: false, description: "print them as JSON" },
    },
    notes: "Turn a rule off in a run with `zhengce extract --disable-rule ID`.",
  },
  schema: {
    name: "schema",
    args: "[PolicyDocument|PolicyDiff|ParamSet]",
    summary: "print a JSON Schema of the output",
    options: {},
  },
};

const HELP: OptionSpec = { type: "boolean", short: "h", description: "show this help" };

/** A mistake in how the CLI was called: printed as one line plus the command's usage, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

export function version(): string {
  // the sources sit one folder below package.json, the built dist/ files two
  const url = [new URL("../package.json", import.meta.url), new URL("../../package.json", import.meta.url)].find(
    (u) => existsSync(u) && (JSON.parse(readFileSync(u, "utf8")) as { name?: string }).name === "zhengce",
  );
  const pkg = JSON.parse(readFileSync(url ?? new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

function flagLabel(name: string, o: OptionSpec): string {
  return `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`;
}

export function commandUsage(spec: CommandSpec): string {
  const opts = { ...spec.options, help: HELP };
  const labels = Object.entries(opts).map(([n, o]) => [flagLabel(n, o), o] as const);
  const width = Math.max(...labels.map(([l]) => l.length));
  const lines = labels.map(([l, o]) => {
    const extra = [
      o.choices ? `one of ${o.choices.join(", ")}` : "",
      typeof o.default === "string" ? `default ${o.default}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    return `  ${l.padEnd(width)}  ${o.description}${extra ? ` (${extra})` : ""}`;
  });
  return [
    `usage: zhengce ${spec.name} ${spec.args} [options]`,
    "",
    spec.summary,
    "",
    "options:",
    ...lines,
    ...(spec.notes ? ["", spec.notes] : []),
  ].join("\n");
}

export function overview(): string {
  const cmds = Object.values(COMMANDS);
  const width = Math.max(...cmds.map((c) => c.name.length));
  return [
    "zhengce — Chinese policy notices → structured, comparable data",
    "",
    "usage: zhengce <command> [options]",
    "",
    "commands:",
    ...cmds.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${"help".padEnd(width)}  this overview; \`zhengce <command> --help\` for a command's options`,
    "",
    "  -V, --version  print the version",
  ].join("\n");
}

type Values = Record<string, string | boolean | string[] | undefined>;

/**
 * Parses a command's arguments from its definition. Returns undefined when `--help` was asked
 * (the help has been printed); throws UsageError for an unknown flag, a missing value or a value
 * outside an option's choices.
 */
export function parseCommand(spec: CommandSpec, argv: string[]): { values: Values; positionals: string[] } | undefined {
  const options: Record<
    string,
    { type: "string" | "boolean"; short?: string; default?: string | boolean; multiple?: boolean }
  > = {};
  for (const [n, o] of Object.entries({ ...spec.options, help: HELP }))
    options[n] = {
      type: o.type,
      ...(o.short ? { short: o.short } : {}),
      ...(o.multiple ? { multiple: true } : {}),
      ...(o.default !== undefined ? { default: o.default } : {}),
    };
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options }) as {
      values: Values;
      positionals: string[];
    };
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    const msg = e instanceof Error ? e.message : String(e);
    if (!code.startsWith("ERR_PARSE_ARGS")) throw e;
    const flag = /'([^']+)'/.exec(msg)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new UsageError(`unknown option ${flag ?? msg} for \`${spec.name}\``, spec.name);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new UsageError(`${msg.split(/\.\s/)[0]!.replace(/\.$/, "")}`, spec.name);
    throw new UsageError(msg.split("\n")[0]!, spec.name);
  }
  if (parsed.values.help) {
    process.stdout.write(`${commandUsage(spec)}\n`);
    return undefined;
  }
  for (const [n, o] of Object.entries(spec.options)) {
    const v = parsed.values[n];
    if (o.choices && typeof v === "string" && !o.choices.includes(v))
      throw new UsageError(`unknown --${n} ${v} for \`${spec.name}\`: expected ${o.choices.join(", ")}`, spec.name);
  }
  return parsed;
}
