import "server-only";
import { refreshProfileSearch } from "@/lib/profiles/mutations";
import { db, isUniqueViolation } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { Prisma } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/mail/mutations";
import type { EmailParams, EmailTemplate } from "@/lib/mail/templates";

type Tx = Prisma.TransactionClient;

/** An email to queue in the same transaction as the change it reports (any template, with its own parameters). */
export type PendingEmail = { [T in EmailTemplate]: { to: string; locale: string | null; template: T; params: EmailParams<T> } }[EmailTemplate];

/** An audit entry about the member's own account (the member is both actor and target). */
export type AccountEvent = { actorId: string | null; userId: string; action: string; metadata?: Prisma.InputJsonObject };

async function record(tx: Tx, event: AccountEvent, emails: PendingEmail[]): Promise<void> {
  await writeAudit(tx, { actorId: event.actorId, action: event.action, targetType: "User", targetId: event.userId, metadata: event.metadata });
  for (const email of emails) await queueEmail<EmailTemplate>(tx, email);
}

/** Marks every unused token of these purposes used, so no link sent earlier works any more. */
function invalidateTokens(tx: Tx, userId: string, purposes: ("RESET_PASSWORD" | "CHANGE_EMAIL")[], now: Date) {
  return tx.authToken.updateMany({ where: { userId, purpose: { in: purposes }, usedAt: null }, data: { usedAt: now } });
}

// Password ----------------------------------------------------------------------------------------------

export async function createAuthToken(data: {
  userId: string;
  purpose: "RESET_PASSWORD" | "CHANGE_EMAIL";
  tokenHash: string;
  expiresAt: Date;
  newEmail?: string;
  /** Replace the member's earlier unused tokens of this purpose. */
  replacePrevious?: boolean;
  event: AccountEvent;
  emails: PendingEmail[];
}): Promise<void> {
  const now = new Date();
  await db().$transaction(async (tx) => {
    if (data.replacePrevious) await invalidateTokens(tx, data.userId, [data.purpose], now);
    await tx.authToken.create({
      data: { userId: data.userId, purpose: data.purpose, tokenHash: data.tokenHash, expiresAt: data.expiresAt, newEmail: data.newEmail },
    });
    await record(tx, data.event, data.emails);
  });
}

/**
 * Uses a reset token and sets the new password, once: false when the token was used (or expired) in the
 * meantime. Every session ends and every other reset or email-change link stops working.
 */
export async function applyPasswordReset(input: { tokenId: string; userId: string; passwordHash: string; event: AccountEvent; emails: PendingEmail[] }): Promise<boolean> {
  const now = new Date();
  return db().$transaction(async (tx) => {
    const used = await tx.authToken.updateMany({ where: { id: input.tokenId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count !== 1) return false;
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash: input.passwordHash } });
    await invalidateTokens(tx, input.userId, ["RESET_PASSWORD", "CHANGE_EMAIL"], now);
    const sessions = await tx.session.deleteMany({ where: { userId: input.userId } });
    await record(tx, { ...input.event, metadata: { ...input.event.metadata, sessionsEnded: sessions.count } }, input.emails);
    return true;
  });
}

/** A new password chosen while signed in: the member's other sessions end, outstanding links stop working. */
export async function applyPasswordChange(input: {
  userId: string;
  /** The hash the password was checked against; a concurrent change makes this one fail. */
  previousHash: string;
  passwordHash: string;
  keepSession: string;
  event: AccountEvent;
  emails: PendingEmail[];
}): Promise<boolean> {
  const now = new Date();
  return db().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: input.userId, passwordHash: input.previousHash }, data: { passwordHash: input.passwordHash } });
    if (updated.count !== 1) return false;
    await invalidateTokens(tx, input.userId, ["RESET_PASSWORD", "CHANGE_EMAIL"], now);
    const sessions = await tx.session.deleteMany({ where: { userId: input.userId, sessionToken: { not: input.keepSession } } });
    await record(tx, { ...input.event, metadata: { ...input.event.metadata, sessionsEnded: sessions.count } }, input.emails);
    return true;
  });
}

// Email address -----------------------------------------------------------------------------------------

export type EmailChangeOutcome = "changed" | "used" | "taken";

/** Uses an email-change token and moves the account to the new address, if no one has taken it since. */
export async function applyEmailChange(input: { tokenId: string; userId: string; newEmail: string; event: AccountEvent }): Promise<EmailChangeOutcome> {
  const now = new Date();
  try {
    return await applyEmailChangeOnce(input, now);
  } catch (error) {
    // Another account took the address between our check and the update (unique constraint).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "taken";
    throw error;
  }
}

function applyEmailChangeOnce(input: { tokenId: string; userId: string; newEmail: string; event: AccountEvent }, now: Date): Promise<EmailChangeOutcome> {
  return db().$transaction(async (tx) => {
    const used = await tx.authToken.updateMany({ where: { id: input.tokenId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count !== 1) return "used";
    const taken = await tx.user.count({ where: { email: input.newEmail, id: { not: input.userId } } });
    if (taken > 0) return "taken";
    await tx.user.update({ where: { id: input.userId }, data: { email: input.newEmail, emailVerified: now } });
    // Links mailed to the old address (password reset) must not outlive the change.
    await invalidateTokens(tx, input.userId, ["RESET_PASSWORD", "CHANGE_EMAIL"], now);
    await record(tx, input.event, []);
    return "changed";
  });
}

export async function cancelEmailChanges(userId: string, event: AccountEvent): Promise<number> {
  return db().$transaction(async (tx) => {
    const { count } = await invalidateTokens(tx, userId, ["CHANGE_EMAIL"], new Date());
    if (count > 0) await record(tx, event, []);
    return count;
  });
}

// Profile -----------------------------------------------------------------------------------------------

export async function updateDisplayName(userId: string, displayName: string, event: AccountEvent): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { displayName } });
    await refreshProfileSearch(tx, userId);
    await record(tx, event, []);
  });
}

export async function updateLocale(userId: string, locale: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}

// Two-step verification ---------------------------------------------------------------------------------

/** Stores a new secret for an enrolment in progress; refused (false) when two-step verification is already on. */
export async function savePendingTotpSecret(userId: string, encryptedSecret: string | null): Promise<boolean> {
  const { count } = await db().user.updateMany({ where: { id: userId, totpEnabledAt: null }, data: { totpSecret: encryptedSecret } });
  return count === 1;
}

/** Turns two-step verification on with fresh recovery codes; false if it was turned on in the meantime. */
export async function enableTwoFactor(input: { userId: string; encryptedSecret: string; recoveryCodeHashes: string[]; event: AccountEvent; emails: PendingEmail[] }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const updated = await tx.user.updateMany({
      where: { id: input.userId, totpEnabledAt: null, totpSecret: input.encryptedSecret },
      data: { totpEnabledAt: now },
    });
    if (updated.count !== 1) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: input.userId } });
    await tx.recoveryCode.createMany({ data: input.recoveryCodeHashes.map((codeHash) => ({ userId: input.userId, codeHash, createdAt: now })) });
    await record(tx, input.event, input.emails);
    return true;
  });
}

export async function replaceRecoveryCodes(input: { userId: string; recoveryCodeHashes: string[]; event: AccountEvent }): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.recoveryCode.deleteMany({ where: { userId: input.userId } });
    await tx.recoveryCode.createMany({ data: input.recoveryCodeHashes.map((codeHash) => ({ userId: input.userId, codeHash })) });
    await record(tx, input.event, []);
  });
}

export async function disableTwoFactor(input: { userId: string; event: AccountEvent; emails: PendingEmail[] }): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { totpSecret: null, totpEnabledAt: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: input.userId } });
    await record(tx, input.event, input.emails);
  });
}

/**
 * Records an admin's request to reset a staff member's two-step verification and asks the other admins to approve
 * it. A lapsed open request is closed first; a request still open makes this one CONFLICT (one at a time).
 */
export async function createTwoFactorReset(input: { staffId: string; requestedById: string; reason: string; expiresAt: Date; emails: PendingEmail[] }): Promise<boolean> {
  try {
    await db().$transaction(async (tx) => {
      const now = new Date();
      const lapsed = await tx.twoFactorReset.findMany({ where: { staffId: input.staffId, approvedAt: null, cancelledAt: null, expiresAt: { lte: now } }, select: { id: true, expiresAt: true } });
      for (const reset of lapsed) await tx.twoFactorReset.update({ where: { id: reset.id }, data: { cancelledAt: reset.expiresAt } });
      const reset = await tx.twoFactorReset.create({ data: { staffId: input.staffId, requestedById: input.requestedById, reason: input.reason, expiresAt: input.expiresAt }, select: { id: true } });
      await record(tx, { actorId: input.requestedById, userId: input.staffId, action: "two-factor.reset-requested", metadata: { resetId: reset.id } }, input.emails);
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * A second admin approves: the staff member's two-step verification, recovery codes, sign-in challenges and
 * sessions are gone, in one transaction with the record and the email telling them. False when the request is no
 * longer open (approved, cancelled or lapsed meanwhile), or the approver is its requester or its subject.
 */
export async function approveTwoFactorReset(input: { resetId: string; approverId: string; emails: (staff: { email: string; locale: string | null }) => PendingEmail[] }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const open = { id: input.resetId, approvedAt: null, cancelledAt: null, expiresAt: { gt: now }, requestedById: { not: input.approverId }, staffId: { not: input.approverId } };
    const { count } = await tx.twoFactorReset.updateMany({ where: open, data: { approvedAt: now, approvedById: input.approverId } });
    if (count !== 1) return false;
    const reset = await tx.twoFactorReset.findUniqueOrThrow({ where: { id: input.resetId }, select: { staffId: true, requestedById: true } });
    const staff = await tx.user.update({ where: { id: reset.staffId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null }, select: { email: true, locale: true } });
    await tx.recoveryCode.deleteMany({ where: { userId: reset.staffId } });
    await tx.signInChallenge.deleteMany({ where: { userId: reset.staffId } });
    const sessions = await tx.session.deleteMany({ where: { userId: reset.staffId } });
    const event = { actorId: input.approverId, userId: reset.staffId, action: "two-factor.reset-approved", metadata: { resetId: input.resetId, requestedById: reset.requestedById, sessionsEnded: sessions.count } };
    await record(tx, event, input.emails(staff));
    return true;
  });
}

/** Cancels an open request (any admin); false when it is no longer open. */
export async function cancelTwoFactorReset(input: { resetId: string; actorId: string }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const reset = await tx.twoFactorReset.findUnique({ where: { id: input.resetId }, select: { staffId: true } });
    const { count } = await tx.twoFactorReset.updateMany({ where: { id: input.resetId, approvedAt: null, cancelledAt: null }, data: { cancelledAt: new Date(), cancelledById: input.actorId } });
    if (count !== 1 || !reset) return false;
    await record(tx, { actorId: input.actorId, userId: reset.staffId, action: "two-factor.reset-cancelled", metadata: { resetId: input.resetId } }, []);
    return true;
  });
}

/** Marks a recovery code used, once: false when another request used it first. */
export async function spendRecoveryCode(codeId: string, event: AccountEvent): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.recoveryCode.updateMany({ where: { id: codeId, usedAt: null }, data: { usedAt: new Date() } });
    if (count !== 1) return false;
    await record(tx, event, []);
    return true;
  });
}

// Sessions ----------------------------------------------------------------------------------------------

/** Ends one of the member's sessions; false when it was already gone. */
export async function endOwnSession(userId: string, sessionToken: string, event: AccountEvent): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId, sessionToken } });
    if (count === 0) return false;
    await record(tx, event, []);
    return true;
  });
}

/** Ends every session of the member but the one given; returns how many ended. */
export async function endOtherSessions(userId: string, keepSession: string, event: AccountEvent): Promise<number> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId, sessionToken: { not: keepSession } } });
    if (count > 0) await record(tx, { ...event, metadata: { ...event.metadata, count } }, []);
    return count;
  });
}
