/** Text escaping shared by the writers. */

/** HTML text and attribute values. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A text cell that a spreadsheet would run as a formula (= + - @, or a leading tab/CR, OWASP's CSV
 * injection list) gets a leading apostrophe; numbers are numbers and stay as they are.
 */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const raw = Array.isArray(v) ? v.join("–") : typeof v === "object" ? JSON.stringify(v) : String(v);
  const s = typeof v === "number" || typeof v === "bigint" ? raw : neutralise(raw);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line with its CRLF. */
export const csvLine = (row: unknown[]) => `${row.map(csvCell).join(",")}\r\n`;

/** A CSV file: UTF-8 with a BOM so Excel shows Chinese, CRLF line ends, a range as low–high. */
export const csvTable = (header: string[], rows: unknown[][]) => "\uFEFF" + [header, ...rows].map(csvLine).join("");
