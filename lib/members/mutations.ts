import "server-only";
import { writeAudit } from "@/lib/audit/mutations";
import { withdrawSpotlightsOfPersonIn } from "@/lib/campaigns/mutations";
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
  await db().$transaction((tx) => suspendMemberIn(tx, input));
}

/** The suspension inside the caller's transaction (a moderation item's "suspend the author" writes its history beside it). */
export async function suspendMemberIn(tx: Tx, input: { userId: string; actorId: string; reason: string }): Promise<void> {
  const now = new Date();
  const suspended = await tx.user.updateMany({ where: { id: input.userId, status: "ACTIVE" }, data: { status: "SUSPENDED", suspendedAt: now } });
  if (suspended.count !== 1) await notFoundOrConflict(tx, input.userId);
  const sessions = await tx.session.deleteMany({ where: { userId: input.userId } });
  // Her public campaign spotlights go offline at once (410), consent withdrawn: reinstating does not restore them.
  await withdrawSpotlightsOfPersonIn(tx, input.userId, { actorId: input.actorId, cause: "suspended" });
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

// Erasure ---------------------------------------------------------------------------------------------------

/** Why a person is erased, for the audit log (never their own words: those would be personal data). */
export type ErasureReason = "application-withdrawn" | "account-deleted" | "admin-request";

export type ErasureOutcome = "deleted" | "anonymized";

const ANONYMIZED_USER = {
  name: null,
  displayName: null,
  emailVerified: null,
  image: null,
  passwordHash: null,
  role: "MEMBER",
  locale: null,
  totpSecret: null,
  totpEnabledAt: null,
  totpLastStep: null,
  lastSignInAt: null,
} as const satisfies Prisma.UserUpdateInput;

/** The address an anonymized row keeps: unique, and on `.invalid` (RFC 2606), so no mail can ever reach it. */
export function erasedEmail(userId: string): string {
  return `deleted-${userId}@invalid`;
}

/**
 * Erases a person (the deletion model is written at `User` in prisma/schema/members.prisma): their personal data
 * goes, and their row is deleted when nothing else refers to it, or kept as an anonymous placeholder
 * (status DELETED) when history others depend on points at it. One transaction; the audit entry names the
 * row by id only. Null when there is no such person, or they were erased already.
 */
export async function erasePerson(userId: string, input: { reason: ErasureReason; actorId: string | null }): Promise<ErasureOutcome | null> {
  return db().$transaction((tx) => erasePersonWithin(tx, userId, input));
}

/** `erasePerson` as one step of a caller's transaction (withdrawing an application). */
export async function erasePersonWithin(tx: Tx, userId: string, input: { reason: ErasureReason; actorId: string | null }): Promise<ErasureOutcome | null> {
  // Locks the row, so two erasures (or an erasure and a sign-in's update) of one person run one after the other.
  const [person] = await tx.$queryRaw<{ email: string; status: string; approvedAt: Date | null }[]>`
    SELECT "email", "status"::text AS "status", "approvedAt" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  if (!person || person.status === "DELETED") return null;

  const byUser = { where: { userId } };
  // Addresses are stored lower-cased (lib/auth/schema.ts), so equality finds every row that holds it.
  const byAddress = person.email;
  await tx.session.deleteMany(byUser);
  await tx.account.deleteMany(byUser);
  await tx.authToken.deleteMany(byUser);
  await tx.recoveryCode.deleteMany(byUser);
  await tx.signInChallenge.deleteMany(byUser);
  await tx.knownDevice.deleteMany(byUser);
  const photo = await tx.advocateProfile.findUnique({ where: { userId }, select: { photoId: true } });
  await tx.advocateProfile.deleteMany(byUser);
  // The photo is theirs too (the profile only points at it).
  if (photo?.photoId) await tx.storedFile.deleteMany({ where: { id: photo.photoId } });
  await tx.organizationMembership.deleteMany(byUser);
  await tx.organizationJoinRequest.deleteMany(byUser);
  // Being named on a collaboration request says whom its author trusts: personal data, gone with them.
  await tx.collaborationRequestMember.deleteMany(byUser);
  await tx.membershipApplication.deleteMany(byUser);
  // Blocks are theirs (either way); their messages stay under "a former member", and they leave every conversation.
  await tx.memberBlock.deleteMany({ where: { OR: [{ blockerId: userId }, { blockedId: userId }] } });
  await tx.memberMute.deleteMany({ where: { OR: [{ muterId: userId }, { mutedId: userId }] } });
  // A staff member's two-step reset requests: the reason given may describe them.
  await tx.twoFactorReset.deleteMany({ where: { staffId: userId } });
  await tx.conversationParticipant.updateMany({ where: { userId, leftAt: null }, data: { leftAt: new Date() } });
  await tx.invitation.deleteMany({ where: { email: byAddress } });
  await tx.verificationToken.deleteMany({ where: { identifier: byAddress } });
  await tx.outboxEmail.deleteMany({ where: { to: byAddress } });
  // Their notifications and choices say what they followed; gone with them (a deleted row cascades anyway).
  await tx.notification.deleteMany(byUser);
  await tx.notificationPreference.deleteMany(byUser);
  await tx.notificationDigest.deleteMany(byUser);
  // What they read and followed on the board, and their reactions (which leave the posts' counts).
  await tx.boardThreadState.deleteMany(byUser);
  await tx.boardCategoryState.deleteMany(byUser);
  await tx.$executeRaw`
    WITH "gone" AS (DELETE FROM "BoardReaction" WHERE "userId" = ${userId} RETURNING "postId")
    UPDATE "BoardPost" AS p SET "reactionCounts" = coalesce((
        SELECT jsonb_object_agg(c.kind, c.n) FROM (
          SELECT r.kind::text AS kind, count(*)::int AS n FROM "BoardReaction" r WHERE r."postId" = p.id AND r."userId" <> ${userId} GROUP BY r.kind) c), '{}'::jsonb)
     WHERE p.id IN (SELECT "postId" FROM "gone")`;
  // Their flags stay in the moderation history, without the notes they wrote.
  await tx.moderationFlag.updateMany({ where: { reporterId: userId, note: { not: null } }, data: { note: null } });
  // Their data exports (lib/privacy) and the archives' bytes.
  await tx.dataExport.deleteMany(byUser);
  // Her public campaign spotlights (featuring her, her work, or consented by her) go offline at once (410).
  await withdrawSpotlightsOfPersonIn(tx, userId, { actorId: input.actorId, cause: "erased" });
  // Spotlights featuring them are about them: deleted, stories and all (a campaign's cached pages with them).
  const featured = await tx.campaignSpotlight.findMany({ where: { memberId: userId }, select: { campaignId: true } });
  await tx.campaignSpotlight.deleteMany({ where: { memberId: userId } });
  await tx.campaign.updateMany({ where: { id: { in: [...new Set(featured.map((row) => row.campaignId))] } }, data: { contentVersion: { increment: 1 } } });
  // New tables holding a person's data get their line here (and, for the export, in lib/privacy/data.ts EXPORT_SECTIONS).

  const invitationsSent = await tx.invitation.count({ where: { invitedById: userId } });
  const hasHistory = person.approvedAt !== null || person.status === "ACTIVE" || person.status === "SUSPENDED" || invitationsSent > 0;
  const now = new Date();
  if (hasHistory) {
    // Someone who is gone vouches for nobody any more: their open invitations stop working.
    await tx.invitation.updateMany({ where: { invitedById: userId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.user.update({ where: { id: userId }, data: { ...ANONYMIZED_USER, email: erasedEmail(userId), status: "DELETED", deletedAt: now } });
  } else {
    await tx.user.delete({ where: { id: userId } });
  }
  const outcome: ErasureOutcome = hasHistory ? "anonymized" : "deleted";
  await writeAudit(tx, {
    actorId: input.actorId,
    action: "person.erased",
    // A deleted row leaves no id behind; an anonymized one is named by its (placeholder) id.
    targetType: hasHistory ? "User" : undefined,
    targetId: hasHistory ? userId : undefined,
    reason: input.reason,
    metadata: { outcome },
  });
  return outcome;
}
