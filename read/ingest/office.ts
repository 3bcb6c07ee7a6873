/**
 * Office binary and spreadsheet attachments, each through a library made for it:
 * - Word 97–2003 `.doc` and WPS 文字 `.wps` saved in the Word-compatible OLE format (WPS Office 2005
 *   and later write this; older DOS/WPS 97 files are refused) through `word-extractor`. The binary
 *   format keeps automatic list numbers outside the text, so labels Word generated are lost (typed
 *   labels 一、（一） are kept);
 * - `.xls` `.xlsx` `.et` (a 任务分工表) through SheetJS (`@e965/xlsx`, the maintained build on npm):
 *   each sheet's rows become lines of tab-separated cells, cells merged downwards filled from the
 *   cell above, so the 序号 | 重点任务 | 牵头单位 | 责任单位 rows read like an attachment table.
 */
import WordExtractor from "word-extractor";
import * as XLSX from "@e965/xlsx";
import { ZhengceInputError } from "./errors.ts";

export async function wordBinaryToText(bytes: Uint8Array, file: string): Promise<string> {
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    return doc
      .getBody()
      .replace(/\r\n?/g, "\n")
      .replace(/\u0007/g, "\t")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  } catch (e) {
    throw new ZhengceInputError(
      "corrupt_file",
      file,
      `the Word/WPS binary file cannot be read (${(e as Error)?.message ?? String(e)}); WPS files older than WPS Office 2005 are not in the Word format`,
    );
  }
}

export function spreadsheetToText(bytes: Uint8Array, file: string): string {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: "array", cellDates: false, dense: false });
  } catch (e) {
    throw new ZhengceInputError(
      "corrupt_file",
      file,
      `the spreadsheet cannot be read (${(e as Error)?.message ?? String(e)})`,
    );
  }
  const parts: string[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const rows = XLSX.utils
      .sheet_to_json<string[]>(ws, { header: 1, raw: false, defval: "", blankrows: true })
      .map((r) =>
        r.map((c) =>
          String(c ?? "")
            .replace(/\s*\n\s*/g, "")
            .trim(),
        ),
      );
    const origin = XLSX.utils.decode_range(ws["!ref"] ?? "A1");
    // a cell merged over several rows holds its value in the top row only: fill it down (not across)
    for (const m of ws["!merges"] ?? []) {
      const top = rows[m.s.r - origin.s.r]?.[m.s.c - origin.s.c] ?? "";
      for (let r = m.s.r + 1; r <= m.e.r; r++) {
        const row = rows[r - origin.s.r];
        if (row && !row[m.s.c - origin.s.c]) row[m.s.c - origin.s.c] = top;
      }
    }
    const lines = rows.map((r) => r.join("\t").replace(/\t+$/, "")).filter((l) => l.replace(/\t/g, "").trim());
    if (!lines.length) continue;
    if (wb.SheetNames.length > 1 && !/^Sheet\d+$/i.test(name)) parts.push(name);
    parts.push(...lines);
  }
  return parts.join("\n");
}
