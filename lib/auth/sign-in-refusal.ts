// Why a sign-in was refused, and how that travels through Auth.js. Auth.js hands the sign-in action only a
// CredentialsSignin's string `code`, so the refusal is encoded into it here and decoded here, nowhere else.
// Pure, so both directions are unit-tested.

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

/** A refusal as data, as the sign-in action reads it back. */
export type DecodedRefusal = { refusal: SignInRefusal; retryAfterSeconds?: number; challenge?: string };

/** "refusal:retryAfterSeconds:challenge" (the last two may be empty; challenges are base64url, no colons). */
export function encodeRefusal(refusal: SignInRefused): string {
  return `${refusal.refusal}:${refusal.retryAfterSeconds ?? ""}:${refusal.challenge ?? ""}`;
}

/** The refusal encodeRefusal wrote; anything else (no code, an unknown one) is "invalid-credentials". */
export function decodeRefusal(code: string | undefined): DecodedRefusal {
  const [refusal = "", retryAfter = "", challenge = ""] = (code ?? "").split(":");
  if (!(SIGN_IN_REFUSALS as readonly string[]).includes(refusal)) return { refusal: "invalid-credentials" };
  const seconds = Number(retryAfter);
  return {
    refusal: refusal as SignInRefusal,
    ...(retryAfter && Number.isFinite(seconds) && seconds >= 0 ? { retryAfterSeconds: seconds } : {}),
    ...(challenge ? { challenge } : {}),
  };
}
