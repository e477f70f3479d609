import "server-only";
// The admin mailbox: every queued email, for admins with two-step verification only (canReadMailbox).
import { authorize } from "@/lib/auth/authorize";
import { canReadMailbox } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { smtpConfig } from "@/lib/env";
import { findOutboxEmail, listOutboxEmails, type MailboxEmail, type MailboxPage } from "./data";
import { encodeMailboxPosition, mailboxPageRequest } from "./mailbox-cursor";

export const MAILBOX_PAGE_SIZE = 25;

/**
 * Whether emails leave the platform. Without SMTP the mailbox is how emailed links are followed (development,
 * offline installations); with SMTP, bodies still waiting to be sent are not shown, since they may hold
 * another person's sign-in or reset link.
 */
function mailIsDelivered(): boolean {
  try {
    return smtpConfig() !== null;
  } catch {
    // A broken SMTP configuration stops the server at start-up; if we get here anyway, show less, not more.
    return true;
  }
}

export type MailboxPageData = Omit<MailboxPage, "older" | "newer"> & {
  /** Tokens for ?before= / ?after=, when there is something that way. */
  olderToken: string | null;
  newerToken: string | null;
  delivered: boolean;
};

export async function mailbox(viewer: Viewer, searchParams: Record<string, string | string[] | undefined>): Promise<MailboxPageData> {
  authorize(viewer, canReadMailbox);
  const { emails, older, newer } = await listOutboxEmails(mailboxPageRequest(searchParams), MAILBOX_PAGE_SIZE);
  return {
    emails,
    olderToken: older ? encodeMailboxPosition(older) : null,
    newerToken: newer ? encodeMailboxPosition(newer) : null,
    delivered: mailIsDelivered(),
  };
}

export type MailboxEmailView = Omit<MailboxEmail, "text"> & {
  /** The plain text, or why it is not shown. */
  body: { shown: true; text: string } | { shown: false; reason: "scrubbed" | "delivered" };
  delivered: boolean;
};

export async function mailboxEmail(viewer: Viewer, id: string): Promise<MailboxEmailView> {
  authorize(viewer, canReadMailbox);
  const email = id.length <= 64 ? await findOutboxEmail(id) : null;
  if (!email) throw new AppError("NOT_FOUND");
  const delivered = mailIsDelivered();
  const { text, ...rest } = email;
  const scrubbed = email.status === "SENT" || email.status === "FAILED";
  return {
    ...rest,
    body: scrubbed ? { shown: false, reason: "scrubbed" } : delivered ? { shown: false, reason: "delivered" } : { shown: true, text },
    delivered,
  };
}
