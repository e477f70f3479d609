// Why a sign-in was refused, and how that reaches the sign-in action through Auth.js: as the object itself,
// never as a string to parse.
import { AsyncLocalStorage } from "node:async_hooks";

export const SIGN_IN_REFUSALS = [
  "invalid-credentials",
  "two-factor-required",
  "two-factor-invalid",
  "challenge-expired",
  "account-suspended",
  "account-closed",
  "rate-limited",
] as const;

export type SignInRefusal = (typeof SIGN_IN_REFUSALS)[number];

/** Why a sign-in was refused; the code is safe to show (it never says whether an address is registered). */
export class SignInRefused extends Error {
  constructor(
    readonly refusal: SignInRefusal,
    readonly retryAfterSeconds?: number,
    /** With "two-factor-required": the token the code step carries (see second-step.ts). */
    readonly challenge?: string,
  ) {
    super(refusal);
  }
}

const attempts = new AsyncLocalStorage<{ refusal?: SignInRefused }>();

/**
 * Runs a sign-in through Auth.js and hands back why it was refused, as the SignInRefused itself (null when
 * it was not). Auth.js gives its caller only a CredentialsSignin; the refusal travels beside it, recorded by
 * authorize() with recordRefusal in this attempt's own async context, so parallel sign-ins never mix.
 * Throws what `run` threw when nothing was recorded.
 */
export async function captureRefusal(run: () => Promise<unknown>): Promise<SignInRefused | null> {
  const attempt: { refusal?: SignInRefused } = {};
  try {
    await attempts.run(attempt, run);
    return null;
  } catch (error) {
    if (attempt.refusal) return attempt.refusal;
    throw error;
  }
}

/** Called by Auth.js's authorize() before it throws: records why, for captureRefusal. */
export function recordRefusal(refusal: SignInRefused): void {
  const attempt = attempts.getStore();
  if (attempt) attempt.refusal = refusal;
}
