import "server-only";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import type { Visit } from "@/lib/notifications/schema";
import { flaggedPostCount, moderationQueue } from "./service";

export function loadModerationQueue(after: string | undefined, afterMessage?: string, visit?: Visit) {
  return forPage("/admin/moderation", (viewer) => moderationQueue(viewer, after, afterMessage, visit));
}

export async function loadFlaggedPostCount() {
  return flaggedPostCount(await loadViewer());
}
