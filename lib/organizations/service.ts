import "server-only";
// Organizations as members see them, for an explicit viewer; this is where their reads are authorized.
import { authorize } from "@/lib/auth/authorize";
import { canEnterMemberArea } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { organizationsRepresentedBy } from "./data";

/** The organizations the member represents (and may invite to); none for everyone else. */
export async function representedOrganizations(viewer: Viewer) {
  const member = authorize(viewer, canEnterMemberArea);
  return member.representativeOf.length > 0 ? organizationsRepresentedBy(member.id) : [];
}
