import "server-only";
import { cache } from "react";
import { canManageOwnAccount } from "@/lib/auth/policy";
import { requirePageViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { countUnusedRecoveryCodes, findAccountOverview, findActiveSessions, hasPassword } from "./data";
import { checkPasswordResetToken } from "./password-service";
import { canDisableTwoFactor, mustKeepTwoFactor } from "./policy";
import { listOwnSessions } from "./session-service";
import { checkEmailChangeToken, loadPendingEmailChange } from "./settings-service";
import { loadTwoFactorStatus } from "./two-factor-service";

// What the account pages show. Each resolves the viewer (signed-in, account open) as the database has it now.

export const loadAccountOverview = cache(async () => {
  const viewer = await requirePageViewer(canManageOwnAccount, "/account");
  const [account, sessions, pendingEmailChange, recoveryCodesLeft, passwordSet] = await Promise.all([
    findAccountOverview(viewer.id),
    findActiveSessions(viewer.id, new Date()),
    loadPendingEmailChange(viewer),
    countUnusedRecoveryCodes(viewer.id),
    hasPassword(viewer.id),
  ]);
  if (!account) throw new AppError("UNAUTHENTICATED");
  return { viewer, account, sessionCount: sessions.length, pendingEmailChange, recoveryCodesLeft, hasPassword: passwordSet };
});

export const loadPasswordPage = cache(async () => {
  const viewer = await requirePageViewer(canManageOwnAccount, "/account/password");
  return { viewer, hasPassword: await hasPassword(viewer.id) };
});

export const loadEmailPage = cache(async () => {
  const viewer = await requirePageViewer(canManageOwnAccount, "/account/email");
  const [pending, passwordSet] = await Promise.all([loadPendingEmailChange(viewer), hasPassword(viewer.id)]);
  return { viewer, pending, hasPassword: passwordSet };
});

export const loadSecurityPage = cache(async () => {
  const viewer = await requirePageViewer(canManageOwnAccount, "/account/security");
  const [twoFactor, passwordSet] = await Promise.all([loadTwoFactorStatus(viewer), hasPassword(viewer.id)]);
  return { viewer, twoFactor, hasPassword: passwordSet, canDisable: canDisableTwoFactor(viewer), mustKeep: mustKeepTwoFactor(viewer) };
});

export const loadSessionsPage = cache(async () => {
  const viewer = await requirePageViewer(canManageOwnAccount, "/account/sessions");
  return { viewer, sessions: await listOwnSessions(viewer) };
});

/** Link pages need no session: the token is the proof. */
export const loadPasswordResetLink = cache((token: string) => checkPasswordResetToken(token));
export const loadEmailChangeLink = cache((token: string) => checkEmailChangeToken(token));
