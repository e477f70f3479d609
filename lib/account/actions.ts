"use server";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { formAction, type ActionResult } from "@/lib/action";
import { signOut } from "@/lib/auth/auth";
import { canManageOwnAccount } from "@/lib/auth/policy";
import { requireActionViewer } from "@/lib/auth/viewer";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "@/lib/i18n/config";
import { requestContext } from "@/lib/request-context";
import { AccountError } from "./errors";
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
  resetPasswordSchema,
  twoFactorCodeSchema,
} from "./schema";
import { endAllOtherSessions, endSessionByKey } from "./session-service";
import { cancelEmailChange, changeDisplayName, changeLocale, confirmEmailChange, requestEmailChange } from "./settings-service";
import { cancelTwoFactorEnrolment, confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactorEnrolment } from "./two-factor-service";

// Thin wrappers: parse (formAction), resolve the viewer, call a service, refresh the account pages. The
// services hold the rules and are what the integration tests call.

/** A service's expected refusal as the form shows it: on its field when it has one, translated. */
async function refusal(error: AccountError): Promise<ActionResult<never>> {
  const t = await getTranslations("AccountErrors");
  const message = t(error.code, error.values as never);
  if (!error.field) return { ok: false, code: error.code, message };
  const errors = await getTranslations("Errors");
  return { ok: false, code: error.code, message: errors("validation"), fieldErrors: { [error.field]: [message] } };
}

function accountAction<S extends z.ZodType, T = undefined>(schema: S, handler: (input: z.infer<S>) => Promise<ActionResult<T>>) {
  return formAction(schema, async (input): Promise<ActionResult<T>> => {
    try {
      return await handler(input);
    } catch (error) {
      if (error instanceof AccountError) return refusal(error);
      throw error;
    }
  });
}

async function signedIn() {
  return requireActionViewer(canManageOwnAccount);
}

function refreshAccountPages(): void {
  revalidatePath("/account", "layout");
}

// Password reset (signed out) -----------------------------------------------------------------------------

export const requestPasswordResetAction = accountAction(requestPasswordResetSchema, async (input) => {
  await requestPasswordReset(input, await requestContext());
  const t = await getTranslations("PasswordReset");
  return { ok: true, data: undefined, message: t("sent") };
});

export const resetPasswordAction = accountAction(resetPasswordSchema, async (input) => {
  await resetPassword(input, await requestContext());
  const t = await getTranslations("PasswordReset");
  return { ok: true, data: undefined, message: t("doneBody") };
});

// Settings ----------------------------------------------------------------------------------------------

export const changeDisplayNameAction = accountAction(displayNameSchema, async (input) => {
  await changeDisplayName(await signedIn(), input);
  refreshAccountPages();
  const t = await getTranslations("AccountOverview");
  return { ok: true, data: undefined, message: t("displayNameSaved") };
});

export const changeLocaleAction = accountAction(localeSchema, async (input) => {
  await changeLocale(await signedIn(), input);
  // The cookie makes the choice apply at once, also to pages rendered before the preference is read.
  (await cookies()).set(LOCALE_COOKIE, input.locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: ((await headers()).get("origin") ?? "").startsWith("https://"),
  });
  revalidatePath("/", "layout");
  const t = await getTranslations({ locale: input.locale, namespace: "AccountOverview" });
  return { ok: true, data: undefined, message: t("languageSaved") };
});

export const changePasswordAction = accountAction(changePasswordSchema, async (input) => {
  await changePassword(await signedIn(), input, await requestContext());
  refreshAccountPages();
  const t = await getTranslations("AccountPassword");
  return { ok: true, data: undefined, message: t("changed") };
});

export const requestEmailChangeAction = accountAction(changeEmailSchema, async (input) => {
  await requestEmailChange(await signedIn(), input, await requestContext());
  refreshAccountPages();
  const t = await getTranslations("AccountEmail");
  return { ok: true, data: undefined, message: t("sent", { email: input.newEmail }) };
});

export const cancelEmailChangeAction = accountAction(emptySchema, async () => {
  await cancelEmailChange(await signedIn());
  refreshAccountPages();
  const t = await getTranslations("AccountEmail");
  return { ok: true, data: undefined, message: t("cancelled") };
});

/** From the link in the email: whoever holds it proved they read the new address; no session needed. */
export const confirmEmailChangeAction = accountAction(confirmEmailSchema, async (input) => {
  const { newEmail } = await confirmEmailChange(input);
  refreshAccountPages();
  const t = await getTranslations("EmailConfirmation");
  return { ok: true, data: undefined, message: t("doneBody", { email: newEmail }) };
});

// Two-step verification ---------------------------------------------------------------------------------

export const startTwoFactorAction = accountAction(emptySchema, async () => {
  await startTwoFactorEnrolment(await signedIn());
  refreshAccountPages();
  return { ok: true, data: undefined };
});

export const cancelTwoFactorAction = accountAction(emptySchema, async () => {
  await cancelTwoFactorEnrolment(await signedIn());
  refreshAccountPages();
  return { ok: true, data: undefined };
});

/** `issuedAt` tells the page which of two sets of codes is the newer. */
export type RecoveryCodesData = { recoveryCodes: string[]; issuedAt: number };

export const confirmTwoFactorAction = accountAction(twoFactorCodeSchema, async (input): Promise<ActionResult<RecoveryCodesData>> => {
  const { recoveryCodes } = await confirmTwoFactor(await signedIn(), input, await requestContext());
  refreshAccountPages();
  const t = await getTranslations("AccountSecurity");
  return { ok: true, data: { recoveryCodes, issuedAt: Date.now() }, message: t("enabled") };
});

export const regenerateRecoveryCodesAction = accountAction(twoFactorCodeSchema, async (input): Promise<ActionResult<RecoveryCodesData>> => {
  const { recoveryCodes } = await regenerateRecoveryCodes(await signedIn(), input);
  refreshAccountPages();
  const t = await getTranslations("AccountSecurity");
  return { ok: true, data: { recoveryCodes, issuedAt: Date.now() }, message: t("regenerated") };
});

export const disableTwoFactorAction = accountAction(disableTwoFactorSchema, async (input) => {
  await disableTwoFactor(await signedIn(), input, await requestContext());
  refreshAccountPages();
  const t = await getTranslations("AccountSecurity");
  return { ok: true, data: undefined, message: t("disabled") };
});

// Sessions ----------------------------------------------------------------------------------------------

export const endSessionAction = accountAction(endSessionSchema, async (input) => {
  const { endedCurrent } = await endSessionByKey(await signedIn(), input.session);
  // This browser's session is gone: clear its cookie too and go to the sign-in page.
  if (endedCurrent) await signOut({ redirectTo: "/sign-in" });
  refreshAccountPages();
  const t = await getTranslations("AccountSessions");
  return { ok: true, data: undefined, message: t("ended") };
});

export const endOtherSessionsAction = accountAction(emptySchema, async () => {
  const count = await endAllOtherSessions(await signedIn());
  refreshAccountPages();
  const t = await getTranslations("AccountSessions");
  return { ok: true, data: undefined, message: count > 0 ? t("othersEnded", { count }) : t("noOthersEnded") };
});
