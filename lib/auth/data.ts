import "server-only";
import { db } from "@/lib/db";

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
export function findSessionWithViewer(sessionToken: string) {
  return db().session.findUnique({
    where: { sessionToken },
    select: {
      sessionToken: true,
      expires: true,
      lastUsedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          displayName: true,
          status: true,
          role: true,
          locale: true,
          totpEnabledAt: true,
          organizations: { select: { organizationId: true, role: true } },
        },
      },
    },
  });
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
