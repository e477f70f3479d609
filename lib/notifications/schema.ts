// Which topic each notification type belongs to, and each topic's default delivery: direct things (addressed
// to the member) by email at once, the rest in a weekly digest — quiet unless the member asks for more.
import type { NotificationDelivery, NotificationTopic, NotificationType } from "@/lib/generated/prisma/enums";

export const TOPIC_OF: Record<NotificationType, NotificationTopic> = {
  MENTION: "MENTION",
  MESSAGE_MENTION: "MENTION",
  REPLY: "REPLY",
  WATCHED_POST: "WATCHING",
  REACTION: "REACTION",
  NEW_MESSAGE: "MESSAGE",
  ADDED_TO_CONVERSATION: "MESSAGE",
  COLLABORATION_RESPONSE: "COLLABORATION",
  COLLABORATION_ACCEPTED: "COLLABORATION",
  COLLABORATION_DECLINED: "COLLABORATION",
  COLLABORATION_WITHDRAWN: "COLLABORATION",
  COLLABORATION_INVITED: "COLLABORATION",
  COLLABORATION_NAMED: "COLLABORATION",
  COLLABORATION_MATCH: "MATCH",
  NEW_APPLICATION: "APPLICATION",
  NEW_FLAG: "FLAG",
  COLLABORATION_DEADLINE_PASSED: "COLLABORATION",
};

/** In the order the preferences page lists them. */
export const MEMBER_TOPICS = ["MENTION", "REPLY", "MESSAGE", "COLLABORATION", "MATCH", "WATCHING", "REACTION"] as const satisfies readonly NotificationTopic[];
/** Topics only staff receive: applications for admins, flags for moderators and admins. */
export const STAFF_TOPICS = ["APPLICATION", "FLAG"] as const satisfies readonly NotificationTopic[];

export const DEFAULT_DELIVERY: Record<NotificationTopic, NotificationDelivery> = {
  MENTION: "IMMEDIATE",
  REPLY: "IMMEDIATE",
  MESSAGE: "IMMEDIATE",
  COLLABORATION: "IMMEDIATE",
  FLAG: "IMMEDIATE",
  APPLICATION: "DAILY",
  MATCH: "WEEKLY",
  WATCHING: "WEEKLY",
  REACTION: "WEEKLY",
};

export const DELIVERIES = ["IN_APP", "IMMEDIATE", "DAILY", "WEEKLY", "OFF"] as const satisfies readonly NotificationDelivery[];

/** The notification types of a topic (to update pending notifications when a member changes their choice). */
export function typesOfTopic(topic: NotificationTopic): NotificationType[] {
  return (Object.keys(TOPIC_OF) as NotificationType[]).filter((type) => TOPIC_OF[type] === topic);
}

/** The delivery of one notification type for a member, from their choices (topic → delivery) or the default. */
export function deliveryFor(type: NotificationType, choices: ReadonlyMap<NotificationTopic, NotificationDelivery> | undefined): NotificationDelivery {
  const topic = TOPIC_OF[type];
  return choices?.get(topic) ?? DEFAULT_DELIVERY[topic];
}

/**
 * Types an unread notification of the same member and subject absorbs (Discourse consolidates): its
 * `payload.count` grows and its latest actor and time move. Replies and watched posts are about the thread.
 */
export const GROUPED_TYPES: ReadonlySet<NotificationType> = new Set(["REACTION", "WATCHED_POST", "REPLY", "NEW_FLAG", "NEW_APPLICATION"]);

/** How many post numbers a thread's grouped notification keeps (to shrink it when one is hidden); the count goes on. */
export const GROUP_NUMBERS_KEPT = 100;

/** What a page that shows a subject knows of the viewer's notifications: the bell's count, already made. */
export type Visit = { unreadNotifications?: boolean };
