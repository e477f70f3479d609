// Who may do what with their own account. Pure: unit-tested in policy.test.ts.
import { isSignedIn } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { LinkTokenState } from "./schema";

/** Admins and moderators must keep two-step verification; only members may turn it off. */
export function canDisableTwoFactor(viewer: Viewer): boolean {
  return isSignedIn(viewer) && viewer.role === "MEMBER";
}

/** Staff must use two-step verification, so their pages explain why before anything else. */
export function mustKeepTwoFactor(viewer: Viewer): boolean {
  return isSignedIn(viewer) && viewer.role !== "MEMBER";
}

/** What an emailed link (password reset, email change) is still worth: it works once, before it expires, for an account that may sign in. */
export function tokenState(row: { usedAt: Date | null; expiresAt: Date; user: { status: string } } | null, now = new Date()): LinkTokenState {
  if (!row || row.user.status === "SUSPENDED" || row.user.status === "REJECTED") return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
