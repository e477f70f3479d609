// The admin mailbox pages through the outbox by position (createdAt, id), newest first: stable while new
// emails arrive, unlike page numbers. A position travels in the URL as one opaque token. Pure.

export type MailboxPosition = { createdAt: Date; id: string };

/** Where a page starts: emails older than `before`, emails newer than `after`, or the newest. */
export type MailboxPageRequest = { before: MailboxPosition } | { after: MailboxPosition } | Record<string, never>;

export function encodeMailboxPosition({ createdAt, id }: MailboxPosition): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`, "utf8").toString("base64url");
}

/** The position in a token, or null for anything that is not one we made. */
export function decodeMailboxPosition(token: unknown): MailboxPosition | null {
  if (typeof token !== "string" || token.length === 0 || token.length > 200 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([A-Za-z0-9_-]{1,64})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match?.[1] || !match[2]) return null;
  const createdAt = new Date(match[1]);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: match[2] };
}

/** Reads ?before= / ?after= from a page's search parameters; anything unreadable means the newest page. */
export function mailboxPageRequest(searchParams: Record<string, string | string[] | undefined>): MailboxPageRequest {
  const before = decodeMailboxPosition(searchParams.before);
  if (before) return { before };
  const after = decodeMailboxPosition(searchParams.after);
  if (after) return { after };
  return {};
}
