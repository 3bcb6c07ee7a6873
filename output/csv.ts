import type { PolicyDocument } from "../schemas/index.ts";
import { csvTable as table } from "./escape.ts";

/** One CSV per field family: one row per measure, per amount, per period, per unit, per document. */
export function toCsv(docs: PolicyDocument[]): Record<string, string> {
  const base = (d: PolicyDocument) => [d.id, d.source.path, d.meta.docNumber, d.meta.region, d.meta.date];
  const head = ["doc_id", "source", "doc_number", "region", "date"];
  return {
    "documents.csv": table(
      ["doc_id", "source", "format", "doc_number", "issuer", "title", "date", "region", "cites", "measures", "warnings"],
      docs.map((d) => [d.id, d.source.path, d.source.format, d.meta.docNumber, d.meta.issuer, d.meta.title, d.meta.date, d.meta.region, d.meta.cites.join("；"), d.measures.length, d.warnings.length]),
    ),
    "measures.csv": table(
      [...head, "measure_id", "title", "amounts", "periods", "units", "start", "end", "text"],
      docs.flatMap((d) => d.measures.map((m) => [...base(d), m.id, m.title, m.amounts.length, m.periods.length, m.units.length, m.span.start, m.span.end, m.text])),
    ),
    "amounts.csv": table(
      [...head, "measure_id", "kind", "value", "unit", "bound", "per", "text", "start", "end", "rule"],
      docs.flatMap((d) => d.measures.flatMap((m) => m.amounts.map((a) => [...base(d), m.id, a.kind, a.value, a.unit, a.bound, a.per, a.text, a.span.start, a.span.end, a.rule]))),
    ),
    "periods.csv": table(
      [...head, "measure_id", "start", "end", "duration_value", "duration_unit", "duration_bound", "text", "span_start", "span_end", "inferred", "rule"],
      docs.flatMap((d) =>
        d.measures.flatMap((m) => m.periods.map((p) => [...base(d), m.id, p.start, p.end, p.duration?.value, p.duration?.unit, p.duration?.bound, p.text, p.span.start, p.span.end, p.inferred?.join(" "), p.rule])),
      ),
    ),
    "units.csv": table(
      [...head, "measure_id", "role", "name", "text", "start", "end", "inferred", "rule"],
      docs.flatMap((d) => d.measures.flatMap((m) => m.units.map((u) => [...base(d), m.id, u.role, u.name, u.text, u.span.start, u.span.end, u.inferred?.join(" "), u.rule]))),
    ),
  };
}
