import "server-only";
import { db } from "@/lib/db";
import type { MemberRole, MemberStatus, OrganizationRole } from "@/lib/generated/prisma/enums";

/** What sign-in needs to decide; the only place the password hash and TOTP secret are read. */
export function findUserForSignIn(email: string) {
  return db().user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, name: true, displayName: true, passwordHash: true, status: true, role: true, locale: true, totpSecret: true, totpEnabledAt: true },
  });
}

export function findUserStatusByEmail(email: string) {
  return db().user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true, status: true, locale: true } });
}

/** The same as findUserForSignIn, by id (the code step after a passed first step). */
export function findUserForSecondStep(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, displayName: true, status: true, totpSecret: true, totpEnabledAt: true },
  });
}

export function findSignInPolicyByEmail(email: string) {
  return db().user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true, status: true, totpEnabledAt: true } });
}

/** Whether this browser (the sha256 of its device cookie) has signed in to the account before. */
export async function isKnownDevice(userId: string, deviceHash: string): Promise<boolean> {
  return (await db().knownDevice.count({ where: { userId, deviceHash } })) > 0;
}

export function findUserStatus(userId: string) {
  return db().user.findUnique({ where: { id: userId }, select: { status: true } });
}

/** The registered session and the person behind it, in one query. */
type SessionViewerRow = {
  sessionToken: string;
  expires: Date;
  lastUsedAt: Date;
  id: string;
  email: string;
  name: string | null;
  displayName: string | null;
  status: MemberStatus;
  role: MemberRole;
  locale: string | null;
  totpEnabledAt: Date | null;
  organizationIds: string[];
  organizationRoles: OrganizationRole[];
};

/**
 * The session and who it signs in, with their organizations: one query, as every signed-in request makes it
 * (the board's thread page counts its queries).
 */
export async function findSessionWithViewer(sessionToken: string) {
  const [row] = await db().$queryRaw<SessionViewerRow[]>`
    SELECT s."sessionToken", s.expires, s."lastUsedAt", u.id, u.email, u.name, u."displayName", u.status, u.role, u.locale, u."totpEnabledAt",
           ARRAY(SELECT m."organizationId" FROM "OrganizationMembership" m WHERE m."userId" = u.id ORDER BY m."organizationId") AS "organizationIds",
           ARRAY(SELECT m.role::text FROM "OrganizationMembership" m WHERE m."userId" = u.id ORDER BY m."organizationId") AS "organizationRoles"
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
     WHERE s."sessionToken" = ${sessionToken}`;
  if (!row) return null;
  const { sessionToken: token, expires, lastUsedAt, organizationIds, organizationRoles, ...user } = row;
  return {
    sessionToken: token,
    expires,
    lastUsedAt,
    user: { ...user, organizations: organizationIds.map((organizationId, index) => ({ organizationId, role: organizationRoles[index]! })) },
  };
}

export function unusedRecoveryCodes(userId: string) {
  return db().recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
}

/** Emails are compared case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserContact(userId: string) {
  return db().user.findUnique({ where: { id: userId }, select: { email: true, locale: true, displayName: true, name: true } });
}
