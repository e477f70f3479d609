import "server-only";
import { cache } from "react";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import type { Visit } from "@/lib/notifications/schema";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { messageToFlag } from "./message-service";
import { conversationPositionSchema, inboxSchema, newConversationAddressSchema } from "./schema";
import { blockedMembers, conversationPage, inbox, messagingWith, newConversationForm, staffReadsOfOwnConversations, unreadConversationCount } from "./service";

export type { ConversationView, ShownMessage } from "./service";

export function loadInbox(searchParams: SearchParams) {
  const { after } = inboxSchema.parse(firstValues(searchParams));
  return forPage("/messages", (viewer) => inbox(viewer, after));
}

export function loadConversation(conversationId: string, searchParams: SearchParams, visit?: Visit) {
  const position = conversationPositionSchema.parse(firstValues(searchParams));
  return forPage(`/messages/${conversationId}`, (viewer) => conversationPage(viewer, conversationId, position, visit));
}

export function loadNewConversationForm(searchParams: SearchParams) {
  const { to } = newConversationAddressSchema.parse(firstValues(searchParams));
  return forPage(to ? `/messages/new?to=${to}` : "/messages/new", (viewer) => newConversationForm(viewer, to));
}

/** On a member's profile: may the viewer write to them, and did the viewer block them. */
export function loadMessagingWith(handle: string) {
  return forPage(`/members/${handle}`, (viewer) => messagingWith(viewer, handle));
}

export function loadBlockedMembers() {
  return forPage("/account/messages", blockedMembers);
}

export function loadStaffReadsOfOwnConversations() {
  return forPage("/account/privacy", staffReadsOfOwnConversations);
}

export function loadMessageToFlag(messageId: string) {
  return forPage(`/messages/flag/${messageId}`, (viewer) => messageToFlag(viewer, messageId));
}

/** The header's count of conversations with unread messages, once per request. */
export const loadUnreadConversationCount = cache(async () => unreadConversationCount(await loadViewer()));
