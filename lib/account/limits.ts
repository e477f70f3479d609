import "server-only";
import {
  accountCodeChecks,
  accountEmailChanges,
  accountPasswordChecks,
  passwordResetPerAccount,
  passwordResetPerAddress,
  type RateLimitCheck,
} from "@/lib/rate-limit/limits";
import { UNKNOWN_ADDRESS } from "@/lib/rate-limit/client-address";
import { AccountError } from "./errors";
import { consumeLimits } from "./mutations";

// Every limit is defined in lib/rate-limit/limits.ts; this file applies the account ones.
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
  await enforce([accountPasswordChecks(userId)]);
}

export async function limitCodeChecks(userId: string): Promise<void> {
  await enforce([accountCodeChecks(userId)]);
}

export async function limitEmailChangeRequests(userId: string): Promise<void> {
  await enforce([accountEmailChanges(userId)]);
}
