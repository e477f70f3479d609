import "server-only";
import { db } from "@/lib/db";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";

/** What the account pages show about the member; no secrets. */
export function findAccountOverview(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      displayName: true,
      locale: true,
      role: true,
      status: true,
      totpEnabledAt: true,
      createdAt: true,
    },
  });
}

/** Whether the member has a password at all (someone who only ever used sign-in links may not). */
export async function hasPassword(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}

/** What checking a password and choosing a new one needs: the hash, and the words a password must not lean on. */
export function findPasswordOwner(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, displayName: true, locale: true, status: true, passwordHash: true },
  });
}

export function findUserForPasswordReset(email: string) {
  return db().user.findUnique({ where: { email }, select: { id: true, email: true, locale: true, status: true } });
}

/** A link token by its hash, with what using it needs. Expiry and use are checked by the caller. */
export function findAuthToken(tokenHash: string, purpose: TokenPurpose) {
  return db().authToken.findFirst({
    where: { tokenHash, purpose },
    select: {
      id: true,
      userId: true,
      newEmail: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, email: true, name: true, displayName: true, locale: true, status: true } },
    },
  });
}

/** The email change waiting for confirmation, if any (the newest). */
export function findPendingEmailChange(userId: string, now: Date) {
  return db().authToken.findFirst({
    where: { userId, purpose: "CHANGE_EMAIL", usedAt: null, expiresAt: { gt: now } },
    select: { newEmail: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export function isEmailTaken(email: string, exceptUserId?: string) {
  return db()
    .user.count({ where: { email, ...(exceptUserId ? { id: { not: exceptUserId } } : {}) } })
    .then((count) => count > 0);
}

/** Two-step verification state; the secret stays encrypted here and is only opened by the service. */
export function findTwoFactorState(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { email: true, locale: true, role: true, passwordHash: true, totpSecret: true, totpEnabledAt: true },
  });
}

export function countUnusedRecoveryCodes(userId: string): Promise<number> {
  return db().recoveryCode.count({ where: { userId, usedAt: null } });
}

export function findUnusedRecoveryCodes(userId: string) {
  return db().recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
}

/** The member's sessions that have not expired, most recently used first. */
/** How many sessions the member has open (for the overview; the sessions page lists them). */
export function countActiveSessions(userId: string, now: Date): Promise<number> {
  return db().session.count({ where: { userId, expires: { gt: now } } });
}

export function findActiveSessions(userId: string, now: Date) {
  return db().session.findMany({
    where: { userId, expires: { gt: now } },
    select: { sessionToken: true, userAgent: true, createdAt: true, lastUsedAt: true },
    orderBy: [{ lastUsedAt: "desc" }, { createdAt: "desc" }],
    take: 100,
  });
}

// Resetting a staff member's two-step verification ----------------------------------------------------------

/** Whom a reset could concern: staff (moderators, admins) with two-step verification on. */
export function findTwoFactorResetTarget(userId: string) {
  return db().user.findUnique({ where: { id: userId }, select: { id: true, role: true, status: true, totpEnabledAt: true } });
}

/** The staff member's open request, if one is waiting for a second admin (not lapsed). */
export async function findOpenTwoFactorReset(staffId: string, now = new Date()) {
  const reset = await db().twoFactorReset.findFirst({
    where: { staffId, approvedAt: null, cancelledAt: null, expiresAt: { gt: now } },
    select: { id: true, staffId: true, requestedById: true, reason: true, createdAt: true, expiresAt: true },
  });
  if (!reset) return null;
  const requester = await db().user.findUnique({ where: { id: reset.requestedById }, select: { displayName: true } });
  return { ...reset, requesterName: requester?.displayName ?? null };
}

export function findTwoFactorReset(resetId: string) {
  return db().twoFactorReset.findUnique({ where: { id: resetId }, select: { id: true, staffId: true, requestedById: true } });
}

/** Active admins with two-step verification, but these: who can approve a request. */
export function findAdminsToAsk(exceptIds: string[]) {
  return db().user.findMany({ where: { role: "ADMIN", status: "ACTIVE", totpEnabledAt: { not: null }, id: { notIn: exceptIds } }, select: { email: true, locale: true } });
}
