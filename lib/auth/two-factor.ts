import "server-only";
import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { env } from "@/lib/env";
import { hashToken } from "./tokens";
import { openTotpSecret, sealTotpSecret } from "./totp-secret-box";

// TOTP secrets are stored encrypted (see totp-secret-box.ts), so a copy of the database alone cannot
// produce codes. Recovery codes are stored as sha256 hashes: they are random, not passwords.

const ISSUER = "Women in Prison Network";
export const TOTP_PERIOD_SECONDS = 30;

function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required for two-step verification");
  return secret;
}

export function encryptTotpSecret(base32: string): string {
  return sealTotpSecret(base32, authSecret());
}

export function decryptTotpSecret(stored: string): string {
  return openTotpSecret(stored, authSecret());
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(base32: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(base32) });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(base32: string, label: string): string {
  return totp(base32, label).toString();
}

/**
 * The time step (Unix time / 30 s) a code belongs to, or null when it matches none: the current step and
 * the ones just before and after it are accepted (clock drift). Callers must then claim the step with
 * acceptTotpStep (lib/auth/mutations.ts), so that no code works twice.
 */
export function totpStepOf(base32: string, code: string, now: number = Date.now()): number | null {
  const digits = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totp(base32, "check").validate({ token: digits, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/** Ten one-time recovery codes like "k7pq-2mxd-9tfa", shown once; store their hashes. */
export function newRecoveryCodes(count = 10): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return hashToken(code.trim().toLowerCase().replace(/[^a-z0-9]/g, ""));
}
