import "server-only";
import { authorize } from "@/lib/auth/authorize";
import { canManageOwnAccount } from "@/lib/auth/policy";
import { normalizeEmail } from "@/lib/auth/data";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { isStrongPassword } from "@/lib/auth/password-strength";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { maySignIn, type Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { mailLocale, type RequestContext } from "@/lib/request-context";
import { findAuthToken, findPasswordOwner, findUserForPasswordReset } from "./data";
import { tokenState } from "./policy";
import { UNKNOWN_ADDRESS } from "@/lib/rate-limit/client-address";
import { accountPasswordChecks, passwordResetPerAccount, passwordResetPerAddress } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { applyPasswordChange, applyPasswordReset, createAuthToken } from "./mutations";
import { platformUrl } from "@/lib/links";
import { ACCOUNT_RATE_LIMITED, accountRefusal, type ChangePasswordInput, type LinkTokenState, type ResetPasswordInput } from "./schema";

/** A reset link works once, within this time. */
export const RESET_TOKEN_MINUTES = 60;

/**
 * Emails a reset link if the address belongs to an account that may sign in. The caller shows the same
 * answer either way; only the rate limits (counted per address typed and per client, whether or not
 * an account exists) can refuse, with the time to wait.
 */
export async function requestPasswordReset(input: { email: string }, context: RequestContext = {}): Promise<void> {
  const email = normalizeEmail(input.email);
  // Counted per address typed (registered or not, so the answer reveals nothing) and per client address.
  await enforceLimits([passwordResetPerAccount(email), passwordResetPerAddress(context.clientAddress ?? UNKNOWN_ADDRESS)], ACCOUNT_RATE_LIMITED);
  const task = () => issuePasswordReset(email, context);
  if (context.defer) context.defer(task);
  else await task();
}

async function issuePasswordReset(email: string, context: RequestContext): Promise<void> {
  const user = await findUserForPasswordReset(email);
  if (!user || !maySignIn(user.status)) return;
  const token = newToken();
  await createAuthToken({
    userId: user.id,
    purpose: "RESET_PASSWORD",
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000),
    event: { actorId: null, userId: user.id, action: "auth.password-reset-requested" },
    emails: [
      {
        to: user.email,
        locale: mailLocale(user.locale, context),
        template: "auth.password-reset",
        params: { url: platformUrl(`/reset-password/${token}`), minutes: RESET_TOKEN_MINUTES },
      },
    ],
  });
}

/** Whether a reset link can still be used, for the page it opens (which says why not). */
export async function checkPasswordResetToken(token: string): Promise<LinkTokenState> {
  const row = await findAuthToken(hashToken(token), "RESET_PASSWORD");
  return tokenState(row);
}

function checkNewPassword(password: string, confirmation: string, personal: (string | null)[], field: string): void {
  if (password !== confirmation) throw accountRefusal("password-mismatch", "confirmPassword");
  if (!isStrongPassword(password, personal.filter((word): word is string => Boolean(word)))) throw accountRefusal("weak-password", field);
}

/**
 * Sets a new password with a reset link: the link and every other reset link stop working, every session
 * ends (a thief signed in with the old password is out), and the member is told by email.
 */
export async function resetPassword(input: ResetPasswordInput, context: RequestContext = {}): Promise<void> {
  const row = await findAuthToken(hashToken(input.token), "RESET_PASSWORD");
  if (tokenState(row) !== "valid" || !row) throw accountRefusal("invalid-token");
  const { user } = row;
  checkNewPassword(input.password, input.confirmPassword, [user.name, user.displayName, user.email], "password");
  const passwordHash = await hashPassword(input.password);
  const applied = await applyPasswordReset({
    tokenId: row.id,
    userId: user.id,
    passwordHash,
    event: { actorId: user.id, userId: user.id, action: "auth.password-reset" },
    emails: [{ to: user.email, locale: mailLocale(user.locale, context), template: "auth.password-changed", params: {} }],
  });
  if (!applied) throw accountRefusal("invalid-token");
}

/** Checks the member's current password (rate-limited per account); throws when it is wrong or missing. */
export async function checkCurrentPassword(userId: string, password: string, field: string): Promise<{ passwordHash: string }> {
  const owner = await findPasswordOwner(userId);
  if (!owner) throw new AppError("UNAUTHENTICATED");
  if (!owner.passwordHash) throw accountRefusal("no-password", field);
  await enforceLimits([accountPasswordChecks(userId)], ACCOUNT_RATE_LIMITED);
  if (!(await verifyPassword(owner.passwordHash, password))) throw accountRefusal("wrong-password", field);
  return { passwordHash: owner.passwordHash };
}

/**
 * Changes the password of a signed-in member who knows the current one. Their other sessions end, links
 * mailed earlier stop working, and they are told by email. Nothing changes when any check fails.
 */
export async function changePassword(requester: Viewer, input: ChangePasswordInput, context: RequestContext = {}): Promise<void> {
  const viewer = authorize(requester, canManageOwnAccount);
  const owner = await findPasswordOwner(viewer.id);
  if (!owner) throw new AppError("UNAUTHENTICATED");
  const { passwordHash: previousHash } = await checkCurrentPassword(viewer.id, input.currentPassword, "currentPassword");
  checkNewPassword(input.newPassword, input.confirmPassword, [owner.name, owner.displayName, owner.email], "newPassword");
  if (await verifyPassword(previousHash, input.newPassword)) throw accountRefusal("same-password", "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const applied = await applyPasswordChange({
    userId: viewer.id,
    previousHash,
    passwordHash,
    keepSession: viewer.sessionToken,
    event: { actorId: viewer.id, userId: viewer.id, action: "auth.password-changed" },
    emails: [{ to: owner.email, locale: mailLocale(owner.locale, context), template: "auth.password-changed", params: {} }],
  });
  if (!applied) throw new AppError("CONFLICT");
}
