import "server-only";
import { cache } from "react";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import { notificationsPage, unreadNotificationCount } from "./service";
import { inspectUnsubscribeLink } from "./unsubscribe-service";

/** The header's bell, once per request. */
export const loadUnreadNotificationCount = cache(async () => unreadNotificationCount(await loadViewer()));

export function loadNotifications(after: string | undefined) {
  return forPage("/notifications", (viewer) => notificationsPage(viewer, after));
}

/** An unsubscribe link's page: what it would change (signed out; the link is the proof). */
export function loadUnsubscribeLink(token: string) {
  return inspectUnsubscribeLink(token);
}
