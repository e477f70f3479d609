import "server-only";
import { findUnusedRecoveryCodes } from "@/lib/account/data";
import { spendRecoveryCode } from "@/lib/account/mutations";
import { ACCOUNT_RATE_LIMITED, accountRefusal } from "@/lib/account/schema";
import { authorize } from "@/lib/auth/authorize";
import { verifyPassword } from "@/lib/auth/password";
import { acceptTotpCode } from "@/lib/auth/second-step";
import { sameSecret } from "@/lib/auth/tokens";
import { hashRecoveryCode } from "@/lib/auth/two-factor";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { accountCodeChecks, accountPasswordChecks } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { deletionSubject, findExport, findLatestExport, readExportChunk } from "./data";
import { exportFileName, exportState, type ExportState } from "./format";
import { deleteOwnAccount, recordExportDownload, requestExport } from "./mutations";
import { canUseOwnDataRights, mayDeleteOwnAccount, mayDownloadExport } from "./policy";
import { dataRightsRefusal, type DeleteAccountInput } from "./schema";

/** The privacy page's data-rights panel: the latest export's state, and what deleting the account will ask. */
export async function dataRightsOverview(requester: Viewer, now = new Date()): Promise<{ email: string; export: ExportState; deletion: { hasPassword: boolean; needsCode: boolean; lastAdmin: boolean } }> {
  const viewer = authorize(requester, canUseOwnDataRights);
  const [latest, subject] = await Promise.all([findLatestExport(viewer.id), deletionSubject(viewer.id)]);
  if (!subject) throw new AppError("UNAUTHENTICATED");
  return {
    email: viewer.email,
    export: exportState(latest, now),
    deletion: { hasPassword: subject.passwordHash !== null, needsCode: subject.totpEnabledAt !== null, lastAdmin: !mayDeleteOwnAccount(subject) },
  };
}

/** "Prepare my data": one export at a time; asking again while one is prepared changes nothing. */
export async function requestDataExport(requester: Viewer): Promise<{ created: boolean }> {
  const viewer = authorize(requester, canUseOwnDataRights);
  const { created } = await requestExport(viewer.id);
  return { created };
}

export type ExportDownload = { fileName: string; byteSize: number; chunks: () => AsyncGenerator<Uint8Array> };

/** The owner's ready export, streamed piece by piece; anyone else (or an expired one) gets NOT_FOUND. Audited. */
export async function downloadDataExport(requester: Viewer, exportId: string, now = new Date()): Promise<ExportDownload> {
  const viewer = authorize(requester, canUseOwnDataRights);
  const row = await findExport(exportId);
  if (!row || !mayDownloadExport(viewer.id, row, now) || !row.readyAt) throw new AppError("NOT_FOUND");
  await recordExportDownload(row.id, viewer.id);
  return {
    fileName: exportFileName(row.readyAt),
    byteSize: row.byteSize ?? 0,
    chunks: async function* () {
      for (let after = 0; ; ) {
        const chunk = await readExportChunk(row.id, after);
        if (!chunk) return;
        yield new Uint8Array(chunk.bytes);
        after = chunk.seq;
      }
    },
  };
}

/**
 * Deletes the signed-in member's account, after their password (and, with two-step verification on, a current
 * code or a recovery code). Nothing changes when a check fails. Members without a password (who sign in by
 * emailed link) set one first through "forgot password": its link to their inbox proves it is them.
 */
export async function deleteMyAccount(requester: Viewer, input: DeleteAccountInput): Promise<void> {
  const viewer = authorize(requester, canUseOwnDataRights);
  const subject = await deletionSubject(viewer.id);
  if (!subject) throw new AppError("UNAUTHENTICATED");
  if (!mayDeleteOwnAccount(subject)) throw dataRightsRefusal("last-admin");
  if (!subject.passwordHash) throw accountRefusal("no-password", "password");
  await enforceLimits([accountPasswordChecks(viewer.id)], ACCOUNT_RATE_LIMITED);
  if (!(await verifyPassword(subject.passwordHash, input.password))) throw accountRefusal("wrong-password", "password");
  if (subject.totpEnabledAt && subject.totpSecret) {
    if (!input.code) throw accountRefusal("invalid-code", "code");
    await enforceLimits([accountCodeChecks(viewer.id)], ACCOUNT_RATE_LIMITED);
    if (!(await acceptTotpCode(viewer.id, subject.totpSecret, input.code))) {
      const hash = hashRecoveryCode(input.code);
      const match = (await findUnusedRecoveryCodes(viewer.id)).find((candidate) => sameSecret(candidate.codeHash, hash));
      if (!match || !(await spendRecoveryCode(match.id, { actorId: viewer.id, userId: viewer.id, action: "auth.recovery-code-used" }))) throw accountRefusal("invalid-code", "code");
    }
  }
  if (!(await deleteOwnAccount({ userId: viewer.id, posts: input.posts }))) throw new AppError("CONFLICT");
}
