import "server-only";
// Writing in conversations, for an explicit viewer: starting one, a message, adding people, leaving, deleting
// one's message, flagging someone else's. Who may be written to is decided against the database as it is
// now, so a block takes effect on the very next message; limits are counted only once a message would go.
import { authorize } from "@/lib/auth/authorize";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { cookMarkdown, mentionCandidates } from "@/lib/markdown/cook";
import { messagesPerMember, messagesPerNewMember, strangersPerMember, strangersPerNewMember } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { resolveAttachments } from "@/lib/resources/data";
import { ATTACHMENT_LIMIT, attachmentRefusal, type AttachmentsPreview } from "@/lib/resources/schema";
import { countCurrentParticipants, findAcquainted, findApprovedAt, findConversationAccess, findMessageAccess, findParticipantHandles, findRecipients, sentSameTextSince, type RecipientRow } from "./data";
import { addToGroup, deleteMessage, flagMessage, insertMessage, leaveConversation, startConversationWithMessage } from "./mutations";
import { canAddParticipants, canDeleteMessage, canFlagMessage, canLeaveConversation, canPostIn, canReadConversation, canUseMessages, canWriteTo } from "./policy";
import { CONVERSATION_LIMITS, type AddParticipantsInput, type FlagMessageInput, type MessageInput, type NewConversationInput } from "./schema";

/** Members approved for less than this have the tighter limits. */
const NEW_MEMBER_MS = 7 * 24 * 60 * 60 * 1000;
/** How long the same first message counts as a repeat (the same text sent to one stranger after another). */
const REPEAT_WINDOW_MS = 10 * 60 * 1000;

/** One message to one member or a few: their direct conversation (made or reused) or a new group. */
export async function startConversation(requester: Viewer, input: NewConversationInput): Promise<{ id: string; number: number }> {
  const viewer = authorize(requester, canUseMessages);
  const recipients = await writableRecipients(viewer, input.to);
  const attachmentIds = await attachable(viewer, input.attach ?? []);
  await refuseRepeat(viewer.id, input.body);
  await limitMessages(viewer, recipients.map((recipient) => recipient.userId));
  const kind = recipients.length === 1 ? "DIRECT" : "GROUP";
  const { cooked, mentionedIds } = cook(input.body, recipients);
  return startConversationWithMessage({
    kind,
    title: kind === "GROUP" ? input.title : null,
    creatorId: viewer.id,
    participantIds: recipients.map((recipient) => recipient.userId),
    source: input.body,
    cooked,
    mentionedIds,
    attachmentIds,
  });
}

/**
 * The members behind these handles, if the viewer may write to every one of them; otherwise the first refusal,
 * on the "to" field. A block and "nobody" get the same answer, and so does a suspended member.
 */
async function writableRecipients(viewer: SignedInViewer, handles: string[]): Promise<RecipientRow[]> {
  const found = await findRecipients(viewer.id, { handles });
  for (const handle of handles) {
    const recipient = found.find((row) => row.handle === handle);
    if (!recipient) throw new AppError("VALIDATION", { field: "to", messageKey: "ConversationErrors.unknownMember", values: { handle } });
    if (recipient.userId === viewer.id) throw new AppError("VALIDATION", { field: "to", messageKey: "ConversationErrors.toSelf" });
    if (!canWriteTo(viewer, recipient)) throw new AppError("VALIDATION", { field: "to", messageKey: "ConversationErrors.doesNotAcceptMessages", values: { handle } });
  }
  return handles.map((handle) => found.find((row) => row.handle === handle)!);
}

/** A message in a conversation the viewer takes part in. */
export async function sendMessage(requester: Viewer, input: MessageInput): Promise<{ conversationId: string; number: number }> {
  const viewer = authorize(requester, canUseMessages);
  const access = await findConversationAccess(input.conversationId, viewer.id);
  const conversation = { kind: access?.kind ?? "GROUP", participant: Boolean(access?.joinedAt && !access.leftAt) };
  if (!access || !canReadConversation(viewer, conversation)) throw new AppError("NOT_FOUND");
  if (!canPostIn(viewer, conversation)) throw new AppError("FORBIDDEN");
  const rejoinIds: string[] = [];
  if (access.kind === "DIRECT" && access.otherUserId) {
    // The other side must still take messages from the viewer: a block (either way) stops the next one. If
    // they had left, writing again brings them back — only if they would accept a new conversation.
    const [other] = await findRecipients(viewer.id, { userIds: [access.otherUserId] });
    const open = other && other.status === "ACTIVE" && !other.blocksViewer && !other.blockedByViewer && (!access.otherLeftAt || canWriteTo(viewer, other));
    if (!open) throw new AppError("closed", { messageKey: "ConversationErrors.otherDoesNotAcceptMessages" });
    if (access.otherLeftAt) rejoinIds.push(other.userId);
  }
  const attachmentIds = await attachable(viewer, input.attach ?? []);
  await limitMessages(viewer, []);
  const { cooked, mentionedIds } = await cookForConversation(input.conversationId, input.body);
  const number = await insertMessage({ conversationId: input.conversationId, authorId: viewer.id, source: input.body, cooked, mentionedIds, rejoinIds, attachmentIds });
  if (number === null) throw new AppError("NOT_FOUND");
  return { conversationId: input.conversationId, number };
}

/** Adds members to a group or workspace the viewer is in (each one must accept messages from the viewer). */
export async function addPeople(requester: Viewer, input: AddParticipantsInput): Promise<{ added: number }> {
  const viewer = authorize(requester, canUseMessages);
  const access = await findConversationAccess(input.conversationId, viewer.id);
  const conversation = { kind: access?.kind ?? "GROUP", participant: Boolean(access?.joinedAt && !access.leftAt) };
  if (!access || !canReadConversation(viewer, conversation)) throw new AppError("NOT_FOUND");
  if (!canAddParticipants(viewer, conversation)) throw new AppError("FORBIDDEN");
  const recipients = await writableRecipients(viewer, input.to);
  const current = await findAcquaintedIn(input.conversationId, recipients);
  const newcomers = recipients.filter((recipient) => !current.has(recipient.userId));
  const size = await countCurrentParticipants(input.conversationId);
  if (size + newcomers.length > CONVERSATION_LIMITS.groupParticipants) {
    throw new AppError("VALIDATION", { field: "to", messageKey: "ConversationErrors.groupFull", values: { max: CONVERSATION_LIMITS.groupParticipants } });
  }
  await limitMessages(viewer, newcomers.map((recipient) => recipient.userId));
  const added = await addToGroup(input.conversationId, newcomers.map((recipient) => recipient.userId), viewer.id);
  return { added: added.length };
}

/** Of these members, those already current participants of the conversation. */
async function findAcquaintedIn(conversationId: string, recipients: RecipientRow[]): Promise<Set<string>> {
  const rows = await findParticipantHandles(conversationId, recipients.map((recipient) => recipient.handle));
  return new Set(rows.map((row) => row.userId));
}

/** The viewer leaves; the conversation leaves their inbox (a group says so in its timeline). */
export async function leave(requester: Viewer, conversationId: string): Promise<void> {
  const viewer = authorize(requester, canUseMessages);
  const access = await findConversationAccess(conversationId, viewer.id);
  const conversation = { kind: access?.kind ?? "GROUP", participant: Boolean(access?.joinedAt && !access.leftAt) };
  if (!access || !canLeaveConversation(viewer, conversation)) throw new AppError("NOT_FOUND");
  await leaveConversation(viewer.id, conversationId, access.kind !== "DIRECT");
}

/** The author deletes their message (a placeholder keeps its number); returns its conversation. */
export async function deleteOwnMessage(requester: Viewer, messageId: string): Promise<string> {
  const viewer = authorize(requester, canUseMessages);
  const message = await findMessageAccess(messageId, viewer.id);
  if (!message || !canReadConversation(viewer, message.conversation)) throw new AppError("NOT_FOUND");
  if (!canDeleteMessage(viewer, message)) throw new AppError("FORBIDDEN");
  await deleteMessage(message.id);
  return message.conversationId;
}

/** Someone else's message, to flag it (the form's page). */
export async function messageToFlag(requester: Viewer, messageId: string) {
  const viewer = authorize(requester, canUseMessages);
  const message = await findMessageAccess(messageId, viewer.id);
  if (!message || !canFlagMessage(viewer, message)) throw new AppError("NOT_FOUND");
  return { id: message.id, number: message.number, conversationId: message.conversationId };
}

/**
 * A participant flags someone else's message for the moderators: from then on, and while the flag stands, staff
 * may read the messages around it (audited). "already" when they had flagged it before.
 */
export async function flagConversationMessage(requester: Viewer, input: FlagMessageInput): Promise<"flagged" | "already"> {
  const viewer = authorize(requester, canUseMessages);
  const message = await findMessageAccess(input.messageId, viewer.id);
  if (!message || !canReadConversation(viewer, message.conversation)) throw new AppError("NOT_FOUND");
  if (!canFlagMessage(viewer, message)) throw new AppError("FORBIDDEN");
  return (await flagMessage({ targetId: message.id, reporterId: viewer.id, reason: input.reason, note: input.note })) ? "flagged" : "already";
}

/** The composer's preview: the body cooked as it would be sent (mentions are linked once sent), and what it would attach. */
export async function previewMessage(requester: Viewer, body: string, attach: string[] = []): Promise<{ html: string; attachments: AttachmentsPreview }> {
  const viewer = authorize(requester, canUseMessages);
  return { html: cookMarkdown(body.slice(0, CONVERSATION_LIMITS.message)).html, attachments: await resolveAttachments(attach.slice(0, ATTACHMENT_LIMIT * 2), { organizationIds: viewer.organizationIds }) };
}

/**
 * The resources the "attach" entries name, if the writer may attach every one (else the refusal, on the field).
 * What she may attach, not what every participant may see: each reader gets a card only for what they may see.
 */
async function attachable(viewer: SignedInViewer, entries: string[]): Promise<string[]> {
  const { resources, refused } = await resolveAttachments(entries, { organizationIds: viewer.organizationIds });
  const refusal = attachmentRefusal(refused);
  if (refusal) throw refusal;
  return resources.map((resource) => resource.id);
}

/** Mentions link (and notify) only participants: anyone else mentioned stays plain text and hears nothing. */
async function cookForConversation(conversationId: string, body: string) {
  return cook(body, await findParticipantHandles(conversationId, mentionCandidates(body).slice(0, CONVERSATION_LIMITS.mentions)));
}

/** Cooks the body, linking the first mentions of these members (the participants) only. */
function cook(body: string, participants: Array<{ userId: string; handle: string }>) {
  const handles = new Set(mentionCandidates(body).slice(0, CONVERSATION_LIMITS.mentions));
  const mentionable = participants.filter((participant) => handles.has(participant.handle));
  const { html, mentions } = cookMarkdown(body, { mentionable: new Set(mentionable.map((participant) => participant.handle)) });
  const idByHandle = new Map(mentionable.map((participant) => [participant.handle, participant.userId]));
  return { cooked: html, mentionedIds: mentions.map((handle) => idByHandle.get(handle)!) };
}

/**
 * The message limits, and one count per stranger written to (someone the viewer shares no conversation with):
 * tighter for members approved in the last week.
 */
async function limitMessages(viewer: SignedInViewer, recipientIds: string[]) {
  const approvedAt = await findApprovedAt(viewer.id);
  const isNew = !approvedAt || Date.now() - approvedAt.getTime() < NEW_MEMBER_MS;
  const acquainted = await findAcquainted(viewer.id, recipientIds);
  const strangers = recipientIds.filter((id) => !acquainted.has(id)).length;
  const strangerRule = isNew ? strangersPerNewMember : strangersPerMember;
  await enforceLimits([(isNew ? messagesPerNewMember : messagesPerMember)(viewer.id)], "ConversationErrors.rateLimited");
  if (strangers > 0) await enforceLimits(Array.from({ length: strangers }, () => strangerRule(viewer.id)), "ConversationErrors.strangersLimited");
}

async function refuseRepeat(authorId: string, body: string) {
  if (await sentSameTextSince(authorId, body, new Date(Date.now() - REPEAT_WINDOW_MS))) {
    throw new AppError("duplicate", { field: "body", messageKey: "ConversationErrors.duplicate" });
  }
}
