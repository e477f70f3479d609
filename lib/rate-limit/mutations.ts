import "server-only";
import { db } from "@/lib/db";
import { rateLimited } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { LONGEST_WINDOW_SECONDS, type RateLimitCheck } from "./limits";

/** The app's client or a transaction's. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

export type RateLimitResult = {
  allowed: boolean;
  /** Attempts left in the current window after this one. */
  remaining: number;
  /** When not allowed: seconds until the window ends (at least 1). 0 when allowed. */
  retryAfterSeconds: number;
};

// Timestamps go to PostgreSQL as UTC text cast to `timestamp` (the column holds UTC), so the session's
// time zone can never shift them.
const utc = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

/**
 * Counts one attempt against a fixed-window limit and says whether it is allowed, in one atomic statement:
 * parallel requests on any number of app instances can never together exceed the limit. Denied attempts
 * count too (they do not extend the window). Consume limits outside the transaction of the work they
 * guard: a rollback would take the count back with it.
 */
export async function consumeRateLimit(client: DbClient, { key, limit, windowSeconds, now = new Date() }: RateLimitCheck & { now?: Date }): Promise<RateLimitResult> {
  // A limit that does not apply (e.g. per address when the address is unknown): nothing to count.
  if (limit === Number.POSITIVE_INFINITY) return { allowed: true, remaining: Number.POSITIVE_INFINITY, retryAfterSeconds: 0 };
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("limit must be a positive whole number");
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) throw new RangeError("windowSeconds must be a positive whole number");
  const windowStartedBefore = new Date(now.getTime() - windowSeconds * 1000);
  const [row] = await client.$queryRaw<Array<{ count: number; windowStart: Date }>>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${utc(now)}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${utc(windowStartedBefore)} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${utc(windowStartedBefore)} THEN EXCLUDED."windowStart" ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  if (!row) throw new Error("consumeRateLimit: the counter was not returned");
  const count = Number(row.count);
  if (count <= limit) return { allowed: true, remaining: limit - count, retryAfterSeconds: 0 };
  const windowEndsAt = new Date(row.windowStart).getTime() + windowSeconds * 1000;
  const retryAfterSeconds = Math.min(windowSeconds, Math.max(1, Math.ceil((windowEndsAt - now.getTime()) / 1000)));
  return { allowed: false, remaining: 0, retryAfterSeconds };
}

/**
 * Counts one attempt against each limit (all of them, even when an earlier one refuses, so that e.g. the
 * per-address count sees attempts on a locked account) and returns the strictest result: a refusal with
 * the longest wait, or else the smallest number of attempts left.
 */
export async function checkLimits(client: DbClient, checks: readonly RateLimitCheck[], now: Date = new Date()): Promise<RateLimitResult> {
  if (checks.length === 0) throw new Error("checkLimits needs at least one limit");
  const results: RateLimitResult[] = [];
  // One after another: a transaction client cannot run statements in parallel.
  for (const check of checks) results.push(await consumeRateLimit(client, { ...check, now }));
  return results.reduce((strictest, result) => {
    if (strictest.allowed !== result.allowed) return result.allowed ? strictest : result;
    if (!result.allowed) return result.retryAfterSeconds > strictest.retryAfterSeconds ? result : strictest;
    return result.remaining < strictest.remaining ? result : strictest;
  });
}

/** Deletes the counters no limit can read any more (their window started longer ago than the longest window). */
export async function deleteStaleRateLimits(now: Date): Promise<number> {
  return deleteExpiredRateLimits(db(), new Date(now.getTime() - LONGEST_WINDOW_SECONDS * 1000));
}

/** Deletes counters whose window started before `olderThan` (use now minus LONGEST_WINDOW_SECONDS). */
export async function deleteExpiredRateLimits(client: DbClient, olderThan: Date): Promise<number> {
  return client.$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < ${utc(olderThan)}`;
}

/**
 * Gives one counted attempt back (e.g. a sign-in that turned out right: only failures should count). Only
 * within the counter's current window; never below zero.
 */
export async function refundRateLimit(client: DbClient, { key, windowSeconds }: RateLimitCheck, now: Date = new Date()): Promise<void> {
  const windowStartedBefore = new Date(now.getTime() - windowSeconds * 1000);
  await client.$executeRaw`
    UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0)
    WHERE "key" = ${key} AND "windowStart" > ${utc(windowStartedBefore)}`;
}

/** Forgets a counter altogether (e.g. a browser's failed attempts once it signs in). */
export async function clearRateLimit(client: DbClient, { key }: RateLimitCheck): Promise<void> {
  await client.$executeRaw`DELETE FROM "RateLimit" WHERE "key" = ${key}`;
}

// With the app's client: what services use (outside their transactions, so a rollback cannot undo a count).

/** Counts one attempt against each limit; the strictest result. */
export function consumeLimits(checks: readonly RateLimitCheck[]): Promise<RateLimitResult> {
  return checkLimits(db(), checks);
}

/** Counts one attempt against each limit and refuses with RATE_LIMITED (and the wait) when one is used up. */
export async function enforceLimits(checks: readonly RateLimitCheck[], messageKey?: string): Promise<void> {
  const result = await consumeLimits(checks);
  if (!result.allowed) throw rateLimited(result.retryAfterSeconds, messageKey);
}

/** Gives one counted attempt back to each limit (it was not a failure). */
export async function refundLimits(checks: readonly RateLimitCheck[]): Promise<void> {
  for (const check of checks) await refundRateLimit(db(), check);
}

export function clearLimit(check: RateLimitCheck): Promise<void> {
  return clearRateLimit(db(), check);
}
