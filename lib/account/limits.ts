import "server-only";
import { passwordResetPerAccount, passwordResetPerAddress, rateLimitKey, type RateLimitCheck } from "@/lib/rate-limit/limits";
import { UNKNOWN_ADDRESS } from "@/lib/rate-limit/client-address";
import { AccountError } from "./errors";
import { consumeLimits } from "./mutations";

const MINUTE = 60;

// Limits on what a signed-in session can try: someone holding a stolen session must not be able to guess
// the password or a code behind it (to lock the member out or turn two-step verification off).
const PASSWORD_CHECKS = { bucket: "account:password-check", limit: 10, windowSeconds: 15 * MINUTE };
const CODE_CHECKS = { bucket: "account:code-check", limit: 10, windowSeconds: 15 * MINUTE };
/** Each request emails an address the member typed: keep it from becoming a way to send mail. */
const EMAIL_CHANGES = { bucket: "account:email-change", limit: 5, windowSeconds: 60 * MINUTE };

function perUser(rule: { bucket: string; limit: number; windowSeconds: number }, userId: string): RateLimitCheck {
  return { key: rateLimitKey(rule.bucket, userId), limit: rule.limit, windowSeconds: rule.windowSeconds };
}

async function enforce(checks: RateLimitCheck[]): Promise<void> {
  const result = await consumeLimits(checks);
  if (!result.allowed) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    throw new AccountError("rate-limited", undefined, { minutes });
  }
}

/** Counted per address typed (registered or not, so the answer reveals nothing) and per client address. */
export async function limitPasswordResetRequests(email: string, clientAddress: string | null): Promise<void> {
  await enforce([passwordResetPerAccount(email), passwordResetPerAddress(clientAddress ?? UNKNOWN_ADDRESS)]);
}

export async function limitPasswordChecks(userId: string): Promise<void> {
  await enforce([perUser(PASSWORD_CHECKS, userId)]);
}

export async function limitCodeChecks(userId: string): Promise<void> {
  await enforce([perUser(CODE_CHECKS, userId)]);
}

export async function limitEmailChangeRequests(userId: string): Promise<void> {
  await enforce([perUser(EMAIL_CHANGES, userId)]);
}
