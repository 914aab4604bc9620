/** A cell as a spreadsheet receives it; `null`/`undefined` is empty. */
export type CsvValue = string | number | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (and a tab or return before one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, RFC 4180: quoted when it holds a quote, a comma or a line break (quotes doubled). Text
 * that a spreadsheet would run as a formula (`=HYPERLINK(…)` typed into a comment) gets a leading
 * apostrophe, so it is shown, never run. Numbers are written as they are.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as a CSV file's text: CRLF line ends, and a byte-order mark so spreadsheets read UTF-8 (Chinese included) as such. */
export function toCsv(rows: ReadonlyArray<readonly CsvValue[]>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
