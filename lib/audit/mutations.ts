import "server-only";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Client = PrismaClient | Prisma.TransactionClient;

export type AuditEntry = {
  /** Who acted; null for the system or an anonymous visitor. */
  actorId: string | null;
  /** e.g. "application.approved", "member.suspended", "auth.sign-in-burst". */
  action: string;
  targetType?: string;
  targetId?: string;
  reason?: string;
  /** Facts needed to understand the entry later; never secrets, never sensitive member data. */
  metadata?: Prisma.InputJsonObject;
};

/** Appends to the audit log; pass the transaction client so the entry commits with the change it records. */
export async function writeAudit(client: Client, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason,
      metadata: entry.metadata ?? {},
    },
  });
}

/** An admin exported the log (the filters they used): exporting it is itself on the record. */
export async function recordAuditExport(adminId: string, filters: Record<string, string>): Promise<void> {
  await writeAudit(db(), { actorId: adminId, action: "audit.exported", metadata: filters });
}
