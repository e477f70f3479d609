import "server-only";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import { flaggedPostCount, moderationQueue } from "./service";

export function loadModerationQueue(after: string | undefined, afterMessage?: string) {
  return forPage("/admin/moderation", (viewer) => moderationQueue(viewer, after, afterMessage));
}

export async function loadFlaggedPostCount() {
  return flaggedPostCount(await loadViewer());
}
