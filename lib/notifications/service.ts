import "server-only";
// The member's notifications, for an explicit viewer: the bell's count and the page that lists them.
import { authorize } from "@/lib/auth/authorize";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import { canEnterMemberArea } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { countUnread, listNotifications } from "./data";
import { markAllNotificationsRead, markNotificationsRead } from "./mutations";

export const NOTIFICATIONS_PAGE = 30;

/** The bell: how many unread notifications the member has; nothing for anyone who is not a member. */
export async function unreadNotificationCount(viewer: Viewer): Promise<number> {
  return canEnterMemberArea(viewer) && viewer.kind === "signed-in" ? countUnread(viewer.id) : 0;
}

/** A page of notifications, newest first; opening it marks the ones shown read (they are still listed as new this once). */
export async function notificationsPage(requester: Viewer, after: string | undefined) {
  const viewer = authorize(requester, canEnterMemberArea);
  const cursor = decodeTimeCursor(after, "string");
  const rows = await listNotifications(viewer.id, cursor, NOTIFICATIONS_PAGE);
  const shown = rows.slice(0, NOTIFICATIONS_PAGE);
  await markNotificationsRead(viewer.id, shown.filter((row) => !row.readAt).map((row) => row.id));
  const last = shown.at(-1);
  return { notifications: shown, next: rows.length > NOTIFICATIONS_PAGE && last ? encodeTimeCursor(last.createdAt, last.id) : null };
}

export async function markAllRead(requester: Viewer): Promise<number> {
  const viewer = authorize(requester, canEnterMemberArea);
  return markAllNotificationsRead(viewer.id);
}
