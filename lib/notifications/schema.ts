// Which topic each notification type belongs to, and each topic's default delivery: direct things (addressed
// to the member) by email at once, the rest in a weekly digest — quiet unless the member asks for more.
import { z } from "zod";
import type { MemberRole, NotificationDelivery, NotificationTopic, NotificationType } from "@/lib/generated/prisma/enums";
import { setTimeZoneSchema } from "@/lib/i18n/time-zone";

export const TOPIC_OF: Record<NotificationType, NotificationTopic> = {
  MENTION: "MENTION",
  MESSAGE_MENTION: "MENTION",
  COLLABORATION_MENTION: "MENTION",
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
  MODERATION_WARNING: "MODERATION",
  FLAG_OUTCOME: "MODERATION",
  // A monitoring report's team works together: its review steps are collaboration news.
  MONITORING_REVIEW_REQUESTED: "COLLABORATION",
  MONITORING_REPORT_PUBLISHED: "COLLABORATION",
  MONITORING_REPORT_SENT_BACK: "COLLABORATION",
  // A campaign's request to feature the member is about her work with the network (emailed at once by default:
  // the email names no campaign, no field; she answers on /account/privacy).
  CAMPAIGN_CONSENT_REQUESTED: "COLLABORATION",
};

/** In the order the preferences page lists them. */
export const MEMBER_TOPICS = ["MENTION", "REPLY", "MESSAGE", "COLLABORATION", "MATCH", "WATCHING", "REACTION", "MODERATION"] as const satisfies readonly NotificationTopic[];
/** Topics only staff receive: applications for admins, flags for moderators and admins. */
export const STAFF_TOPICS = ["APPLICATION", "FLAG"] as const satisfies readonly NotificationTopic[];

export const DEFAULT_DELIVERY: Record<NotificationTopic, NotificationDelivery> = {
  MENTION: "IMMEDIATE",
  REPLY: "IMMEDIATE",
  MESSAGE: "IMMEDIATE",
  COLLABORATION: "IMMEDIATE",
  FLAG: "IMMEDIATE",
  APPLICATION: "IMMEDIATE",
  MATCH: "WEEKLY",
  WATCHING: "WEEKLY",
  REACTION: "WEEKLY",
  // A moderator's notice stays on the platform unless the member asks for email: an inbox others may read would say it.
  MODERATION: "IN_APP",
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

// The preferences form (/account/notifications) --------------------------------------------------------------

/** The staff topics a role receives: new applications go to admins, flags to moderators and admins. */
export function staffTopicsFor(role: MemberRole): NotificationTopic[] {
  return STAFF_TOPICS.filter((topic) => (topic === "APPLICATION" ? role === "ADMIN" : role !== "MEMBER"));
}

/** Every topic a member with this role sets, in the page's order. */
export function topicsFor(role: MemberRole): NotificationTopic[] {
  return [...MEMBER_TOPICS, ...staffTopicsFor(role)];
}

const delivery = z.enum(DELIVERIES, { error: "Errors.fields.invalid_value" });

/**
 * One radio group per topic (named by the topic), the time zone and the titles opt-in. Every member topic is
 * required; staff topics are optional here and refused by the service for anyone whose role does not get them.
 */
export const notificationSettingsSchema = z
  .object({
    ...(Object.fromEntries(MEMBER_TOPICS.map((topic) => [topic, delivery])) as Record<(typeof MEMBER_TOPICS)[number], typeof delivery>),
    ...(Object.fromEntries(STAFF_TOPICS.map((topic) => [topic, delivery.optional()])) as Record<(typeof STAFF_TOPICS)[number], z.ZodOptional<typeof delivery>>),
    timeZone: setTimeZoneSchema.shape.timeZone,
    mailShowsTitles: z.literal("on").optional().transform((value) => value === "on"),
  })
  .transform(({ timeZone, mailShowsTitles, ...topics }) => ({
    deliveries: Object.fromEntries(Object.entries(topics).filter(([, chosen]) => chosen !== undefined)) as Partial<Record<NotificationTopic, NotificationDelivery>>,
    timeZone,
    mailShowsTitles,
  }));

export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;
