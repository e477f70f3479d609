// Who may do what with their own account. Pure: unit-tested in policy.test.ts.
import { isSignedIn } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";

/** Admins and moderators must keep two-step verification; only members may turn it off. */
export function canDisableTwoFactor(viewer: Viewer): boolean {
  return isSignedIn(viewer) && viewer.role === "MEMBER";
}

/** Staff must use two-step verification, so their pages explain why before anything else. */
export function mustKeepTwoFactor(viewer: Viewer): boolean {
  return isSignedIn(viewer) && viewer.role !== "MEMBER";
}
