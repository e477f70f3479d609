// Where a notification leads: its subject's page. Pure, shared by the centre's rows and /notifications/[id].
import type { NotificationType } from "@/lib/generated/prisma/enums";

export type NotificationPayload = {
  threadId?: number;
  slug?: string;
  title?: string;
  number?: number;
  requestId?: string;
  /** A monitoring report (its review steps). */
  reportId?: string;
  authorId?: string;
  conversationId?: string;
  /** How many notifications this one gathers (absent: one). */
  count?: number;
  /** A thread's group: the post numbers it holds (absent: just `number`). */
  numbers?: number[];
  /** What was flagged (NEW_FLAG). */
  targetType?: string;
  /** A moderator's notice to the author (MODERATION_WARNING), shown to them only. */
  message?: string;
  /** What came of content the member flagged (FLAG_OUTCOME): nothing more is said. */
  outcome?: "ACTION_TAKEN" | "NO_ACTION";
};

/** Staff's notifications lead to their queue; conversations to the conversation, requests to the request, board ones to the (first new) post. */
export function notificationHref(type: NotificationType, payload: NotificationPayload): string {
  if (type === "NEW_FLAG") return "/admin/moderation";
  if (type === "NEW_APPLICATION") return "/admin/applications";
  if (type === "MODERATION_WARNING" || type === "FLAG_OUTCOME") return "/notifications";
  if (type === "CAMPAIGN_CONSENT_REQUESTED") return "/account/privacy";
  if (payload.conversationId) return `/messages/${payload.conversationId}`;
  if (payload.reportId) return `/monitoring/reports/${payload.reportId}`;
  if (payload.requestId) return `/collaborations/${payload.requestId}`;
  const number = payload.number ?? 1;
  return `/board/t/${payload.threadId}/${payload.slug}/${number}#post-${number}`;
}
