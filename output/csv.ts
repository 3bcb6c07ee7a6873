import type { PolicyDocument } from "../schemas/index.ts";
import { csvLine, csvTable as table } from "./escape.ts";

const base = (d: PolicyDocument) => [d.id, d.source.path, d.meta.docNumber, d.meta.region, d.meta.date];
const head = ["doc_id", "source", "doc_number", "region", "date"];

/** One CSV per field family: its header and the rows one document gives (so a batch can stream them). */
export const CSV_TABLES: { name: string; header: string[]; rows: (d: PolicyDocument) => unknown[][] }[] = [
  {
    name: "documents.csv",
    header: ["doc_id", "source", "format", "kind", "doc_number", "issuer", "title", "date", "region", "cites", "measures", "warnings"],
    rows: (d) => [[d.id, d.source.path, d.source.format, d.kind, d.meta.docNumber, d.meta.issuer, d.meta.title, d.meta.date, d.meta.region, d.meta.cites.join("；"), d.measures.length, d.warnings.length]],
  },
  {
    name: "measures.csv",
    header: [...head, "measure_id", "title", "amounts", "periods", "units", "start", "end", "text"],
    rows: (d) => d.measures.map((m) => [...base(d), m.id, m.title, m.amounts.length, m.periods.length, m.units.length, m.span.start, m.span.end, m.text]),
  },
  {
    name: "amounts.csv",
    header: [...head, "measure_id", "kind", "value", "unit", "bound", "per", "text", "start", "end", "rule"],
    rows: (d) => d.measures.flatMap((m) => m.amounts.map((a) => [...base(d), m.id, a.kind, a.value, a.unit, a.bound, a.per, a.text, a.span.start, a.span.end, a.rule])),
  },
  {
    name: "periods.csv",
    header: [...head, "measure_id", "start", "end", "duration_value", "duration_unit", "duration_bound", "text", "span_start", "span_end", "inferred", "rule"],
    rows: (d) => d.measures.flatMap((m) => m.periods.map((p) => [...base(d), m.id, p.start, p.end, p.duration?.value, p.duration?.unit, p.duration?.bound, p.text, p.span.start, p.span.end, p.inferred?.join(" "), p.rule])),
  },
  {
    name: "units.csv",
    header: [...head, "measure_id", "role", "name", "text", "start", "end", "inferred", "rule"],
    rows: (d) => d.measures.flatMap((m) => m.units.map((u) => [...base(d), m.id, u.role, u.name, u.text, u.span.start, u.span.end, u.inferred?.join(" "), u.rule])),
  },
];

/** All tables of a set of documents, as whole files. */
export function toCsv(docs: PolicyDocument[]): Record<string, string> {
  return Object.fromEntries(CSV_TABLES.map((t) => [t.name, table(t.header, docs.flatMap(t.rows))]));
}

/** The start of a table file (BOM and header line) and one document's lines, for streaming. */
export const csvHead = (header: string[]) => `\uFEFF${csvLine(header)}`;
export const csvRows = (rows: unknown[][]) => rows.map(csvLine).join("");
