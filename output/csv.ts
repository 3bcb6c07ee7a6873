import { createHash } from "node:crypto";
import type { PolicyDocument } from "../schemas/index.ts";
import { canonName, canonTitle } from "../pipeline/analysis/eval.ts";
import { csvLine, csvTable as table } from "./escape.ts";

/**
 * One notice however many renditions were read (its .txt, its portal page, its PDF): the same 文号
 * and title, else the same title and date, else the document itself. So a user counts notices once.
 */
const noticeIds = new WeakMap<PolicyDocument, string>();
export function noticeId(d: PolicyDocument): string {
  const known = noticeIds.get(d);
  if (known) return known;
  const id = computeNoticeId(d);
  noticeIds.set(d, id);
  return id;
}

function computeNoticeId(d: PolicyDocument): string {
  const key =
    d.meta.docNumber && d.meta.title
      ? `n|${canonName(d.meta.docNumber)}|${canonTitle(d.meta.title)}`
      : d.meta.title && d.meta.date
        ? `t|${canonTitle(d.meta.title)}|${d.meta.date}`
        : `d|${d.id}`;
  return createHash("sha1").update(key).digest("hex").slice(0, 12);
}

const lo = (v: number | [number, number]) => (Array.isArray(v) ? v[0] : v);
const hi = (v: number | [number, number]) => (Array.isArray(v) ? v[1] : v);

/** Columns every finding table shares: which notice, document and measure it is from. */
const head = ["notice_id", "doc_id", "source", "doc_number", "region", "year", "measure_id", "measure_title"];
const base = (d: PolicyDocument, m: PolicyDocument["measures"][number]) => [
  noticeId(d),
  d.id,
  d.source.path,
  d.meta.docNumber,
  d.meta.region,
  d.meta.date ? Number(d.meta.date.slice(0, 4)) : null,
  m.id,
  m.title,
];

export interface Table {
  name: string;
  header: string[];
  /** what each column holds: the data dictionary */
  columns: Record<string, string>;
  rows: (d: PolicyDocument) => unknown[][];
}

const COMMON: Record<string, string> = {
  notice_id:
    "one id per notice across its renditions (same 文号 and title, else same title and date): count notices with it",
  doc_id: "one id per file read (first 16 hex of its sha256)",
  source: "the file read",
  doc_number: "发文字号 of the notice, as printed",
  region: "the issuing region",
  year: "year of the signing date (a number)",
  measure_id: "the measure's id in the numbering tree (一.二, 第三章.第五条, 附件.4)",
  measure_title: "the measure's title",
  text: "the words the value was read from, as printed",
  span_start: "start of those words in source.text (UTF-16 offset, [start, end))",
  span_end: "end of those words in source.text",
  page: "1-based page of the words (PDF and scans), else empty",
  confidence: "lowest OCR confidence of the words (scans only), else empty",
  rule: "the rule that read the value",
};
const cols = (names: string[], extra: Record<string, string>) =>
  Object.fromEntries(names.map((n) => [n, extra[n] ?? COMMON[n] ?? ""]));

const DOCUMENT_COLS = [
  "notice_id",
  "doc_id",
  "source",
  "format",
  "kind",
  "doc_number",
  "issuer",
  "title",
  "date",
  "year",
  "region",
  "cites",
  "measures",
  "warnings",
];
const MEASURE_COLS = [...head, "amounts", "periods", "units", "span_start", "span_end", "page", "text"];
const AMOUNT_COLS = [
  ...head,
  "kind",
  "value_min",
  "value_max",
  "unit",
  "bound",
  "per",
  "purpose",
  "text",
  "span_start",
  "span_end",
  "page",
  "confidence",
  "rule",
];
const PERIOD_COLS = [
  ...head,
  "start",
  "end",
  "duration_min",
  "duration_max",
  "duration_unit",
  "duration_bound",
  "text",
  "span_start",
  "span_end",
  "page",
  "confidence",
  "inferred",
  "rule",
];
const UNIT_COLS = [...head, "role", "name", "text", "span_start", "span_end", "page", "inferred", "rule"];

/** One table per field family, one row per measure, amount, period, unit or document; streamable one document at a time. */
export const CSV_TABLES: Table[] = [
  {
    name: "documents.csv",
    header: DOCUMENT_COLS,
    columns: cols(DOCUMENT_COLS, {
      format: "how the file was read: text, markdown, html, pdf, image, ofd, docx, doc, spreadsheet",
      kind: "notice, or annual_report / budget / statistics / interpretation",
      issuer: "the issuing organ(s)",
      title: "the notice's title",
      date: "signing date (YYYY-MM-DD)",
      cites: "文号 of the documents it cites, separated by ；",
      measures: "number of measures",
      warnings: "number of diagnostics",
    }),
    rows: (d) => [
      [
        noticeId(d),
        d.id,
        d.source.path,
        d.source.format,
        d.kind,
        d.meta.docNumber,
        d.meta.issuer,
        d.meta.title,
        d.meta.date,
        d.meta.date ? Number(d.meta.date.slice(0, 4)) : null,
        d.meta.region,
        d.meta.cites.join("；"),
        d.measures.length,
        d.warnings.length,
      ],
    ],
  },
  {
    name: "measures.csv",
    header: MEASURE_COLS,
    columns: cols(MEASURE_COLS, {
      amounts: "number of amounts found",
      periods: "number of periods found",
      units: "number of responsible units found",
      text: "the measure's whole text",
    }),
    rows: (d) =>
      d.measures.map((m) => [
        ...base(d, m),
        m.amounts.length,
        m.periods.length,
        m.units.length,
        m.span.start,
        m.span.end,
        m.span.page,
        m.text,
      ]),
  },
  {
    name: "amounts.csv",
    header: AMOUNT_COLS,
    columns: cols(AMOUNT_COLS, {
      kind: "money, percent, count, age …",
      value_min: "the value, or the low end of a range (a number: money in 元, percent as printed before %)",
      value_max: "the value, or the high end of a range (equal to value_min for a single value)",
      unit: "元, %, 人, 岁 …",
      bound: "exact, max (不超过/最高), min (以上/不低于) or range",
      per: "what the value is per (人·月), else empty",
      purpose: "what the amount is for (个人·创业担保贷款), else empty",
    }),
    rows: (d) =>
      d.measures.flatMap((m) =>
        m.amounts.map((a) => [
          ...base(d, m),
          a.kind,
          lo(a.value),
          hi(a.value),
          a.unit,
          a.bound,
          a.per,
          a.purpose?.label,
          a.text,
          a.span.start,
          a.span.end,
          a.span.page,
          a.confidence,
          a.rule,
        ]),
      ),
  },
  {
    name: "periods.csv",
    header: PERIOD_COLS,
    columns: cols(PERIOD_COLS, {
      start: "first day (YYYY-MM-DD, or YYYY-MM / YYYY as precise as printed)",
      end: "last day, as precise as printed",
      duration_min: "a stated length, or its low end",
      duration_max: "a stated length, or its high end",
      duration_unit: "year, month, day, workday",
      duration_bound: "exact, max, min or range",
      inferred: "parts not printed but inferred (year …), separated by spaces",
    }),
    rows: (d) =>
      d.measures.flatMap((m) =>
        m.periods.map((p) => [
          ...base(d, m),
          p.start,
          p.end,
          p.duration ? lo(p.duration.value) : null,
          p.duration ? hi(p.duration.value) : null,
          p.duration?.unit,
          p.duration?.bound,
          p.text,
          p.span.start,
          p.span.end,
          p.span.page,
          p.confidence,
          p.inferred?.join(" "),
          p.rule,
        ]),
      ),
  },
  {
    name: "units.csv",
    header: UNIT_COLS,
    columns: cols(UNIT_COLS, {
      role: "lead (牵头), responsible (责任), cooperating (配合), implementing …",
      name: "the unit's name, as printed",
      inferred: "parts of the name not printed but inferred (a shared 市 prefix …)",
    }),
    rows: (d) =>
      d.measures.flatMap((m) =>
        m.units.map((u) => [
          ...base(d, m),
          u.role,
          u.name,
          u.text,
          u.span.start,
          u.span.end,
          u.span.page,
          u.inferred?.join(" "),
          u.rule,
        ]),
      ),
  },
];

/** All tables of a set of documents, as whole files. */
export function toCsv(docs: PolicyDocument[]): Record<string, string> {
  return Object.fromEntries(CSV_TABLES.map((t) => [t.name, table(t.header, docs.flatMap(t.rows))]));
}

/** The start of a table file (BOM and header line) and one document's lines, for streaming. */
export const csvHead = (header: string[]) => `\uFEFF${csvLine(header)}`;
export const csvRows = (rows: unknown[][]) => rows.map(csvLine).join("");

/** The data dictionary: every column of every table and what it holds (Markdown). */
export function dataDictionary(): string {
  const parts = [
    "# zhengce tables: data dictionary",
    "",
    "The same columns in CSV (UTF-8 with BOM), XLSX (one sheet per table) and Parquet. Numbers are numbers; an empty cell is a missing value.",
    "",
  ];
  for (const t of CSV_TABLES) {
    parts.push(`## ${t.name.replace(/\.csv$/, "")}`, "", "| column | meaning |", "|---|---|");
    for (const c of t.header) parts.push(`| \`${c}\` | ${t.columns[c] ?? ""} |`);
    parts.push("");
  }
  return parts.join("\n");
}
