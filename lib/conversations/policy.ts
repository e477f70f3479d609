// Who may do what with conversations: pure functions of the viewer and the conversation, recipient or message
// as the database has them now. Privacy first: only current participants read a conversation; staff read
// only the flagged part of one, and only while a flag stands (every such read is audited by the service).
import { isActiveMember, isModerator, type Policy, type ResourcePolicy } from "@/lib/auth/policy";

export type ConversationKind = "DIRECT" | "GROUP" | "WORKSPACE";
export type MessagePolicySetting = "ALL_MEMBERS" | "MY_ORGANIZATIONS" | "NOBODY";

/** The viewer's place in a conversation: a current participant (joined, not left) or not. */
export type ConversationAccess = { kind: ConversationKind; participant: boolean };

/** What deciding "may the viewer write to this member" needs, read for that viewer. */
export type RecipientFacts = {
  userId: string;
  status: string;
  messagePolicy: MessagePolicySetting;
  /** The recipient blocked the viewer. */
  blocksViewer: boolean;
  /** The viewer blocked the recipient (unblock first). */
  blockedByViewer: boolean;
  /** They share an active organization. */
  sharesOrganization: boolean;
};

export type MessageAccess = { authorId: string | null; kind: "TEXT" | "SYSTEM"; deletedAt: Date | null; hiddenAt: Date | null; conversation: ConversationAccess };

/** Messages are for approved members in good standing (a suspended member's session reads nothing). */
export const canUseMessages: Policy = isActiveMember;

export const canReadConversation: ResourcePolicy<ConversationAccess> = (viewer, conversation) => canUseMessages(viewer) && conversation.participant;

/**
 * Starting a conversation with a member, or adding them to one: not oneself, an active member, no block either
 * way, and their setting allows it. A block and "nobody" look the same to the writer (the service says
 * "does not accept messages" for both), so nobody learns that they were blocked.
 */
export const canWriteTo: ResourcePolicy<RecipientFacts> = (viewer, recipient) =>
  canUseMessages(viewer) &&
  viewer.kind === "signed-in" &&
  viewer.id !== recipient.userId &&
  recipient.status === "ACTIVE" &&
  !recipient.blocksViewer &&
  !recipient.blockedByViewer &&
  (recipient.messagePolicy === "ALL_MEMBERS" || (recipient.messagePolicy === "MY_ORGANIZATIONS" && recipient.sharesOrganization));

/** Writing in a conversation one takes part in (a direct one also needs the other side to take it: see canWriteTo). */
export const canPostIn: ResourcePolicy<ConversationAccess> = canReadConversation;

/**
 * Groups and workspaces grow by their participants (a workspace also by each acceptance of its request); direct
 * conversations never.
 */
export const canAddParticipants: ResourcePolicy<ConversationAccess> = (viewer, conversation) => canReadConversation(viewer, conversation) && conversation.kind !== "DIRECT";

export const canLeaveConversation: ResourcePolicy<ConversationAccess> = canReadConversation;

/** Flagging: a participant, on someone else's message that stands. */
export const canFlagMessage: ResourcePolicy<MessageAccess> = (viewer, message) =>
  canReadConversation(viewer, message.conversation) &&
  viewer.kind === "signed-in" &&
  message.kind === "TEXT" &&
  message.authorId !== null &&
  message.authorId !== viewer.id &&
  !message.deletedAt &&
  !message.hiddenAt;

/** Authors delete their own messages (a placeholder keeps the number). */
export const canDeleteMessage: ResourcePolicy<MessageAccess> = (viewer, message) =>
  canReadConversation(viewer, message.conversation) && viewer.kind === "signed-in" && message.kind === "TEXT" && message.authorId === viewer.id && !message.deletedAt;

/** Moderators and admins (with two-step verification) work flagged messages. */
export const canModerateMessages: Policy = isModerator;

/** Staff read a conversation they are not in only where one of its messages carries a standing flag. */
export const canReadFlaggedContext: ResourcePolicy<{ flagged: boolean }> = (viewer, conversation) => canModerateMessages(viewer) && conversation.flagged;

/** Blocking and the blocked list: any member, about someone else. */
export const canBlock: ResourcePolicy<{ userId: string }> = (viewer, member) => canUseMessages(viewer) && viewer.kind === "signed-in" && viewer.id !== member.userId;
