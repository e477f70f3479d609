import "server-only";
import { cache } from "react";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import { notificationSettings } from "./preferences-service";
import { notificationsPage, unreadNotificationCount } from "./service";

/** The header's bell, once per request. */
export const loadUnreadNotificationCount = cache(async () => unreadNotificationCount(await loadViewer()));

export function loadNotifications(after: string | undefined) {
  return forPage("/notifications", (viewer) => notificationsPage(viewer, after));
}

export function loadNotificationSettings() {
  return forPage("/account/notifications", notificationSettings);
}
