import "server-only";
import { z } from "zod";
import { findUserForSecondStep, findUserForSignIn, isKnownDevice } from "./data";
import { UNKNOWN_ADDRESS } from "@/lib/rate-limit/client-address";
import { signInFailuresPerAccount, signInFailuresPerAccountAndAddress, signInFailuresPerAddress } from "@/lib/rate-limit/limits";
import { clearLimit, consumeLimits, refundLimits, type RateLimitResult } from "@/lib/rate-limit/mutations";
import { recordAuthEvent, recordAuthEventOncePer } from "./mutations";
import { verifyPassword } from "./password";
import { acceptTotpCode, closeSignInChallenge, issueSignInChallenge, openSignInChallenge, redeemRecoveryCode } from "./second-step";
import { SignInRefused } from "./sign-in-refusal";
import { hashToken } from "./tokens";
import type { MemberStatus } from "@/lib/generated/prisma/enums";
import { maySignIn } from "./viewer-types";

/** The first step (email and password), or the second (the token of a passed first step and a code). */
export const credentialsSchema = z.union([
  z.object({ email: z.email().max(254), password: z.string().min(1).max(1000) }),
  z.object({
    challenge: z.string().min(1).max(100),
    /** A 6-digit code from the authenticator app, or a recovery code. */
    code: z.string().trim().min(1).max(40),
  }),
]);

/** Who is signing in from where: the client address (trusted proxy) and this browser's device cookie. */
export type SignInClient = { address: string; deviceId?: string };

export type SignedInUser = { id: string; email: string; name: string | null };

const ANYWHERE: SignInClient = { address: UNKNOWN_ADDRESS };

function limitsFor(email: string, address: string) {
  return {
    local: [signInFailuresPerAccountAndAddress(address, email), signInFailuresPerAddress(address)],
    account: signInFailuresPerAccount(email),
  };
}

/** Only statuses that may sign in pass; the refusal says which, only after the right password. */
function checkStatus(status: MemberStatus): void {
  if (status === "SUSPENDED") throw new SignInRefused("account-suspended");
  if (!maySignIn(status)) throw new SignInRefused("account-closed");
}

/**
 * The first step: email and password. Accounts without two-step verification are signed in; the others get
 * a "two-factor-required" refusal carrying the code step's token — never a session. Every refusal for an
 * unknown address or a wrong password is the same "invalid-credentials", after the same amount of work.
 */
export async function authorizeCredentials(input: { email: string; password: string }, client: SignInClient = ANYWHERE): Promise<SignedInUser> {
  const limits = limitsFor(input.email, client.address);
  // Counted before anything is checked, so parallel guesses cannot slip past; given back once right.
  const local = await consumeLimits(limits.local);
  const accountWide = await consumeLimits([limits.account]);
  const user = await findUserForSignIn(input.email);
  if (!local.allowed) return refuseBurst(user, local);
  if (!accountWide.allowed && !(user && client.deviceId && (await isKnownDevice(user.id, hashToken(client.deviceId))))) {
    return refuseBurst(user, accountWide);
  }
  const passwordMatches = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordMatches) throw new SignInRefused("invalid-credentials");
  checkStatus(user.status);
  await refundLimits([...limits.local, limits.account]);
  if (user.totpEnabledAt && user.totpSecret) {
    // Not a success yet: this browser's failed codes must keep counting, so its counter is not cleared.
    throw new SignInRefused("two-factor-required", undefined, await issueSignInChallenge(user.id, "password"));
  }
  await clearLimit(limits.local[0]!);
  return { id: user.id, email: user.email, name: user.displayName ?? user.name };
}

/**
 * The second step: a code for a passed first step (password or sign-in link). The challenge allows a few
 * attempts and is spent by the first right code; wrong codes count like wrong passwords.
 */
export async function completeSecondStep(input: { challenge: string; code: string }, client: SignInClient = ANYWHERE): Promise<SignedInUser> {
  const opened = await openSignInChallenge(input.challenge);
  const user = opened ? await findUserForSecondStep(opened.userId) : null;
  if (!user?.totpSecret || !user.totpEnabledAt) throw new SignInRefused("challenge-expired");
  checkStatus(user.status);
  const limits = limitsFor(user.email, client.address);
  const local = await consumeLimits(limits.local);
  if (!local.allowed) return refuseBurst(user, local);
  const passes = (await acceptTotpCode(user.id, user.totpSecret, input.code)) || (await redeemRecoveryCode(user.id, input.code));
  if (!passes) {
    await consumeLimits([limits.account]);
    await recordAuthEvent(user.id, "auth.two-factor-failed");
    throw new SignInRefused("two-factor-invalid");
  }
  if (!(await closeSignInChallenge(input.challenge))) throw new SignInRefused("challenge-expired");
  await refundLimits(limits.local);
  await clearLimit(limits.local[0]!);
  return { id: user.id, email: user.email, name: user.displayName ?? user.name };
}

/** Refuses with the wait, and records a burst against an account once per window, not once per attempt. */
async function refuseBurst(user: { id: string } | null, limit: RateLimitResult): Promise<never> {
  if (user) await recordAuthEventOncePer(user.id, "auth.sign-in-burst", signInFailuresPerAccountAndAddress.windowSeconds);
  throw new SignInRefused("rate-limited", limit.retryAfterSeconds);
}
