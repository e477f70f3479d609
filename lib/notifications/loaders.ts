import "server-only";
import { cache } from "react";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import { notificationSettings } from "./preferences-service";
import type { Visit } from "./schema";
import { notificationsPage, openNotification, unreadNotificationCount } from "./service";
import { inspectUnsubscribeLink } from "./unsubscribe-service";

/** The header's bell, once per request. */
export const loadUnreadNotificationCount = cache(async () => unreadNotificationCount(await loadViewer()));

export function loadNotifications(after: string | undefined) {
  return forPage("/notifications", (viewer) => notificationsPage(viewer, after));
}

/** /notifications/[id]: where to go (the notification is read from now on). */
export function loadNotificationTarget(id: string) {
  return forPage(`/notifications/${encodeURIComponent(id)}`, (viewer) => openNotification(viewer, id));
}

/**
 * For a page that shows a subject (thread, conversation, request): whether the viewer has unread notifications,
 * from the bell's count the header makes anyway (once per request), so a page marks read only when there is any.
 */
export async function loadVisit(): Promise<Visit> {
  return { unreadNotifications: (await loadUnreadNotificationCount()) > 0 };
}

export function loadNotificationSettings() {
  return forPage("/account/notifications", notificationSettings);
}

/** An unsubscribe link's page: what it would change (signed out; the link is the proof). */
export function loadUnsubscribeLink(token: string) {
  return inspectUnsubscribeLink(token);
}
