import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { UNKNOWN_ADDRESS } from "@/lib/rate-limit/client-address";
import { rateLimitKey, signInFailuresPerAccount, signInFailuresPerAccountAndAddress, signInFailuresPerAddress } from "@/lib/rate-limit/limits";
import { checkLimits, clearRateLimit, consumeRateLimit, deleteExpiredRateLimits, refundRateLimit } from "@/lib/rate-limit/mutations";

const SECOND = 1000;
const start = new Date("2026-05-01T10:00:00.000Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * SECOND);

describe("consumeRateLimit", () => {
  it("allows `limit` attempts per window, then refuses with the seconds left in the window", async () => {
    const check = { key: rateLimitKey("test", "ana@example.org"), limit: 3, windowSeconds: 60 };

    const results = [];
    for (const second of [0, 10, 20, 30, 45]) results.push(await consumeRateLimit(db(), { ...check, now: at(second) }));

    expect(results).toEqual([
      { allowed: true, remaining: 2, retryAfterSeconds: 0 },
      { allowed: true, remaining: 1, retryAfterSeconds: 0 },
      { allowed: true, remaining: 0, retryAfterSeconds: 0 },
      { allowed: false, remaining: 0, retryAfterSeconds: 30 },
      { allowed: false, remaining: 0, retryAfterSeconds: 15 },
    ]);
  });

  it("starts a new window once the old one has run out", async () => {
    const check = { key: rateLimitKey("test", "ana@example.org"), limit: 2, windowSeconds: 60 };
    for (const second of [0, 1, 2]) await consumeRateLimit(db(), { ...check, now: at(second) });
    expect(await consumeRateLimit(db(), { ...check, now: at(59.5) })).toMatchObject({ allowed: false, retryAfterSeconds: 1 });

    expect(await consumeRateLimit(db(), { ...check, now: at(60) })).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    const counter = await db().rateLimit.findUniqueOrThrow({ where: { key: check.key } });
    expect(counter).toMatchObject({ count: 1, windowStart: at(60) });
  });

  it("never lets 20 parallel attempts past the limit", async () => {
    const check = { key: rateLimitKey("test", "parallel@example.org"), limit: 5, windowSeconds: 900 };

    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(db(), { ...check, now: at(0) })));

    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    expect(results.filter((result) => result.allowed).map((result) => result.remaining).sort()).toEqual([0, 1, 2, 3, 4]);
    expect((await db().rateLimit.findUniqueOrThrow({ where: { key: check.key } })).count).toBe(20);
  });

  it("keeps separate counters per key, and stores no email or address in clear", async () => {
    const email = "Ana.Silva@example.org";
    for (let index = 0; index < 5; index += 1) await consumeRateLimit(db(), { ...signInFailuresPerAccountAndAddress("198.51.100.9", email), now: at(index) });
    expect(await consumeRateLimit(db(), { ...signInFailuresPerAccountAndAddress("198.51.100.9", email), now: at(5) })).toMatchObject({ allowed: false });
    expect(await consumeRateLimit(db(), { ...signInFailuresPerAccountAndAddress("198.51.100.9", "bea@example.org"), now: at(5) })).toMatchObject({ allowed: true, remaining: 4 });
    await consumeRateLimit(db(), { ...signInFailuresPerAddress("203.0.113.7"), now: at(5) });

    const keys = (await db().rateLimit.findMany({ select: { key: true } })).map((row) => row.key);
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      expect(key).toMatch(/^[a-z-]+:[a-z-]+:[0-9a-f]{64}$/);
      expect(key.toLowerCase()).not.toMatch(/ana|bea|example|203\.0/);
    }
  });
});

describe("checkLimits", () => {
  it("counts against every limit and returns the strictest result", async () => {
    const tight = { key: rateLimitKey("test", "tight"), limit: 1, windowSeconds: 60 };
    const loose = { key: rateLimitKey("test", "loose"), limit: 10, windowSeconds: 3600 };

    expect(await checkLimits(db(), [loose, tight], at(0))).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(await checkLimits(db(), [tight, loose], at(30))).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 30 });
    // The refused attempt still counted against the loose limit.
    expect((await db().rateLimit.findUniqueOrThrow({ where: { key: loose.key } })).count).toBe(2);
  });

  it("reports the longest wait when several limits refuse", async () => {
    const short = { key: rateLimitKey("test", "short"), limit: 1, windowSeconds: 60 };
    const long = { key: rateLimitKey("test", "long"), limit: 1, windowSeconds: 3600 };
    await checkLimits(db(), [short, long], at(0));

    expect(await checkLimits(db(), [short, long], at(10))).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 3590 });
  });

  it("works inside a transaction", async () => {
    const check = { key: rateLimitKey("test", "tx"), limit: 2, windowSeconds: 60 };
    const result = await db().$transaction((tx) => checkLimits(tx, [check], at(0)));
    expect(result).toMatchObject({ allowed: true, remaining: 1 });
  });
});

describe("refundRateLimit and clearRateLimit", () => {
  it("give an attempt back within the window (never below zero), or forget the counter", async () => {
    const check = { key: rateLimitKey("test", "refund"), limit: 2, windowSeconds: 60 };
    await consumeRateLimit(db(), { ...check, now: at(0) });
    await consumeRateLimit(db(), { ...check, now: at(1) });
    await refundRateLimit(db(), check, at(2));
    await refundRateLimit(db(), check, at(2));
    await refundRateLimit(db(), check, at(2));
    expect((await db().rateLimit.findUniqueOrThrow({ where: { key: check.key } })).count).toBe(0);

    await consumeRateLimit(db(), { ...check, now: at(3) });
    // A refund after the window ended changes nothing: the next attempt starts a new window anyway.
    await refundRateLimit(db(), check, at(90));
    expect((await db().rateLimit.findUniqueOrThrow({ where: { key: check.key } })).count).toBe(1);

    await clearRateLimit(db(), check);
    expect(await db().rateLimit.count()).toBe(0);
  });
});

describe("deleteExpiredRateLimits", () => {
  it("deletes counters whose window started before the cut-off", async () => {
    await consumeRateLimit(db(), { key: rateLimitKey("test", "old"), limit: 1, windowSeconds: 60, now: at(0) });
    await consumeRateLimit(db(), { key: rateLimitKey("test", "new"), limit: 1, windowSeconds: 60, now: at(120) });

    expect(await deleteExpiredRateLimits(db(), at(60))).toBe(1);
    expect((await db().rateLimit.findMany()).map((row) => row.key)).toEqual([rateLimitKey("test", "new")]);
  });
});

describe("per-address limits without a known address", () => {
  it("never refuse and store nothing, while the per-account limit still holds", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const results = [];
    for (let attempt = 0; attempt < 40; attempt += 1) results.push(await checkLimits(db(), [signInFailuresPerAddress(UNKNOWN_ADDRESS)], at(attempt)));
    expect(results.every((result) => result.allowed)).toBe(true);
    expect(await db().rateLimit.count()).toBe(0);

    for (let attempt = 0; attempt < 50; attempt += 1) await checkLimits(db(), [signInFailuresPerAccount("ana@example.org"), signInFailuresPerAddress(UNKNOWN_ADDRESS)], at(attempt));
    expect(await checkLimits(db(), [signInFailuresPerAccount("ana@example.org"), signInFailuresPerAddress(UNKNOWN_ADDRESS)], at(51))).toMatchObject({ allowed: false });
    warn.mockRestore();
  });
});
