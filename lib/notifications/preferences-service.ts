import "server-only";
// How notifications reach a member (/account/notifications): a delivery per topic, the time zone digests are
// timed in, and whether emails may name threads and requests. For an explicit viewer.
import { authorize } from "@/lib/auth/authorize";
import { canEnterMemberArea } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { fieldsRefused } from "@/lib/errors";
import type { NotificationDelivery, NotificationTopic } from "@/lib/generated/prisma/enums";
import { findNotificationSettings } from "./data";
import { saveNotificationSettings } from "./mutations";
import { DEFAULT_DELIVERY, topicsFor, type NotificationSettingsInput } from "./schema";

export type TopicSetting = { topic: NotificationTopic; delivery: NotificationDelivery; defaultDelivery: NotificationDelivery };

/** The member's topics (staff topics by their role now) with their delivery, chosen or default; the zone (null: none chosen) and the opt-in. */
export async function notificationSettings(requester: Viewer): Promise<{ topics: TopicSetting[]; timeZone: string | null; mailShowsTitles: boolean }> {
  const viewer = authorize(requester, canEnterMemberArea);
  const settings = await findNotificationSettings(viewer.id);
  const chosen = new Map(settings.notificationPreferences.map((choice) => [choice.topic, choice.delivery]));
  const topics = topicsFor(settings.role).map((topic) => ({ topic, delivery: chosen.get(topic) ?? DEFAULT_DELIVERY[topic], defaultDelivery: DEFAULT_DELIVERY[topic] }));
  return { topics, timeZone: settings.timeZone, mailShowsTitles: settings.mailShowsTitles };
}

/** Saves the form; a staff topic the member's role (read afresh from the database) does not get is refused on its field, and nothing changes. */
export async function saveNotificationPreferences(requester: Viewer, input: NotificationSettingsInput): Promise<void> {
  const viewer = authorize(requester, canEnterMemberArea);
  const allowed = new Set(topicsFor((await findNotificationSettings(viewer.id)).role));
  const refusal = fieldsRefused(Object.fromEntries(Object.keys(input.deliveries).map((topic) => [topic, allowed.has(topic as NotificationTopic) ? undefined : "NotificationSettings.staffOnly"])));
  if (refusal) throw refusal;
  await saveNotificationSettings(viewer.id, input);
}
