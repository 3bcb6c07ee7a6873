import type { CompareRow } from "../pipeline/analysis/compare.ts";
import * as XLSX from "@e965/xlsx";
import { csvTable, escapeHtml, neutralise } from "./escape.ts";

const esc = escapeHtml;
const valueText = (r: CompareRow) =>
  `${Array.isArray(r.value) ? r.value.join("—") : r.value}${r.unit}${r.bound === "max" ? " (max)" : r.bound === "min" ? " (min)" : ""}${r.per ? `/${r.per}` : ""}`;

const COMPARE_HEADER = [
  "instrument",
  "instrument_name",
  "region",
  "year",
  "doc_number",
  "measure",
  "measure_title",
  "label",
  "kind",
  "value",
  "value_min",
  "value_max",
  "unit",
  "bound",
  "per",
  "periods",
  "text",
  "source",
  "start",
  "end",
];
const compareRow = (r: CompareRow) => [
  r.instrument,
  r.instrumentName,
  r.region,
  r.year,
  r.docNumber,
  r.measure,
  r.measureTitle,
  r.label,
  r.kind,
  r.value,
  Array.isArray(r.value) ? r.value[0] : r.value,
  Array.isArray(r.value) ? r.value[1] : r.value,
  r.unit,
  r.bound,
  r.per,
  r.periods.join("；"),
  r.text,
  r.source,
  r.span.start,
  r.span.end,
];

/** One row per (instrument, region, year, amount), UTF-8 with BOM for Excel; numeric value_min/value_max beside the value as printed. */
export function compareToCsv(rows: CompareRow[]): string {
  return csvTable(COMPARE_HEADER, rows.map(compareRow));
}

/** The same rows as one XLSX sheet (numbers as numbers, formula-like text neutralised). */
export function compareToXlsx(rows: CompareRow[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  const data = [
    COMPARE_HEADER,
    ...rows.map((r) =>
      compareRow(r).map((v) => (Array.isArray(v) ? v.join("–") : typeof v === "string" ? neutralise(v) : (v ?? null))),
    ),
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(data), "compare");
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array;
}

/** A table of instrument × (region, year) with the amounts and periods each notice sets. */
export function compareToHtml(rows: CompareRow[]): string {
  const cols = [
    ...new Map(
      rows.map((r) => [`${r.region} ${r.year}`, { region: r.region, year: r.year, doc: r.docNumber }]),
    ).values(),
  ].sort((a, b) => `${a.region}${a.year}`.localeCompare(`${b.region}${b.year}`));
  const instruments = [...new Map(rows.map((r) => [r.instrument, r.instrumentName])).entries()];
  const body = instruments
    .map(([id, name]) => {
      const cells = cols.map((c) => {
        const here = rows.filter((r) => r.instrument === id && r.region === c.region && r.year === c.year);
        return `<td>${here.map((r) => `<div class="amt"><span class="label">${esc(r.label)}</span> <b>${esc(valueText(r))}</b>${r.periods.length ? ` <span class="period">${esc(r.periods.join("；"))}</span>` : ""} <span class="src">${esc(r.measure)}</span></div>`).join("")}</td>`;
      });
      return `<tr><th>${esc(name)}</th>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>zhengce compare</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:1.5em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;font-size:.9em}th{background:#f4f4f4;text-align:left}.label{color:#555}.period{color:#06c;font-size:.85em}.src{color:#999;font-size:.8em}.amt{margin:.2em 0}</style></head><body>
<h1>Policy instruments by region and year</h1>
<table><tr><th>instrument</th>${cols.map((c) => `<th>${esc(c.region ?? "?")} ${esc(c.year ?? "")}<br><small>${esc(c.doc ?? "")}</small></th>`).join("")}</tr>
${body}
</table></body></html>
`;
}
