import "server-only";
import { writeAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { queueEmail } from "@/lib/mail/mutations";

type Tx = Prisma.TransactionClient;

async function notFoundOrConflict(tx: Tx, userId: string): Promise<never> {
  const exists = await tx.user.count({ where: { id: userId, status: { in: ["ACTIVE", "SUSPENDED"] } } });
  throw new AppError(exists ? "CONFLICT" : "NOT_FOUND");
}

/**
 * Suspends an active member and ends every session they have, in one transaction: their very next request
 * finds no session and is refused. They are told by email (without the reason, which stays with the admins).
 */
export async function suspendMember(input: { userId: string; actorId: string; reason: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const now = new Date();
    const suspended = await tx.user.updateMany({ where: { id: input.userId, status: "ACTIVE" }, data: { status: "SUSPENDED", suspendedAt: now } });
    if (suspended.count !== 1) await notFoundOrConflict(tx, input.userId);
    const sessions = await tx.session.deleteMany({ where: { userId: input.userId } });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "member.suspended",
      targetType: "User",
      targetId: input.userId,
      reason: input.reason,
      metadata: { sessionsEnded: sessions.count },
    });
    const member = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true, locale: true } });
    await queueEmail(tx, { to: member.email, locale: member.locale, template: "account.suspended", params: {} });
  });
}

export async function reinstateMember(input: { userId: string; actorId: string; reason: string | null }): Promise<void> {
  await db().$transaction(async (tx) => {
    const reinstated = await tx.user.updateMany({ where: { id: input.userId, status: "SUSPENDED" }, data: { status: "ACTIVE", suspendedAt: null } });
    if (reinstated.count !== 1) await notFoundOrConflict(tx, input.userId);
    await writeAudit(tx, { actorId: input.actorId, action: "member.reinstated", targetType: "User", targetId: input.userId, reason: input.reason ?? undefined });
  });
}

/** Changes a member's role; a concurrent change of the same member gets CONFLICT. */
export async function changeMemberRole(input: { userId: string; actorId: string; role: MemberRole }): Promise<"changed" | "unchanged"> {
  return db().$transaction(async (tx) => {
    const member = await tx.user.findFirst({ where: { id: input.userId, status: { in: ["ACTIVE", "SUSPENDED"] } }, select: { role: true } });
    if (!member) throw new AppError("NOT_FOUND");
    if (member.role === input.role) return "unchanged";
    const changed = await tx.user.updateMany({ where: { id: input.userId, role: member.role, status: { in: ["ACTIVE", "SUSPENDED"] } }, data: { role: input.role } });
    if (changed.count !== 1) throw new AppError("CONFLICT");
    await writeAudit(tx, { actorId: input.actorId, action: "member.role-changed", targetType: "User", targetId: input.userId, metadata: { from: member.role, to: input.role } });
    return "changed";
  });
}
