import "server-only";
import { unusedRecoveryCodes } from "./data";
import { acceptTotpStep, claimChallengeAttempt, consumeRecoveryCode, createSignInChallenge, recordAuthEvent, spendChallenge } from "./mutations";
import { decryptTotpSecret, hashRecoveryCode, totpStepOf } from "./two-factor";
import { hashToken, newToken, sameSecret } from "./tokens";

/** How long the code step waits after a passed first step, and how many codes it accepts. */
export const CHALLENGE_MAX_AGE_SECONDS = 5 * 60;
export const CHALLENGE_MAX_ATTEMPTS = 5;

/**
 * A passed first step (password or sign-in link) for an account with two-step verification: no session
 * yet, only a random single-use token the code step carries (its hash is stored). It stands for nothing
 * but "this account's first step was passed a moment ago"; the code is still needed.
 */
export async function issueSignInChallenge(userId: string, method: "password" | "magic-link"): Promise<string> {
  const token = newToken();
  await createSignInChallenge({ userId, method, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + CHALLENGE_MAX_AGE_SECONDS * 1000) });
  return token;
}

/** Counts one attempt on the challenge; its member, or null when it can no longer be used. */
export function openSignInChallenge(token: string): Promise<{ userId: string } | null> {
  if (token.length < 32 || token.length > 64) return Promise.resolve(null);
  return claimChallengeAttempt(hashToken(token), CHALLENGE_MAX_ATTEMPTS);
}

export function closeSignInChallenge(token: string): Promise<boolean> {
  return spendChallenge(hashToken(token));
}

/** A code from the authenticator app, accepted once (its time step is claimed). */
export async function acceptTotpCode(userId: string, encryptedSecret: string, code: string): Promise<boolean> {
  const step = totpStepOf(decryptTotpSecret(encryptedSecret), code);
  return step !== null && (await acceptTotpStep(userId, step));
}

/** An unused recovery code, spent (and recorded) once. */
export async function redeemRecoveryCode(userId: string, code: string): Promise<boolean> {
  const hash = hashRecoveryCode(code);
  const match = (await unusedRecoveryCodes(userId)).find((candidate) => sameSecret(candidate.codeHash, hash));
  if (!match || !(await consumeRecoveryCode(match.id))) return false;
  await recordAuthEvent(userId, "auth.recovery-code-used");
  return true;
}
