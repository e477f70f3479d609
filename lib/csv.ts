// CSV for spreadsheets (RFC 4180): every cell quoted, and a cell a spreadsheet program would run as a formula
// (one starting with = + - @, a tab or a carriage return: OWASP's "CSV injection") prefixed with an apostrophe,
// so it is shown as the text it is. Shared by the audit log's export and the monitoring reports' exports. Pure.

/** One CSV cell: quoted, and a leading = + - @ defused, so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: unknown): string {
  let text = value instanceof Date ? value.toISOString() : value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One line of cells, ended by CRLF as RFC 4180 says. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** The byte order mark that makes spreadsheet programs (Excel above all) read a CSV file as UTF-8. */
export const UTF8_BOM = "\ufeff";
