// Pure helpers of the audit log viewer: days in the admin's time zone, and safe CSV cells.

/** Local midnight of a calendar day in `timeZone`, as a UTC instant. */
export function startOfDay(day: string, timeZone: string): Date {
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const local = new Date(noonUtc.toLocaleString("en-US", { timeZone }));
  const utc = new Date(noonUtc.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(Date.parse(`${day}T00:00:00Z`) - (local.getTime() - utc.getTime()));
}

// The CSV cell is shared infrastructure now (lib/csv.ts); kept here under its old name for the audit log.
export { csvCell } from "@/lib/csv";
