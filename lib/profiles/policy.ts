// What of a profile a viewer may see: pure rules over the viewer and the profile's own settings. The data
// layer (lib/profiles/data.ts) selects exactly these fields; a component never receives a field to hide.
import { isAdmin, isActiveMember, isSignedIn } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { MemberStatus, Visibility } from "@/lib/generated/prisma/enums";
import { PROFILE_FIELD_NAMES, PROFILE_FIELDS, type ProfileField, type VisibilityColumn } from "./schema";

/** What the rules need to know about the person whose profile is read. */
export type ProfileSubject = {
  userId: string;
  status: MemberStatus;
  hiddenFromDirectory: boolean;
  visibility: Record<VisibilityColumn, Visibility>;
};

/**
 * What `viewer` sees of `subject`:
 * - nothing (null) for anyone who is not an approved member, and for a subject who is not an approved
 *   member (suspended, rejected, applicants, erased) unless the viewer is an admin or the subject;
 * - the member themself: every field;
 * - other members: the fields shown to the network — none when the subject hides their profile, who then
 *   appears by display name only;
 * - admins: what the network sees (also of hidden and non-active people), and every field only when they
 *   ask for the private fields (`privateRead`), a read the service records in the audit log.
 */
export function visibleProfileFields(viewer: Viewer, subject: ProfileSubject, { privateRead = false } = {}): Set<ProfileField> | null {
  if (!isActiveMember(viewer) || !isSignedIn(viewer)) return null;
  if (viewer.id === subject.userId) return new Set(PROFILE_FIELD_NAMES);
  const admin = isAdmin(viewer);
  if (admin && privateRead) return new Set(PROFILE_FIELD_NAMES);
  if (subject.status !== "ACTIVE" && !admin) return null;
  if (subject.hiddenFromDirectory && !admin) return new Set();
  return new Set(PROFILE_FIELD_NAMES.filter((field) => subject.visibility[PROFILE_FIELDS[field]] === "MEMBERS"));
}

/** The fields in `fields` that `subject` shows only to admins: an admin reading them leaves an audit entry. */
export function privateFieldsIn(fields: Iterable<ProfileField>, subject: ProfileSubject): ProfileField[] {
  return [...fields].filter((field) => subject.visibility[PROFILE_FIELDS[field]] === "ADMINS");
}

/** Whether the subject appears in the directory, organizations' member lists and the map's counts. */
export function isListed(subject: Pick<ProfileSubject, "status" | "hiddenFromDirectory">): boolean {
  return subject.status === "ACTIVE" && !subject.hiddenFromDirectory;
}
