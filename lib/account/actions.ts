"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction, type ActionResult } from "@/lib/action";
import { signOut } from "@/lib/auth/auth";
import { loadViewer } from "@/lib/auth/viewer";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "@/lib/i18n/config";
import { setPreferenceCookie } from "@/lib/i18n/preference-cookie";
import { requestContext } from "@/lib/request-context";
import { changePassword, requestPasswordReset, resetPassword } from "./password-service";
import {
  changeEmailSchema,
  changePasswordSchema,
  confirmEmailSchema,
  disableTwoFactorSchema,
  displayNameSchema,
  emptySchema,
  endSessionSchema,
  localeSchema,
  requestPasswordResetSchema,
  requestTwoFactorResetSchema,
  resetPasswordSchema,
  twoFactorCodeSchema,
  twoFactorResetSchema,
} from "./schema";
import { endAllOtherSessions, endSessionByKey } from "./session-service";
import { cancelEmailChange, changeDisplayName, changeLocale, confirmEmailChange, requestEmailChange } from "./settings-service";
import { approveStaffTwoFactorReset, cancelStaffTwoFactorReset, requestStaffTwoFactorReset } from "./two-factor-reset-service";
import { cancelTwoFactorEnrolment, confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactorEnrolment } from "./two-factor-service";

// Thin wrappers: parse (formAction), hand the request's viewer to a service (which authorizes and holds
// the rules; the integration tests call it), refresh the account pages.

function refreshAccountPages(): void {
  revalidatePath("/account", "layout");
}

// Password reset (signed out) -----------------------------------------------------------------------------

export const requestPasswordResetAction = formAction(requestPasswordResetSchema, async (input) => {
  await requestPasswordReset(input, await requestContext());
  const t = await getTranslations("PasswordReset");
  return { ok: true, data: undefined, message: t("sent") };
});

export const resetPasswordAction = formAction(resetPasswordSchema, async (input) => {
  await resetPassword(input, await requestContext());
  const t = await getTranslations("PasswordReset");
  return { ok: true, data: undefined, message: t("doneBody") };
});

// Settings ----------------------------------------------------------------------------------------------

export const changeDisplayNameAction = formAction(displayNameSchema, async (input) => {
  await changeDisplayName(await loadViewer(), input);
  refreshAccountPages();
  const t = await getTranslations("AccountOverview");
  return { ok: true, data: undefined, message: t("displayNameSaved") };
});

export const changeLocaleAction = formAction(localeSchema, async (input) => {
  await changeLocale(await loadViewer(), input);
  // The cookie makes the choice apply at once, also to pages rendered before the preference is read.
  await setPreferenceCookie(LOCALE_COOKIE, input.locale, { maxAgeSeconds: LOCALE_COOKIE_MAX_AGE_SECONDS });
  revalidatePath("/", "layout");
  const t = await getTranslations({ locale: input.locale, namespace: "AccountOverview" });
  return { ok: true, data: undefined, message: t("languageSaved") };
});

export const changePasswordAction = formAction(changePasswordSchema, async (input) => {
  await changePassword(await loadViewer(), input, await requestContext());
  refreshAccountPages();
  const t = await getTranslations("AccountPassword");
  return { ok: true, data: undefined, message: t("changed") };
});

export const requestEmailChangeAction = formAction(changeEmailSchema, async (input) => {
  await requestEmailChange(await loadViewer(), input, await requestContext());
  refreshAccountPages();
  const t = await getTranslations("AccountEmail");
  return { ok: true, data: undefined, message: t("sent", { email: input.newEmail }) };
});

export const cancelEmailChangeAction = formAction(emptySchema, async () => {
  await cancelEmailChange(await loadViewer());
  refreshAccountPages();
  const t = await getTranslations("AccountEmail");
  return { ok: true, data: undefined, message: t("cancelled") };
});

/** From the link in the email: whoever holds it proved they read the new address; no session needed. */
export const confirmEmailChangeAction = formAction(confirmEmailSchema, async (input) => {
  const { newEmail } = await confirmEmailChange(input);
  refreshAccountPages();
  const t = await getTranslations("EmailConfirmation");
  return { ok: true, data: undefined, message: t("doneBody", { email: newEmail }) };
});

// Two-step verification ---------------------------------------------------------------------------------

export const startTwoFactorAction = formAction(emptySchema, async () => {
  await startTwoFactorEnrolment(await loadViewer());
  refreshAccountPages();
  return { ok: true, data: undefined };
});

export const cancelTwoFactorAction = formAction(emptySchema, async () => {
  await cancelTwoFactorEnrolment(await loadViewer());
  refreshAccountPages();
  return { ok: true, data: undefined };
});

/** `issuedAt` tells the page which of two sets of codes is the newer. */
export type RecoveryCodesData = { recoveryCodes: string[]; issuedAt: number };

export const confirmTwoFactorAction = formAction(twoFactorCodeSchema, async (input): Promise<ActionResult<RecoveryCodesData>> => {
  const { recoveryCodes } = await confirmTwoFactor(await loadViewer(), input, await requestContext());
  refreshAccountPages();
  const t = await getTranslations("AccountSecurity");
  return { ok: true, data: { recoveryCodes, issuedAt: Date.now() }, message: t("enabled") };
});

export const regenerateRecoveryCodesAction = formAction(twoFactorCodeSchema, async (input): Promise<ActionResult<RecoveryCodesData>> => {
  const { recoveryCodes } = await regenerateRecoveryCodes(await loadViewer(), input);
  refreshAccountPages();
  const t = await getTranslations("AccountSecurity");
  return { ok: true, data: { recoveryCodes, issuedAt: Date.now() }, message: t("regenerated") };
});

export const disableTwoFactorAction = formAction(disableTwoFactorSchema, async (input) => {
  await disableTwoFactor(await loadViewer(), input, await requestContext());
  refreshAccountPages();
  const t = await getTranslations("AccountSecurity");
  return { ok: true, data: undefined, message: t("disabled") };
});

// Sessions ----------------------------------------------------------------------------------------------

export const endSessionAction = formAction(endSessionSchema, async (input) => {
  const { endedCurrent } = await endSessionByKey(await loadViewer(), input.session);
  // This browser's session is gone: clear its cookie too and go to the sign-in page.
  if (endedCurrent) await signOut({ redirectTo: "/sign-in" });
  refreshAccountPages();
  const t = await getTranslations("AccountSessions");
  return { ok: true, data: undefined, message: t("ended") };
});

export const endOtherSessionsAction = formAction(emptySchema, async () => {
  const count = await endAllOtherSessions(await loadViewer());
  refreshAccountPages();
  const t = await getTranslations("AccountSessions");
  return { ok: true, data: undefined, message: count > 0 ? t("othersEnded", { count }) : t("noOthersEnded") };
});

// A staff member's two-step reset (admins, two of them) -----------------------------------------------------

/** Back to the staff member's admin page, which says what was done. */
function resetStepDone(userId: string, outcome: "resetRequested" | "resetApproved" | "resetCancelled"): never {
  revalidatePath(`/admin/members/${encodeURIComponent(userId)}`);
  redirect(`/admin/members/${encodeURIComponent(userId)}?done=${outcome}`);
}

const resetStepSchema = twoFactorResetSchema.extend({ userId: requestTwoFactorResetSchema.shape.userId });

export const requestStaffTwoFactorResetAction = formAction(requestTwoFactorResetSchema, async (input) => {
  await requestStaffTwoFactorReset(await loadViewer(), input);
  resetStepDone(input.userId, "resetRequested");
});

export const approveStaffTwoFactorResetAction = formAction(resetStepSchema, async (input) => {
  await approveStaffTwoFactorReset(await loadViewer(), input);
  resetStepDone(input.userId, "resetApproved");
});

export const cancelStaffTwoFactorResetAction = formAction(resetStepSchema, async (input) => {
  await cancelStaffTwoFactorReset(await loadViewer(), input);
  resetStepDone(input.userId, "resetCancelled");
});
