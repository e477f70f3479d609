// Pure helpers of the audit log viewer: days in the admin's time zone, and safe CSV cells.

/** Local midnight of a calendar day in `timeZone`, as a UTC instant. */
export function startOfDay(day: string, timeZone: string): Date {
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const local = new Date(noonUtc.toLocaleString("en-US", { timeZone }));
  const utc = new Date(noonUtc.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(Date.parse(`${day}T00:00:00Z`) - (local.getTime() - utc.getTime()));
}

/** One CSV cell: quoted, and a leading = + - @ defused, so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: unknown): string {
  let text = value instanceof Date ? value.toISOString() : value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
