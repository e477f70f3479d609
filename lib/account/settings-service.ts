import "server-only";
import { normalizeEmail } from "@/lib/auth/data";
import { hashToken, newToken } from "@/lib/auth/tokens";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { mailLocale, type RequestContext } from "@/lib/request-context";
import { findAccountOverview, findAuthToken, findPendingEmailChange, isEmailTaken } from "./data";
import { AccountError } from "./errors";
import { limitEmailChangeRequests } from "./limits";
import { platformUrl } from "@/lib/links";
import { maskEmail } from "./mask-email";
import { applyEmailChange, cancelEmailChanges, createAuthToken, updateDisplayName, updateLocale } from "./mutations";
import { checkCurrentPassword, tokenState } from "./password-service";
import type { LinkTokenState } from "./schema";
import type { ChangeEmailInput } from "./schema";

/** An email-change link works once, within this time. */
export const EMAIL_CHANGE_TOKEN_HOURS = 24;

export async function changeDisplayName(viewer: SignedInViewer, input: { displayName: string }): Promise<void> {
  await updateDisplayName(viewer.id, input.displayName, { actorId: viewer.id, userId: viewer.id, action: "account.display-name-changed" });
}

export async function changeLocale(viewer: SignedInViewer, input: { locale: Locale }): Promise<void> {
  await updateLocale(viewer.id, input.locale);
}

/**
 * Starts moving the account to another address: the current password proves it is the member, a link
 * to the new address proves they can read it, and a notice to the old address tells them (or the real
 * owner, if someone else is doing this) that it is happening. The answer is the same whether or not the
 * new address already belongs to an account — then no link is sent, and the notice is.
 */
export async function requestEmailChange(viewer: SignedInViewer, input: ChangeEmailInput, context: RequestContext = {}): Promise<void> {
  const account = await findAccountOverview(viewer.id);
  if (!account) throw new AppError("UNAUTHENTICATED");
  const newEmail = normalizeEmail(input.newEmail);
  if (newEmail === account.email) throw new AccountError("same-email", "newEmail");
  await checkCurrentPassword(viewer.id, input.currentPassword, "currentPassword");
  await limitEmailChangeRequests(viewer.id);
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

export async function loadPendingEmailChange(viewer: SignedInViewer): Promise<{ newEmail: string; expiresAt: Date } | null> {
  const pending = await findPendingEmailChange(viewer.id, new Date());
  return pending?.newEmail ? { newEmail: pending.newEmail, expiresAt: pending.expiresAt } : null;
}

export async function cancelEmailChange(viewer: SignedInViewer): Promise<void> {
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
  if (tokenState(row) !== "valid" || !row?.newEmail) throw new AccountError("invalid-token");
  const outcome = await applyEmailChange({
    tokenId: row.id,
    userId: row.userId,
    newEmail: row.newEmail,
    event: { actorId: row.userId, userId: row.userId, action: "account.email-changed" },
  });
  if (outcome === "taken") throw new AccountError("email-taken");
  if (outcome !== "changed") throw new AccountError("invalid-token");
  return { newEmail: row.newEmail };
}
