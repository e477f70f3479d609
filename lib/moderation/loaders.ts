import "server-only";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import type { Visit } from "@/lib/notifications/schema";
import { itemToFlag } from "./flag-service";
import { moderationItem, moderationQueue } from "./queue-service";
import type { ItemFlagInput, QueueFilter } from "./schema";
import { flaggedPostCount } from "./service";

export function loadModerationQueue(filter: QueueFilter, visit?: Visit) {
  return forPage("/admin/moderation", (viewer) => moderationQueue(viewer, filter, visit));
}

export function loadModerationItem(itemId: string) {
  return forPage(`/admin/moderation/${encodeURIComponent(itemId)}`, (viewer) => moderationItem(viewer, itemId));
}

export function loadItemToFlag(targetType: ItemFlagInput["targetType"], targetId: string) {
  return forPage(`/flag/${targetType}/${encodeURIComponent(targetId)}`, (viewer) => itemToFlag(viewer, targetType, targetId));
}

export async function loadFlaggedPostCount() {
  return flaggedPostCount(await loadViewer());
}
