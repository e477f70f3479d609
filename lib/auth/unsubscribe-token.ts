// Signed unsubscribe links (RFC 8058): a token carries the member, what to stop (one topic or one digest
// frequency) and an expiry, signed with HMAC-SHA256 under a key derived from AUTH_SECRET, so it works without
// signing in and without a table. Pure functions of the secret (tests, the bench); the app passes env's.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { DigestFrequency, NotificationTopic } from "@/lib/generated/prisma/enums";

export type UnsubscribeScope = { kind: "topic"; topic: NotificationTopic } | { kind: "digest"; frequency: DigestFrequency };
export type UnsubscribeClaim = { userId: string; scope: UnsubscribeScope; expiresAt: Date };

/** About three months: long enough for an old email, short enough that a found one soon stops working. */
export const UNSUBSCRIBE_TTL_DAYS = 90;

const TOPICS = new Set<string>(["MENTION", "REPLY", "WATCHING", "REACTION", "COLLABORATION", "MESSAGE", "MATCH", "APPLICATION", "FLAG"]);
const FREQUENCIES = new Set<string>(["DAILY", "WEEKLY"]);

let derived: { secret: string; key: Buffer } | null = null;

/** The signing key, derived once per secret (the digest job signs hundreds of links a second). */
function keyFrom(authSecret: string): Buffer {
  if (derived?.secret !== authSecret) derived = { secret: authSecret, key: Buffer.from(hkdfSync("sha256", authSecret, "wipn-unsubscribe", "unsubscribe-link-signing", 32)) };
  return derived.key;
}

const sign = (body: string, authSecret: string) => createHmac("sha256", keyFrom(authSecret)).update(body).digest("base64url");

/** `<user>.<t|d>.<scope>.<expiry in seconds>.<signature>`: only URL-safe characters. */
export function signUnsubscribeToken(userId: string, scope: UnsubscribeScope, now: Date, authSecret: string): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TTL_DAYS * 86_400;
  const body = [userId, scope.kind === "topic" ? "t" : "d", scope.kind === "topic" ? scope.topic : scope.frequency, expires.toString(36)].join(".");
  return `${body}.${sign(body, authSecret)}`;
}

export type UnsubscribeCheck = { ok: true; claim: UnsubscribeClaim } | { ok: false; reason: "invalid" | "expired" };

/** Checks the signature first (in constant time), then the expiry; anything malformed is "invalid". */
export function verifyUnsubscribeToken(token: string, now: Date, authSecret: string): UnsubscribeCheck {
  const parts = token.length <= 300 ? token.split(".") : [];
  if (parts.length !== 5) return { ok: false, reason: "invalid" };
  const [userId, kind, value, expires, signature] = parts as [string, string, string, string, string];
  const expected = Buffer.from(sign(parts.slice(0, 4).join("."), authSecret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  const scope: UnsubscribeScope | null =
    kind === "t" && TOPICS.has(value) ? { kind: "topic", topic: value as NotificationTopic } : kind === "d" && FREQUENCIES.has(value) ? { kind: "digest", frequency: value as DigestFrequency } : null;
  const expiresAt = new Date(parseInt(expires, 36) * 1000);
  if (!scope || !userId || Number.isNaN(expiresAt.getTime())) return { ok: false, reason: "invalid" };
  if (expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, claim: { userId, scope, expiresAt } };
}
