import "server-only";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import { checkPasswordResetToken } from "./password-service";
import { listOwnSessions } from "./session-service";
import { accountOverview, checkEmailChangeToken, emailSettings, passwordSettings } from "./settings-service";
import { securitySettings } from "./two-factor-service";
import { staffTwoFactorReset } from "./two-factor-reset-service";

// What the account pages show, read through the services (which authorize) for this request's viewer.

export const loadAccountOverview = cache(() => forPage("/account", accountOverview));
export const loadPasswordPage = cache(() => forPage("/account/password", passwordSettings));
export const loadEmailPage = cache(() => forPage("/account/email", emailSettings));
export const loadSecurityPage = cache(() => forPage("/account/security", securitySettings));
/** The two-step reset panel of an admin's page about a staff member. */
export const loadStaffTwoFactorReset = cache((userId: string) => forPage(`/admin/members/${encodeURIComponent(userId)}`, (viewer) => staffTwoFactorReset(viewer, userId)));
export const loadSessionsPage = cache(() => forPage("/account/sessions", async (viewer) => ({ viewer, sessions: await listOwnSessions(viewer) })));

/** Link pages need no session: the token is the proof. */
export const loadPasswordResetLink = cache((token: string) => checkPasswordResetToken(token));
export const loadEmailChangeLink = cache((token: string) => checkEmailChangeToken(token));
