import "server-only";
// The audit log viewer (/admin/audit) and its CSV export, for admins. Pages of 50 by a keyset cursor; the
// export streams every matching entry in batches (bounded memory however long the log) and is itself audited.
import { authorize } from "@/lib/auth/authorize";
import { canReadAuditLog } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import { distinctAuditValues, listAuditEntries, memberIdFor, type AuditQuery, type AuditRow } from "./data";
import { recordAuditExport } from "./mutations";
import { csvCell, startOfDay } from "./format";
import type { AuditFilter } from "./schema";

export const AUDIT_PAGE_SIZE = 50;
const EXPORT_BATCH = 2_000;

async function queryFor(filter: AuditFilter, timeZone: string): Promise<AuditQuery | null> {
  const actorId = filter.actor ? await memberIdFor(filter.actor) : undefined;
  if (filter.actor && !actorId) return null;
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    actorId,
    action: filter.action,
    targetType: filter.targetType,
    targetId: filter.targetId,
    from: filter.from ? startOfDay(filter.from, timeZone) : undefined,
    until: filter.to ? startOfDay(nextDay(filter.to), timeZone) : undefined,
    after: decodeTimeCursor(filter.after, "string"),
  };
}

export type AuditLogPage = { entries: AuditRow[]; next: string | null; actions: string[]; targetTypes: string[]; unknownActor: boolean };

export async function auditLogPage(viewer: Viewer, filter: AuditFilter, timeZone: string): Promise<AuditLogPage> {
  authorize(viewer, canReadAuditLog);
  const [query, actions, targetTypes] = await Promise.all([queryFor(filter, timeZone), distinctAuditValues("action"), distinctAuditValues("targetType")]);
  if (!query) return { entries: [], next: null, actions, targetTypes, unknownActor: true };
  const rows = await listAuditEntries(query, AUDIT_PAGE_SIZE + 1);
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = entries.at(-1);
  return { entries, next: rows.length > AUDIT_PAGE_SIZE && last ? encodeTimeCursor(last.createdAt, last.id) : null, actions, targetTypes, unknownActor: false };
}

const CSV_COLUMNS = ["createdAt", "actorId", "actorName", "action", "targetType", "targetId", "reason", "metadata"] as const;

/** Every entry matching `filter`, newest first, as CSV lines; the export is written to the log first. */
export async function* auditLogCsv(viewer: Viewer, filter: AuditFilter, timeZone: string): AsyncGenerator<string> {
  const admin = authorize(viewer, canReadAuditLog);
  const query = await queryFor({ ...filter, after: undefined }, timeZone);
  // The actor as typed may be an email address: the append-only log records whom it found, by id, never the address.
  const { after: _after, actor: _actor, ...filters } = filter;
  const recorded = { ...filters, ...(query?.actorId ? { actorId: query.actorId } : filter.actor ? { actor: "(nobody found)" } : {}) };
  await recordAuditExport(admin.id, Object.fromEntries(Object.entries(recorded).filter((entry): entry is [string, string] => Boolean(entry[1]))));
  yield `${CSV_COLUMNS.join(",")}\r\n`;
  if (!query) return;
  for (let after = query.after; ; ) {
    const rows = await listAuditEntries({ ...query, after }, EXPORT_BATCH);
    if (rows.length) yield rows.map((row) => `${CSV_COLUMNS.map((column) => csvCell(row[column])).join(",")}\r\n`).join("");
    const last = rows.at(-1);
    if (rows.length < EXPORT_BATCH || !last) return;
    after = { at: last.createdAt, id: last.id };
  }
}
