import "server-only";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import { mailbox, mailboxEmail } from "./mailbox-service";

// The admin mailbox pages; anyone the service refuses is sent to sign in, to set up two-step verification,
// or shown "not found".

export type { MailboxEmailView, MailboxPageData } from "./mailbox-service";
export { MAILBOX_PAGE_SIZE } from "./mailbox-service";

export const loadMailbox = cache((searchParams: Record<string, string | string[] | undefined>) =>
  forPage("/admin/mailbox", (viewer) => mailbox(viewer, searchParams)),
);

export const loadMailboxEmail = cache((id: string) => forPage(`/admin/mailbox/${encodeURIComponent(id)}`, (viewer) => mailboxEmail(viewer, id)));
