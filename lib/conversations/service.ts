import "server-only";
// Reading conversations, for an explicit viewer: where the inbox and a conversation are authorized. Only current
// participants read a conversation; a moderator or admin who is not one reads only its flagged part, and only
// while a flag stands — each such read is audited and shown to the participants.
import { authorize } from "@/lib/auth/authorize";
import { isAdmin } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import { AppError } from "@/lib/errors";
import {
  countUnreadConversations,
  findConversationAccess,
  findConversationHead,
  findMemberByHandle,
  findRecipients,
  listBlocks,
  listFlaggedContext,
  listInbox,
  listMessages,
  listStaffReadsOfMyConversations,
  type ConversationHead,
  type MessageRow,
} from "./data";
import { markVisitedRead } from "@/lib/notifications/mutations";
import type { Visit } from "@/lib/notifications/schema";
import { markConversationRead, recordFlaggedContextRead } from "./mutations";
import { canAddParticipants, canBlock, canDeleteMessage, canFlagMessage, canReadConversation, canReadFlaggedContext, canUseMessages, canWriteTo, type ConversationAccess } from "./policy";
import { CONVERSATION_LIMITS, MESSAGES_PER_PAGE, pageOfMessage } from "./schema";
import { listAttachmentCards, type AttachmentCard } from "@/lib/resources/data";

/** Conversations the inbox shows per page. */
export const INBOX_PAGE = 25;

/** /messages: the viewer's current conversations, latest activity first, by cursor. */
export async function inbox(requester: Viewer, after: string | undefined) {
  const viewer = authorize(requester, canUseMessages);
  const rows = await listInbox(viewer.id, decodeTimeCursor(after, "string"), INBOX_PAGE);
  const shown = rows.slice(0, INBOX_PAGE);
  const last = shown.at(-1);
  return { conversations: shown, next: rows.length > INBOX_PAGE && last ? encodeTimeCursor(last.lastMessageAt, last.id) : null };
}

/** The header's count of conversations with unread messages; 0 for anyone who does not use messages. */
export async function unreadConversationCount(viewer: Viewer): Promise<number> {
  return canUseMessages(viewer) && viewer.kind === "signed-in" ? countUnreadConversations(viewer.id) : 0;
}

export type ConversationPosition = { page?: number };

export type ShownMessage = MessageRow & { canFlag: boolean; canDelete: boolean; flagged?: boolean; attachments?: AttachmentCard[] };

/**
 * A conversation for a participant — an explicit page, or the one with their first unread message; showing it
 * records the last message shown as read (their own row only, and only when it moves), and their notifications
 * about it (only when the bell counts some unread) — or, for staff outside
 * it, the flagged part (audited). Anyone else: NOT_FOUND, the same as for a conversation that does not exist.
 */
export async function conversationPage(requester: Viewer, conversationId: string, position: ConversationPosition = {}, visit: Visit = {}) {
  const viewer = authorize(requester, canUseMessages);
  const head = await findConversationHead(conversationId, viewer.id);
  if (!head) throw new AppError("NOT_FOUND");
  const me = head.participants.find((participant) => participant.userId === viewer.id);
  const access: ConversationAccess = { kind: head.kind, participant: Boolean(me && !me.leftAt) };
  if (!canReadConversation(viewer, access)) return flaggedContext(viewer, head);
  const lastPage = pageOfMessage(head.lastMessageNumber);
  const read = head.lastReadNumber ?? 0;
  const firstUnread = read < head.lastMessageNumber ? read + 1 : null;
  const wanted = position.page ?? (firstUnread ? pageOfMessage(firstUnread) : lastPage);
  const page = Math.min(Math.max(1, wanted), lastPage);
  const rows = await listMessages(conversationId, (page - 1) * MESSAGES_PER_PAGE + 1, page * MESSAGES_PER_PAGE);
  const lastShown = rows.at(-1)?.number ?? 0;
  if (lastShown > read) await markConversationRead(viewer.id, conversationId, lastShown);
  if (visit.unreadNotifications) await markVisitedRead(viewer.id, { subjectType: "Conversation", subjectId: conversationId });
  // The resources attached to the messages shown, as this viewer may see them: one query for the page.
  const attachments = await listAttachmentCards("message", rows.filter((row) => row.kind === "TEXT" && !row.deletedAt && row.cooked).map((row) => row.id), { organizationIds: viewer.organizationIds });
  const messages: ShownMessage[] = rows.map((row) => {
    const message = { authorId: row.authorId, kind: row.kind, deletedAt: row.deletedAt, hiddenAt: row.hiddenAt, conversation: access };
    return { ...row, canFlag: canFlagMessage(viewer, message), canDelete: canDeleteMessage(viewer, message), attachments: attachments.get(row.id) };
  });
  return {
    mode: "participant" as const,
    ...summary(head, viewer.id),
    page,
    lastPage,
    firstUnread: firstUnread && firstUnread <= lastShown ? firstUnread : null,
    messages,
    canAdd: canAddParticipants(viewer, access) && currentCount(head) < CONVERSATION_LIMITS.groupParticipants,
    staffReads: head.staffReads,
  };
}

async function flaggedContext(viewer: Extract<Viewer, { kind: "signed-in" }>, head: ConversationHead) {
  const access = await findConversationAccess(head.id, viewer.id);
  if (!access || !canReadFlaggedContext(viewer, { flagged: access.flagged })) throw new AppError("NOT_FOUND");
  const rows = await listFlaggedContext(head.id);
  await recordFlaggedContextRead(viewer.id, head.id, isAdmin(viewer) ? "ADMIN" : "MODERATOR", rows.filter((row) => row.flagged).map((row) => row.number));
  return {
    mode: "flagged-context" as const,
    ...summary(head, viewer.id),
    page: 1,
    lastPage: 1,
    firstUnread: null,
    messages: rows.map((row): ShownMessage => ({ ...row, canFlag: false, canDelete: false })),
    canAdd: false,
    staffReads: head.staffReads,
  };
}

const currentCount = (head: ConversationHead) => head.participants.filter((participant) => !participant.leftAt).length;

/** What every view of a conversation shows: its kind and name, who is in it now, who was. */
function summary(head: ConversationHead, viewerId: string) {
  const others = head.participants.filter((participant) => participant.userId !== viewerId);
  return {
    id: head.id,
    kind: head.kind,
    title: head.title,
    subjectType: head.subjectType,
    subjectId: head.subjectId,
    lastMessageNumber: head.lastMessageNumber,
    current: head.participants.filter((participant) => !participant.leftAt),
    former: head.participants.filter((participant) => participant.leftAt),
    /** The names a system message may need, by id (everyone who ever took part). */
    names: Object.fromEntries(head.participants.map((participant) => [participant.userId, participant.displayName])) as Record<string, string | null>,
    // A direct conversation is named by the other side, also once they left.
    otherNames: others.filter((participant) => head.kind === "DIRECT" || !participant.leftAt).map((participant) => participant.displayName ?? ""),
  };
}

export type ConversationView = Awaited<ReturnType<typeof conversationPage>>;

/**
 * Whether the viewer may write to the member behind a handle (the profile's "Send a message", the new-message
 * form's "to"), and whether the viewer blocked them. A block by *them* reads as "does not accept messages".
 */
export async function messagingWith(requester: Viewer, handle: string) {
  const viewer = authorize(requester, canUseMessages);
  const [recipient] = await findRecipients(viewer.id, { handles: [handle] });
  if (!recipient) return { handle, displayName: null, canWrite: false, blockedByViewer: false, canBlock: false, self: false };
  return {
    handle,
    displayName: recipient.displayName,
    canWrite: canWriteTo(viewer, recipient),
    blockedByViewer: recipient.blockedByViewer,
    canBlock: canBlock(viewer, recipient),
    self: recipient.userId === viewer.id,
  };
}

/** /account/messages: the members the viewer blocked (with undo). */
export async function blockedMembers(requester: Viewer) {
  const viewer = authorize(requester, canUseMessages);
  const rows = await listBlocks(viewer.id);
  return rows.map((row) => ({ since: row.createdAt, displayName: row.blocked.displayName, handle: row.blocked.profile?.handle ?? null }));
}

/** /account/privacy: staff reads of the flagged parts of the viewer's conversations. */
export async function staffReadsOfOwnConversations(requester: Viewer) {
  const viewer = authorize(requester, canUseMessages);
  return listStaffReadsOfMyConversations(viewer.id, 50);
}

/** The new-message form, opened from a profile (?to=handle): who it goes to, if the viewer may write to them. */
export async function newConversationForm(requester: Viewer, to: string | undefined) {
  authorize(requester, canUseMessages);
  if (!to) return { to: null };
  const member = await findMemberByHandle(to);
  if (!member) return { to: null };
  const messaging = await messagingWith(requester, to);
  return { to: { handle: member.handle, displayName: member.user.displayName, canWrite: messaging.canWrite } };
}
