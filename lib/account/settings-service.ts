import "server-only";
import { authorize } from "@/lib/auth/authorize";
import { canManageOwnAccount } from "@/lib/auth/policy";
import { normalizeEmail } from "@/lib/auth/data";
import { hashToken, newToken } from "@/lib/auth/tokens";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { mailLocale, type RequestContext } from "@/lib/request-context";
import { countActiveSessions, countUnusedRecoveryCodes, findAccountOverview, findAuthToken, findPendingEmailChange, hasPassword, isEmailTaken } from "./data";
import { accountEmailChanges } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { platformUrl } from "@/lib/links";
import { maskEmail } from "./format";
import { applyEmailChange, cancelEmailChanges, createAuthToken, updateDisplayName, updateLocale } from "./mutations";
import { checkCurrentPassword } from "./password-service";
import { tokenState } from "./policy";
import { ACCOUNT_RATE_LIMITED, accountRefusal, type ChangeEmailInput, type LinkTokenState } from "./schema";

/** An email-change link works once, within this time. */
export const EMAIL_CHANGE_TOKEN_HOURS = 24;

/** The account overview page: who the member is, and how the account is secured. */
export async function accountOverview(requester: Viewer) {
  const viewer = authorize(requester, canManageOwnAccount);
  const [account, sessionCount, pendingEmailChange, recoveryCodesLeft, passwordSet] = await Promise.all([
    findAccountOverview(viewer.id),
    countActiveSessions(viewer.id, new Date()),
    loadPendingEmailChange(viewer),
    countUnusedRecoveryCodes(viewer.id),
    hasPassword(viewer.id),
  ]);
  if (!account) throw new AppError("UNAUTHENTICATED");
  return { viewer, account, sessionCount, pendingEmailChange, recoveryCodesLeft, hasPassword: passwordSet };
}

/** The password page: whether there is a password to change (someone who only used sign-in links may have none). */
export async function passwordSettings(requester: Viewer) {
  const viewer = authorize(requester, canManageOwnAccount);
  return { viewer, hasPassword: await hasPassword(viewer.id) };
}

/** The email page: a change waiting for its link, if any. */
export async function emailSettings(requester: Viewer) {
  const viewer = authorize(requester, canManageOwnAccount);
  const [pending, passwordSet] = await Promise.all([loadPendingEmailChange(viewer), hasPassword(viewer.id)]);
  return { viewer, pending, hasPassword: passwordSet };
}

export async function loadPendingEmailChange(requester: Viewer): Promise<{ newEmail: string; expiresAt: Date } | null> {
  const viewer = authorize(requester, canManageOwnAccount);
  const pending = await findPendingEmailChange(viewer.id, new Date());
  return pending?.newEmail ? { newEmail: pending.newEmail, expiresAt: pending.expiresAt } : null;
}

export async function changeDisplayName(requester: Viewer, input: { displayName: string }): Promise<void> {
  const viewer = authorize(requester, canManageOwnAccount);
  await updateDisplayName(viewer.id, input.displayName, { actorId: viewer.id, userId: viewer.id, action: "account.display-name-changed" });
}

export async function changeLocale(requester: Viewer, input: { locale: Locale }): Promise<void> {
  const viewer = authorize(requester, canManageOwnAccount);
  await updateLocale(viewer.id, input.locale);
}

/**
 * Starts moving the account to another address: the current password proves it is the member, a link
 * to the new address proves they can read it, and a notice to the old address tells them (or the real
 * owner, if someone else is doing this) that it is happening. The answer is the same whether or not the
 * new address already belongs to an account — then no link is sent, and the notice is.
 */
export async function requestEmailChange(requester: Viewer, input: ChangeEmailInput, context: RequestContext = {}): Promise<void> {
  const viewer = authorize(requester, canManageOwnAccount);
  const account = await findAccountOverview(viewer.id);
  if (!account) throw new AppError("UNAUTHENTICATED");
  const newEmail = normalizeEmail(input.newEmail);
  if (newEmail === account.email) throw accountRefusal("same-email", "newEmail");
  await checkCurrentPassword(viewer.id, input.currentPassword, "currentPassword");
  await enforceLimits([accountEmailChanges(viewer.id)], ACCOUNT_RATE_LIMITED);
  const locale = mailLocale(account.locale, context);
  const token = newToken();
  const taken = await isEmailTaken(newEmail, viewer.id);
  await createAuthToken({
    userId: viewer.id,
    purpose: "CHANGE_EMAIL",
    tokenHash: hashToken(token),
    newEmail,
    expiresAt: new Date(Date.now() + EMAIL_CHANGE_TOKEN_HOURS * 3_600_000),
    replacePrevious: true,
    event: { actorId: viewer.id, userId: viewer.id, action: "account.email-change-requested" },
    emails: [
      ...(taken ? [] : [{ to: newEmail, locale, template: "auth.email-change-verify" as const, params: { url: platformUrl(`/confirm-email?token=${token}`) } }]),
      { to: account.email, locale, template: "auth.email-change-notice", params: { newEmailMasked: maskEmail(newEmail) } },
    ],
  });
}

export async function cancelEmailChange(requester: Viewer): Promise<void> {
  const viewer = authorize(requester, canManageOwnAccount);
  await cancelEmailChanges(viewer.id, { actorId: viewer.id, userId: viewer.id, action: "account.email-change-cancelled" });
}

/** What the confirmation page says about a link before the member confirms it. */
export async function checkEmailChangeToken(token: string): Promise<{ state: LinkTokenState; newEmail: string | null }> {
  const row = await findAuthToken(hashToken(token), "CHANGE_EMAIL");
  const state = tokenState(row);
  return { state, newEmail: state === "valid" ? (row?.newEmail ?? null) : null };
}

/** Applies an email change from its link, once, if the address is still free. */
export async function confirmEmailChange(input: { token: string }): Promise<{ newEmail: string }> {
  const row = await findAuthToken(hashToken(input.token), "CHANGE_EMAIL");
  if (tokenState(row) !== "valid" || !row?.newEmail) throw accountRefusal("invalid-token");
  const outcome = await applyEmailChange({
    tokenId: row.id,
    userId: row.userId,
    newEmail: row.newEmail,
    event: { actorId: row.userId, userId: row.userId, action: "account.email-changed" },
  });
  if (outcome === "taken") throw accountRefusal("email-taken");
  if (outcome !== "changed") throw accountRefusal("invalid-token");
  return { newEmail: row.newEmail };
}
