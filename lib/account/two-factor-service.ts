import "server-only";
import { authorize } from "@/lib/auth/authorize";
import { canManageOwnAccount } from "@/lib/auth/policy";
import { sameSecret } from "@/lib/auth/tokens";
import { acceptTotpCode } from "@/lib/auth/second-step";
import { decryptTotpSecret, encryptTotpSecret, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpUri } from "@/lib/auth/two-factor";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { mailLocale, type RequestContext } from "@/lib/request-context";
import { countUnusedRecoveryCodes, findTwoFactorState, findUnusedRecoveryCodes, hasPassword } from "./data";
import { accountCodeChecks } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { disableTwoFactor as disableTwoFactorRows, enableTwoFactor, replaceRecoveryCodes, savePendingTotpSecret, spendRecoveryCode } from "./mutations";
import { checkCurrentPassword } from "./password-service";
import { canDisableTwoFactor, mustKeepTwoFactor } from "./policy";
import { qrCodeSvg } from "@/lib/auth/qr-code";
import { ACCOUNT_RATE_LIMITED, accountRefusal, type DisableTwoFactorInput } from "./schema";

export const RECOVERY_CODE_COUNT = 10;

export type TwoFactorStatus =
  | { state: "off" }
  | { state: "enrolling"; secret: string; uri: string; qrSvg: string }
  | { state: "on"; enabledAt: Date; recoveryCodesLeft: number };

async function state(viewer: SignedInViewer) {
  const row = await findTwoFactorState(viewer.id);
  if (!row) throw new AppError("UNAUTHENTICATED");
  return row;
}

/** The security page: two-step verification as it stands, and what the member may do about it. */
export async function securitySettings(requester: Viewer) {
  const viewer = authorize(requester, canManageOwnAccount);
  const [twoFactor, passwordSet] = await Promise.all([loadTwoFactorStatus(viewer), hasPassword(viewer.id)]);
  return { viewer, twoFactor, hasPassword: passwordSet, canDisable: canDisableTwoFactor(viewer), mustKeep: mustKeepTwoFactor(viewer) };
}

/** Where the member stands with two-step verification; while enrolling, the secret to show (QR code and text). */
export async function loadTwoFactorStatus(requester: Viewer): Promise<TwoFactorStatus> {
  const viewer = authorize(requester, canManageOwnAccount);
  const row = await state(viewer);
  if (row.totpEnabledAt) return { state: "on", enabledAt: row.totpEnabledAt, recoveryCodesLeft: await countUnusedRecoveryCodes(viewer.id) };
  if (!row.totpSecret) return { state: "off" };
  const secret = decryptTotpSecret(row.totpSecret);
  const uri = totpUri(secret, row.email);
  return { state: "enrolling", secret, uri, qrSvg: await qrCodeSvg(uri) };
}

/** Starts (or starts over) setting up: a new secret, stored encrypted, not yet in force. */
export async function startTwoFactorEnrolment(requester: Viewer): Promise<void> {
  const viewer = authorize(requester, canManageOwnAccount);
  if (!(await savePendingTotpSecret(viewer.id, encryptTotpSecret(newTotpSecret())))) throw accountRefusal("two-factor-enabled");
}

export async function cancelTwoFactorEnrolment(requester: Viewer): Promise<void> {
  const viewer = authorize(requester, canManageOwnAccount);
  await savePendingTotpSecret(viewer.id, null);
}

function newCodes(): { codes: string[]; hashes: string[] } {
  const codes = newRecoveryCodes(RECOVERY_CODE_COUNT);
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/**
 * Turns two-step verification on once the member proves their app produces codes for the secret. Returns
 * the recovery codes: the only time they exist in clear (only their hashes are stored).
 */
export async function confirmTwoFactor(requester: Viewer, input: { code: string }, context: RequestContext = {}): Promise<{ recoveryCodes: string[] }> {
  const viewer = authorize(requester, canManageOwnAccount);
  const row = await state(viewer);
  if (row.totpEnabledAt) throw accountRefusal("two-factor-enabled");
  if (!row.totpSecret) throw accountRefusal("two-factor-not-started");
  await enforceLimits([accountCodeChecks(viewer.id)], ACCOUNT_RATE_LIMITED);
  if (!(await acceptTotpCode(viewer.id, row.totpSecret, input.code))) throw accountRefusal("invalid-code", "code");
  const { codes, hashes } = newCodes();
  const enabled = await enableTwoFactor({
    userId: viewer.id,
    encryptedSecret: row.totpSecret,
    recoveryCodeHashes: hashes,
    event: { actorId: viewer.id, userId: viewer.id, action: "auth.two-factor-enabled" },
    emails: [{ to: row.email, locale: mailLocale(row.locale, context), template: "auth.two-factor-changed", params: { enabled: true } }],
  });
  if (!enabled) throw new AppError("CONFLICT");
  return { recoveryCodes: codes };
}

/**
 * Checks a code from the authenticator app or, for someone who lost it, an unused recovery code (which
 * is then spent). Throws when neither matches.
 */
async function checkSecondStep(viewer: SignedInViewer, encryptedSecret: string, code: string): Promise<void> {
  await enforceLimits([accountCodeChecks(viewer.id)], ACCOUNT_RATE_LIMITED);
  // Each code works once, here and at sign-in alike (its time step is claimed).
  if (await acceptTotpCode(viewer.id, encryptedSecret, code)) return;
  const hash = hashRecoveryCode(code);
  const match = (await findUnusedRecoveryCodes(viewer.id)).find((candidate) => sameSecret(candidate.codeHash, hash));
  if (match && (await spendRecoveryCode(match.id, { actorId: viewer.id, userId: viewer.id, action: "auth.recovery-code-used" }))) return;
  throw accountRefusal("invalid-code", "code");
}

/** New recovery codes for a current code; the old ones stop working. */
export async function regenerateRecoveryCodes(requester: Viewer, input: { code: string }): Promise<{ recoveryCodes: string[] }> {
  const viewer = authorize(requester, canManageOwnAccount);
  const row = await state(viewer);
  if (!row.totpEnabledAt || !row.totpSecret) throw accountRefusal("two-factor-not-enabled");
  await checkSecondStep(viewer, row.totpSecret, input.code);
  const { codes, hashes } = newCodes();
  await replaceRecoveryCodes({ userId: viewer.id, recoveryCodeHashes: hashes, event: { actorId: viewer.id, userId: viewer.id, action: "auth.recovery-codes-regenerated" } });
  return { recoveryCodes: codes };
}

/** Turns two-step verification off, with the password and a current code. Admins and moderators may not. */
export async function disableTwoFactor(requester: Viewer, input: DisableTwoFactorInput, context: RequestContext = {}): Promise<void> {
  const viewer = authorize(requester, canManageOwnAccount);
  if (!canDisableTwoFactor(viewer)) throw accountRefusal("must-keep-two-factor");
  const row = await state(viewer);
  if (row.role !== "MEMBER") throw accountRefusal("must-keep-two-factor");
  if (!row.totpEnabledAt || !row.totpSecret) throw accountRefusal("two-factor-not-enabled");
  await checkCurrentPassword(viewer.id, input.password, "password");
  await checkSecondStep(viewer, row.totpSecret, input.code);
  await disableTwoFactorRows({
    userId: viewer.id,
    event: { actorId: viewer.id, userId: viewer.id, action: "auth.two-factor-disabled" },
    emails: [{ to: row.email, locale: mailLocale(row.locale, context), template: "auth.two-factor-changed", params: { enabled: false } }],
  });
}
