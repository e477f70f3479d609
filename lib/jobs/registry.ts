// What each queue runs: the composition point where infrastructure meets the domains' scheduled work
// (ESLint allows this one file to import domains). Every handler is safe to run twice.
import { deleteExpiredSignInState } from "@/lib/auth/mutations";
import { refreshRuleActivity } from "@/lib/bangkok-rules/mutations";
import { publishDueSpotlights } from "@/lib/campaigns/mutations";
import { noticePassedDeadlines } from "@/lib/collaborations/mutations";
import { refreshDashboardAggregates } from "@/lib/dashboard/mutations";
import { smtpConfig } from "@/lib/env";
import { deleteExpiredFiles } from "@/lib/files/mutations";
import { deleteOldOutboxEmails } from "@/lib/mail/mutations";
import { createSmtpTransport, drainOutbox, type MailTransport } from "@/lib/mail/worker";
import { dueDigestMembers } from "@/lib/notifications/data";
import { buildDigests, sendImmediateEmails } from "@/lib/notifications/mutations";
import { deleteExpiredExports, prepareExport } from "@/lib/privacy/mutations";
import { deleteStaleRateLimits } from "@/lib/rate-limit/mutations";
import { extractStoredFileText } from "@/lib/files/text-extraction";
import { extractVersionText } from "@/lib/resources/mutations";
import type { JobHandlers } from "./worker";

/** Sent and given-up emails are kept this long (subject, recipient, status: the admins' mailbox log). */
const OUTBOX_KEPT_DAYS = 90;
const DAY_MS = 24 * 60 * 60_000;
/** Members per transaction: the emails at once, and the digests (set-wise SQL; see npm run bench:digest). */
const IMMEDIATE_BATCH = 200;
const DIGEST_BATCH = 500;

/** Emails at once, batch after batch, until nobody waits (or the worker stops: the next run goes on). */
async function sendWaitingEmails(stopping: () => boolean) {
  const total = { members: 0, emails: 0 };
  for (;;) {
    const batch = await sendImmediateEmails({ now: new Date(), batchSize: IMMEDIATE_BATCH });
    total.members += batch.members;
    total.emails += batch.emails;
    if (batch.members === 0 || stopping()) return total;
  }
}

/** Every digest due now, daily then weekly, streamed in keyset batches (never everyone at once). */
async function sendDueDigests(stopping: () => boolean) {
  const now = new Date();
  const sent = { DAILY: 0, WEEKLY: 0 };
  for (const frequency of ["DAILY", "WEEKLY"] as const) {
    for (let after: string | null = null; !stopping(); ) {
      const memberIds = await dueDigestMembers({ now, frequency, after, limit: DIGEST_BATCH });
      if (memberIds.length === 0) break;
      sent[frequency] += (await buildDigests({ memberIds, frequency, now })).digests;
      after = memberIds.at(-1) ?? null;
    }
  }
  return sent;
}

export type JobEnvironment = {
  /** Where mail goes; null: nowhere (it stays in the outbox, which admins read at /admin/mailbox). */
  transport: MailTransport | null;
};

export function defaultJobEnvironment(): JobEnvironment {
  const config = smtpConfig();
  return { transport: config ? createSmtpTransport(config) : null };
}

export function jobHandlers({ transport }: JobEnvironment): JobHandlers {
  return {
    "mail-outbox": async (_data, { stopping }) => (transport ? drainOutbox({ transport, shouldStop: stopping }) : { skipped: "no SMTP server configured" }),
    "notification-emails": async (_data, { stopping }) => sendWaitingEmails(stopping),
    "notification-digests": async (_data, { stopping }) => sendDueDigests(stopping),
    "clean-up": async () => {
      const now = new Date();
      return {
        rateLimits: await deleteStaleRateLimits(now),
        ...(await deleteExpiredSignInState(now)),
        outbox: await deleteOldOutboxEmails(new Date(now.getTime() - OUTBOX_KEPT_DAYS * DAY_MS)),
        dataExports: await deleteExpiredExports(now),
        unclaimedUploads: await deleteExpiredFiles(now),
      };
    },
    "collaboration-deadlines": async () => ({ told: await noticePassedDeadlines(new Date()) }),
    "dashboard-aggregates": async () => refreshDashboardAggregates(new Date()),
    "rule-activity": async () => refreshRuleActivity(new Date()),
    "data-exports": async (data) => prepareExport(String(data.exportId)),
    "campaign-publication": async () => publishDueSpotlights(new Date()),
    "resource-text": async (data) => extractVersionText(String(data.versionId), (fileId) => extractStoredFileText(fileId)),
  };
}
