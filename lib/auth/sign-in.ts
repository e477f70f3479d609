import "server-only";
import { z } from "zod";
import { findUserForSignIn, unusedRecoveryCodes } from "./data";
import { UNKNOWN_ADDRESS } from "@/lib/rate-limit/client-address";
import { signInPerAccount, signInPerAddress } from "@/lib/rate-limit/limits";
import { consumeLimits, consumeRecoveryCode, recordAuthEvent, recordAuthEventOncePer } from "./mutations";
import { verifyPassword } from "./password";
import { decryptTotpSecret, hashRecoveryCode, verifyTotpCode } from "./two-factor";
import { sameSecret } from "./tokens";
import { APPLICANT_STATUSES } from "./viewer-types";

export type SignInRefusal =
  | "invalid-credentials"
  | "two-factor-required"
  | "two-factor-invalid"
  | "account-suspended"
  | "account-closed"
  | "rate-limited";

/** Why a sign-in was refused; the code is safe to show (it never says whether an address is registered). */
export class SignInRefused extends Error {
  constructor(
    readonly refusal: SignInRefusal,
    readonly retryAfterSeconds?: number,
  ) {
    super(refusal);
  }
}

export const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(1000),
  /** A 6-digit code from the authenticator app, or a recovery code. */
  code: z.string().max(40).optional().transform((value) => value?.trim() || undefined),
});

export type SignedInUser = { id: string; email: string; name: string | null };

/**
 * Checks email, password and — when enabled — the second step. Every refusal for an unknown address or a
 * wrong password is the same "invalid-credentials", after the same amount of work.
 */
export async function authorizeCredentials(
  input: { email: string; password: string; code?: string },
  fromAddress: string = UNKNOWN_ADDRESS,
): Promise<SignedInUser> {
  // Counted before anything is checked, so guessing is slowed down whether or not the account exists.
  const limit = await consumeLimits([signInPerAccount(input.email), signInPerAddress(fromAddress)]);
  if (!limit.allowed) {
    await recordBurst(input.email);
    throw new SignInRefused("rate-limited", limit.retryAfterSeconds);
  }
  const user = await findUserForSignIn(input.email);
  const passwordMatches = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordMatches) throw new SignInRefused("invalid-credentials");
  if (user.status === "SUSPENDED") throw new SignInRefused("account-suspended");
  if (user.status !== "ACTIVE" && !APPLICANT_STATUSES.includes(user.status)) throw new SignInRefused("account-closed");

  if (user.totpEnabledAt && user.totpSecret) {
    if (!input.code) throw new SignInRefused("two-factor-required");
    const secondStepPasses = verifyTotpCode(decryptTotpSecret(user.totpSecret), input.code) || (await redeemRecoveryCode(user.id, input.code));
    if (!secondStepPasses) {
      await recordAuthEvent(user.id, "auth.two-factor-failed");
      throw new SignInRefused("two-factor-invalid");
    }
  }
  return { id: user.id, email: user.email, name: user.displayName ?? user.name };
}

/** Records a burst of failed sign-ins against an account once per window, not once per attempt. */
async function recordBurst(email: string): Promise<void> {
  const user = await findUserForSignIn(email);
  if (!user) return;
  await recordAuthEventOncePer(user.id, "auth.sign-in-burst", signInPerAccount.windowSeconds);
}

async function redeemRecoveryCode(userId: string, code: string): Promise<boolean> {
  const hash = hashRecoveryCode(code);
  const match = (await unusedRecoveryCodes(userId)).find((candidate) => sameSecret(candidate.codeHash, hash));
  if (!match || !(await consumeRecoveryCode(match.id))) return false;
  await recordAuthEvent(userId, "auth.recovery-code-used");
  return true;
}
