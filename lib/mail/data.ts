import "server-only";
import { db } from "@/lib/db";
import type { EmailStatus } from "@/lib/generated/prisma/enums";
import type { MailboxPageRequest, MailboxPosition } from "./mailbox-cursor";

// Reads of the outbox for the admin mailbox. Bodies are read only for the one email being looked at.

export type MailboxEntry = {
  id: string;
  to: string;
  subject: string;
  template: string;
  /** The language the email is written in (for the subject's lang attribute). */
  locale: string;
  status: EmailStatus;
  attempts: number;
  createdAt: Date;
};

export type MailboxPage = {
  emails: MailboxEntry[];
  /** Positions to continue from, when there is something that way. */
  older: MailboxPosition | null;
  newer: MailboxPosition | null;
};

const entryFields = { id: true, to: true, subject: true, template: true, locale: true, status: true, attempts: true, createdAt: true } as const;

/** One page of the outbox, newest first, by position (createdAt, id): stable while new emails arrive. */
export async function listOutboxEmails(request: MailboxPageRequest, pageSize: number): Promise<MailboxPage> {
  const position = "before" in request ? request.before : "after" in request ? request.after : null;
  const forward = !("after" in request);
  const rows = await db().outboxEmail.findMany({
    where: position
      ? forward
        ? { OR: [{ createdAt: { lt: position.createdAt } }, { createdAt: position.createdAt, id: { lt: position.id } }] }
        : { OR: [{ createdAt: { gt: position.createdAt } }, { createdAt: position.createdAt, id: { gt: position.id } }] }
      : undefined,
    orderBy: forward ? [{ createdAt: "desc" }, { id: "desc" }] : [{ createdAt: "asc" }, { id: "asc" }],
    take: pageSize + 1,
    select: entryFields,
  });
  const more = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (!forward) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const at = (entry: MailboxEntry | undefined) => (entry ? { createdAt: entry.createdAt, id: entry.id } : null);
  return {
    emails: page,
    older: forward ? (more ? at(last) : null) : at(last),
    newer: forward ? (position ? at(first) : null) : more ? at(first) : null,
  };
}

export type MailboxEmail = MailboxEntry & {
  text: string;
  hasHtml: boolean;
  nextAttemptAt: Date;
  sentAt: Date | null;
  lastError: string | null;
};

export async function findOutboxEmail(id: string): Promise<MailboxEmail | null> {
  const email = await db().outboxEmail.findUnique({
    where: { id },
    select: { ...entryFields, text: true, html: true, nextAttemptAt: true, sentAt: true, lastError: true },
  });
  if (!email) return null;
  const { html, ...rest } = email;
  return { ...rest, hasHtml: html !== null };
}
