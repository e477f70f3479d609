// Who may do what with resources: pure functions of the viewer and the resource as the database has it now, so
// a withdrawn resource or a suspended member is refused however old the page.
//
// A PUBLISHED resource is read by every active member (NETWORK) or by the members of the organization it was
// published for (ORGANIZATION). A WITHDRAWN one only by its author side (the author, and for an organization's
// resource its representatives), who may restore it. A HIDDEN one only by moderators. Moderators also read a
// resource while it has an open flag (to judge it), never otherwise an organization's own. Applicants, suspended
// and anonymous people read nothing.
import { isActiveMember, isModerator, isSignedIn, type Policy, type ResourcePolicy } from "@/lib/auth/policy";

export type ResourceAccess = {
  authorId: string;
  organizationId: string | null;
  visibility: "NETWORK" | "ORGANIZATION";
  status: "PUBLISHED" | "WITHDRAWN" | "HIDDEN";
  /** Whether it has an open flag, which lets moderators read it. */
  flagged: boolean;
};

export const canUseResources: Policy = isActiveMember;

/** The author, and the representatives of the organization it was published for. */
export const isAuthorSide: ResourcePolicy<ResourceAccess> = (viewer, resource) =>
  isActiveMember(viewer) && isSignedIn(viewer) && (viewer.id === resource.authorId || (resource.organizationId !== null && viewer.representativeOf.includes(resource.organizationId)));

/** Who it is meant for: the network, or the organization's members (and always its author side). */
const isAudience: ResourcePolicy<ResourceAccess> = (viewer, resource) =>
  isActiveMember(viewer) &&
  isSignedIn(viewer) &&
  (resource.visibility === "NETWORK" || (resource.organizationId !== null && viewer.organizationIds.includes(resource.organizationId)) || isAuthorSide(viewer, resource));

export const canReadResource: ResourcePolicy<ResourceAccess> = (viewer, resource) => {
  if (resource.status === "HIDDEN") return isModerator(viewer);
  if (resource.flagged && isModerator(viewer)) return true;
  return resource.status === "PUBLISHED" ? isAudience(viewer, resource) : isAuthorSide(viewer, resource);
};

/** Downloading a file or following the link: whoever may read it. */
export const canDownloadResource = canReadResource;

/** Editing the description, replacing the file or the link (a new version): the author side, while published. */
export const canEditResource: ResourcePolicy<ResourceAccess> = (viewer, resource) => isAuthorSide(viewer, resource) && resource.status === "PUBLISHED";
export const canWithdrawResource = canEditResource;
export const canRestoreResource: ResourcePolicy<ResourceAccess> = (viewer, resource) => isAuthorSide(viewer, resource) && resource.status === "WITHDRAWN";

/** Flagging: anyone it is meant for, except its author side, while published. */
export const canFlagResource: ResourcePolicy<ResourceAccess> = (viewer, resource) => resource.status === "PUBLISHED" && isAudience(viewer, resource) && !isAuthorSide(viewer, resource);

/** Hiding (and restoring what was hidden) is the moderators' (the queue's own rules add: never one's own). */
export const canHideResource: ResourcePolicy<ResourceAccess> = (viewer, resource) => isModerator(viewer) && resource.status !== "HIDDEN";
export const canUnhideResource: ResourcePolicy<ResourceAccess> = (viewer, resource) => isModerator(viewer) && resource.status === "HIDDEN";
