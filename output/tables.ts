/**
 * The tidy tables (output/csv.ts) as XLSX (SheetJS: one sheet per table) and Parquet
 * (hyparquet-writer: one file per table, numbers as DOUBLE, text as UTF-8), with the same columns
 * and rows as the CSV files.
 */
import * as XLSX from "@e965/xlsx";
import { parquetWriteBuffer } from "hyparquet-writer";
import { CSV_TABLES } from "./csv.ts";
import { neutralise } from "./escape.ts";

/** Columns that hold numbers in every format. */
const NUMERIC = new Set([
  "year",
  "value_min",
  "value_max",
  "duration_min",
  "duration_max",
  "span_start",
  "span_end",
  "page",
  "confidence",
  "measures",
  "warnings",
  "amounts",
  "periods",
  "units",
]);

const cell = (v: unknown) => (v === undefined ? null : Array.isArray(v) ? v.join("–") : v);

/** Rows per table, as collected from the documents. */
export type TableRows = Map<string, unknown[][]>;

export function emptyTableRows(): TableRows {
  return new Map(CSV_TABLES.map((t) => [t.name, []]));
}

/** One workbook, one sheet per table (documents, measures, amounts, periods, units); text cells that a spreadsheet would run are neutralised. */
export function toXlsx(rows: TableRows): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const t of CSV_TABLES) {
    const data = [
      t.header,
      ...(rows.get(t.name) ?? []).map((r) =>
        r.map((v, i) => {
          const c = cell(v);
          return typeof c === "string" && !NUMERIC.has(t.header[i]!) ? neutralise(c) : c;
        }),
      ),
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(data), t.name.replace(/\.csv$/, ""));
  }
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array;
}

/** One Parquet file per table. */
export function toParquet(rows: TableRows): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const t of CSV_TABLES) {
    const rs = rows.get(t.name) ?? [];
    const columnData = t.header.map((name, i) => {
      const numeric = NUMERIC.has(name);
      return {
        name,
        type: numeric ? ("DOUBLE" as const) : ("STRING" as const),
        data: rs.map((r) => {
          const c = cell(r[i]);
          if (c === null || c === "") return null;
          return numeric ? Number(c) : String(c);
        }),
      };
    });
    out[t.name.replace(/\.csv$/, ".parquet")] = new Uint8Array(parquetWriteBuffer({ columnData }));
  }
  return out;
}
