import "server-only";
import { cache } from "react";
import { getTimeZone } from "next-intl/server";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { auditLogCsv, auditLogPage } from "./log-service";
import { auditHref, type AuditFilter } from "./schema";

export type { AuditLogPage } from "./log-service";

export const loadAuditLog = cache(async (filter: AuditFilter) => {
  const timeZone = await getTimeZone();
  return forPage(auditHref("/admin/audit", filter), (viewer) => auditLogPage(viewer, filter, timeZone));
});

/**
 * The CSV export as a stream, or null for anyone the service refuses (the route answers 404). The first line
 * is read here, so the refusal — and the export's own audit entry — happen before anything is sent.
 */
export async function loadAuditExport(filter: AuditFilter): Promise<ReadableStream<Uint8Array> | null> {
  const lines = auditLogCsv(await loadViewer(), filter, await getTimeZone());
  let first: IteratorResult<string>;
  try {
    first = await lines.next();
  } catch (error) {
    if (error instanceof AppError && ["UNAUTHENTICATED", "FORBIDDEN"].includes(error.code)) return null;
    throw error;
  }
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}
