// Form input of the account pages, shared by the server actions and the services. Message keys point at the
// "Errors" namespace (see lib/action.ts); rules that need the database (password strength, the current
// password) are checked by the services.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { locales } from "@/lib/i18n/config";
import { plainString, requiredText } from "@/lib/text-fields";

export const NEW_PASSWORD_MIN_LENGTH = 10;
export const NEW_PASSWORD_MAX_LENGTH = 200;
export const DISPLAY_NAME_MAX_LENGTH = 80;

const required = { error: "Errors.fields.required" } as const;

const email = z.string().trim().toLowerCase().pipe(z.email({ error: "Errors.fields.email" }).max(254));
/** What a person typed as their current password: checked against the hash, never trimmed. */
const currentPassword = z.string().min(1, required).max(1000);
const newPassword = plainString().min(1, required).min(NEW_PASSWORD_MIN_LENGTH).max(NEW_PASSWORD_MAX_LENGTH);
/** A 6-digit code from the authenticator app, or a recovery code like "k7pq-2mxd-9tfa". */
const code = z.string().trim().min(1, required).max(40);
/** Link tokens are 43 URL-safe characters; anything else cannot be one. */
export const linkToken = z.string().trim().min(1).max(200);

export const requestPasswordResetSchema = z.object({ email });

export const resetPasswordSchema = z.object({
  token: linkToken,
  password: newPassword,
  confirmPassword: z.string().min(1, required).max(NEW_PASSWORD_MAX_LENGTH),
});

export const changePasswordSchema = z.object({
  currentPassword,
  newPassword,
  confirmPassword: z.string().min(1, required).max(NEW_PASSWORD_MAX_LENGTH),
});

export const displayNameSchema = z.object({
  displayName: plainString()
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, required).max(DISPLAY_NAME_MAX_LENGTH)),
});

export const localeSchema = z.object({ locale: z.enum(locales) });

export const changeEmailSchema = z.object({ newEmail: email, currentPassword });

export const confirmEmailSchema = z.object({ token: linkToken });

export const twoFactorCodeSchema = z.object({ code });

export const disableTwoFactorSchema = z.object({ password: currentPassword, code });

/** A session is named in forms by a hash of its token, never by the token itself. */
export const endSessionSchema = z.object({ session: z.string().regex(/^[a-f0-9]{64}$/) });

export const emptySchema = z.object({});

// Resetting a staff member's two-step verification (two admins) ---------------------------------------------

export const requestTwoFactorResetSchema = z.object({ userId: z.string().min(1).max(40), reason: requiredText(1000, { multiline: true }) });
export type RequestTwoFactorResetInput = z.infer<typeof requestTwoFactorResetSchema>;
export const twoFactorResetSchema = z.object({ resetId: z.string().min(1).max(40) });
export type TwoFactorResetInput = z.infer<typeof twoFactorResetSchema>;
/** How long a request waits for a second admin before it lapses. */
export const TWO_FACTOR_RESET_HOURS = 72;

export type TwoFactorResetRefusal = "notStaffWithTwoStep" | "alreadyRequested" | "secondAdminNeeded" | "noLongerOpen";

export function twoFactorResetRefusal(problem: TwoFactorResetRefusal): AppError {
  return new AppError(problem === "secondAdminNeeded" ? "FORBIDDEN" : "CONFLICT", { messageKey: `StaffTwoFactorReset.errors.${problem}` });
}

export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;
export type DisableTwoFactorInput = z.infer<typeof disableTwoFactorSchema>;

/** What a page says about an emailed link (reset, email change): usable, or why not. */
export type LinkTokenState = "valid" | "expired" | "used" | "unknown";

/** One signed-in browser, as the sessions page lists it. */
export type AccountSession = {
  /** Names the session in forms: a hash of its token, so the page never carries a live session token. */
  key: string;
  userAgent: string | null;
  createdAt: Date;
  lastUsedAt: Date;
  /** The browser this request comes from. */
  current: boolean;
};

/** Why an account service refused; each has a message in the "AccountErrors" namespace. */
export type AccountRefusalCode =
  | "wrong-password"
  | "no-password"
  | "weak-password"
  | "same-password"
  | "password-mismatch"
  | "invalid-code"
  | "invalid-token"
  | "same-email"
  | "email-taken"
  | "two-factor-enabled"
  | "two-factor-not-enabled"
  | "two-factor-not-started"
  | "must-keep-two-factor"
  | "session-not-found";

/** An account refusal as the one error type (lib/errors.ts), shown on `field` when it concerns one. */
export function accountRefusal(code: AccountRefusalCode, field?: string): AppError {
  return new AppError(code, { field, messageKey: `AccountErrors.${code}` });
}

/** Rate-limit refusals of the account services say "for your safety". */
export const ACCOUNT_RATE_LIMITED = "AccountErrors.rate-limited";
