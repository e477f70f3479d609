// What each queue runs: the composition point where infrastructure meets the domains' scheduled work
// (ESLint allows this one file to import domains). Every handler is safe to run twice.
import { deleteExpiredSignInState } from "@/lib/auth/mutations";
import { noticePassedDeadlines } from "@/lib/collaborations/mutations";
import { smtpConfig } from "@/lib/env";
import { deleteOldOutboxEmails } from "@/lib/mail/mutations";
import { createSmtpTransport, drainOutbox, type MailTransport } from "@/lib/mail/worker";
import { deleteStaleRateLimits } from "@/lib/rate-limit/mutations";
import type { JobHandlers } from "./worker";

/** Sent and given-up emails are kept this long (subject, recipient, status: the admins' mailbox log). */
const OUTBOX_KEPT_DAYS = 90;
const DAY_MS = 24 * 60 * 60_000;

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
    "clean-up": async () => {
      const now = new Date();
      return {
        rateLimits: await deleteStaleRateLimits(now),
        ...(await deleteExpiredSignInState(now)),
        outbox: await deleteOldOutboxEmails(new Date(now.getTime() - OUTBOX_KEPT_DAYS * DAY_MS)),
      };
    },
    "collaboration-deadlines": async () => ({ told: await noticePassedDeadlines(new Date()) }),
  };
}
