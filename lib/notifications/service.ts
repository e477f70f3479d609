import "server-only";
// The member's notifications, for an explicit viewer: the bell's count and the page that lists them.
import { authorize } from "@/lib/auth/authorize";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import { canEnterMemberArea } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { countUnread, findOwnNotification, listNotifications } from "./data";
import { notificationHref } from "./format";
import { markAllNotificationsRead, markNotificationsRead } from "./mutations";

export const NOTIFICATIONS_PAGE = 30;

/** The bell: how many unread notifications the member has; nothing for anyone who is not a member. */
export async function unreadNotificationCount(viewer: Viewer): Promise<number> {
  return canEnterMemberArea(viewer) && viewer.kind === "signed-in" ? countUnread(viewer.id) : 0;
}

/**
 * A page of notifications, newest first. Listing reads nothing: a notification is read when its row (or its
 * subject) is opened, so an unread group keeps gathering until the member looks at it.
 */
export async function notificationsPage(requester: Viewer, after: string | undefined) {
  const viewer = authorize(requester, canEnterMemberArea);
  const cursor = decodeTimeCursor(after, "string");
  const rows = await listNotifications(viewer.id, cursor, NOTIFICATIONS_PAGE);
  const shown = rows.slice(0, NOTIFICATIONS_PAGE);
  const last = shown.at(-1);
  return { notifications: shown.map((row) => ({ ...row, href: `/notifications/${row.id}` })), next: rows.length > NOTIFICATIONS_PAGE && last ? encodeTimeCursor(last.createdAt, last.id) : null };
}

export async function markAllRead(requester: Viewer): Promise<number> {
  const viewer = authorize(requester, canEnterMemberArea);
  return markAllNotificationsRead(viewer.id);
}

/** /notifications/[id]: marks the member's notification read and says where its subject is; another member's is NOT_FOUND. */
export async function openNotification(requester: Viewer, id: string): Promise<string> {
  const viewer = authorize(requester, canEnterMemberArea);
  const notification = await findOwnNotification(viewer.id, id);
  if (!notification) throw new AppError("NOT_FOUND");
  if (!notification.readAt) await markNotificationsRead(viewer.id, [notification.id]);
  return notificationHref(notification.type, notification.payload);
}
