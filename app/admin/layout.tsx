import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { TimeZoneNote } from "@/components/admin/time-zone-note";
import { loadPendingCount } from "@/lib/applications/loaders";
import { canEnterAdminArea, canReviewApplications } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadFlaggedPostCount } from "@/lib/moderation/loaders";

/**
 * The admin navigation, for staff only. It protects nothing: every admin page and action checks its own
 * policy (a layout is not re-run for every request, and actions do not pass through it). Others see the
 * page alone, which sends them to sign in, to the two-step set-up, or to "not found".
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await loadViewer();
  if (!canEnterAdminArea(viewer)) return children;
  const [pendingCount, flaggedCount] = await Promise.all([loadPendingCount(), loadFlaggedPostCount()]);
  return (
    <>
      <AdminNav pendingCount={pendingCount} flaggedCount={flaggedCount} showAdminTools={canReviewApplications(viewer)} />
      <TimeZoneNote />
      {children}
    </>
  );
}
