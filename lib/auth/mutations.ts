import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { newToken } from "./tokens";
import { queueEmail } from "@/lib/mail/mutations";
import type { EmailParams, EmailTemplate } from "@/lib/mail/templates";

/** Auth.js's adapter: magic-link tokens and user look-ups (sessions are JWTs, registered below). */
export function authAdapter(): Adapter {
  return PrismaAdapter(db() as never) as Adapter;
}

/** Registers a new signed-in browser; its token goes into the JWT. */
export async function registerSession(userId: string, userAgent: string | null, maxAgeSeconds: number): Promise<string> {
  const sessionToken = newToken();
  const now = new Date();
  await db().$transaction([
    db().session.create({ data: { sessionToken, userId, userAgent, expires: new Date(now.getTime() + maxAgeSeconds * 1000), lastUsedAt: now } }),
    db().user.update({ where: { id: userId }, data: { lastSignInAt: now } }),
  ]);
  return sessionToken;
}

/** Sliding expiry: a session in use stays alive. */
export async function touchSession(sessionToken: string, maxAgeSeconds: number): Promise<void> {
  const now = new Date();
  await db().session.updateMany({ where: { sessionToken }, data: { lastUsedAt: now, expires: new Date(now.getTime() + maxAgeSeconds * 1000) } });
}

export async function endSession(sessionToken: string): Promise<void> {
  await db().session.deleteMany({ where: { sessionToken } });
}

/** Ends a member's sessions (all, or all but the current one); returns how many. */
export async function endSessions(userId: string, options: { except?: string; actorId?: string | null; reason?: string } = {}): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { userId, ...(options.except ? { sessionToken: { not: options.except } } : {}) } });
  return count;
}

/** Remembers a browser; true when the member has signed in before but never from this one. */
export async function rememberDevice(userId: string, deviceHash: string, userAgent: string | null): Promise<boolean> {
  const now = new Date();
  const [known, total] = await Promise.all([
    db().knownDevice.findUnique({ where: { userId_deviceHash: { userId, deviceHash } }, select: { userId: true } }),
    db().knownDevice.count({ where: { userId } }),
  ]);
  await db().knownDevice.upsert({
    where: { userId_deviceHash: { userId, deviceHash } },
    create: { userId, deviceHash, userAgent, firstSeenAt: now, lastSeenAt: now },
    update: { lastSeenAt: now, userAgent },
  });
  return !known && total > 0;
}

/** Marks a recovery code used, once: false when another request used it first. */
export async function consumeRecoveryCode(codeId: string): Promise<boolean> {
  const { count } = await db().recoveryCode.updateMany({ where: { id: codeId, usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

export async function recordAuthEvent(actorId: string | null, action: string, metadata: Record<string, string | number> = {}): Promise<void> {
  await writeAudit(db(), { actorId, action, targetType: actorId ? "User" : undefined, targetId: actorId ?? undefined, metadata });
}

/** Queues one of the account emails (see lib/mail/templates.ts) to a member, in their language. */
export async function queueAccountEmail<T extends EmailTemplate>(to: string, locale: string | null, template: T, params: EmailParams<T>): Promise<void> {
  await queueEmail(db(), { to, locale: locale ?? "en", template, params });
}

export async function saveLocalePreference(userId: string, locale: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}


/** Like recordAuthEvent, unless the same event was already recorded for the member in the last `seconds`. */
export async function recordAuthEventOncePer(userId: string, action: string, seconds: number): Promise<void> {
  const since = new Date(Date.now() - seconds * 1000);
  const recent = await db().auditLog.count({ where: { actorId: userId, action, createdAt: { gte: since } } });
  if (recent === 0) await recordAuthEvent(userId, action);
}

/**
 * Claims a TOTP time step for the member: true only when it is later than the last one accepted, in one
 * conditional UPDATE, so a code (or an older one) never works twice, even for two requests at once.
 */
export async function acceptTotpStep(userId: string, step: number): Promise<boolean> {
  const { count } = await db().user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

export async function createSignInChallenge(data: { userId: string; tokenHash: string; method: "password" | "magic-link"; expiresAt: Date }): Promise<void> {
  // A member has at most a few open challenges: older unused ones are cleared on the way.
  await db().$transaction([
    db().signInChallenge.deleteMany({ where: { OR: [{ userId: data.userId, createdAt: { lt: new Date(Date.now() - 60 * 60 * 1000) } }, { expiresAt: { lt: new Date() } }] } }),
    db().signInChallenge.create({ data }),
  ]);
}

/**
 * Counts one code attempt on an open challenge, atomically: returns its member, or null when the
 * challenge is unknown, used, expired or out of attempts.
 */
export async function claimChallengeAttempt(tokenHash: string, maxAttempts: number): Promise<{ userId: string } | null> {
  const { count } = await db().signInChallenge.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() }, attempts: { lt: maxAttempts } },
    data: { attempts: { increment: 1 } },
  });
  if (count !== 1) return null;
  return db().signInChallenge.findUnique({ where: { tokenHash }, select: { userId: true } });
}

/** Spends a challenge once: false when another request spent it first. */
export async function spendChallenge(tokenHash: string): Promise<boolean> {
  const { count } = await db().signInChallenge.updateMany({ where: { tokenHash, usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

/**
 * Deletes what sign-in leaves behind once it can no longer be used: expired sessions, challenges and one-time
 * tokens (links kept a day past expiry, so a late click still gets "expired" rather than "unknown").
 */
export async function deleteExpiredSignInState(now: Date): Promise<Record<"sessions" | "challenges" | "tokens" | "verificationTokens", number>> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60_000);
  const [sessions, challenges, tokens, verificationTokens] = await db().$transaction([
    db().session.deleteMany({ where: { expires: { lt: now } } }),
    db().signInChallenge.deleteMany({ where: { expiresAt: { lt: now } } }),
    db().authToken.deleteMany({ where: { expiresAt: { lt: dayAgo } } }),
    db().verificationToken.deleteMany({ where: { expires: { lt: dayAgo } } }),
  ]);
  return { sessions: sessions.count, challenges: challenges.count, tokens: tokens.count, verificationTokens: verificationTokens.count };
}
