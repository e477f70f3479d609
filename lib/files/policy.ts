// Who may see a stored image: pure rules on the viewer and on what the file belongs to (a profile or an
// organization), so the download decides exactly as the pages that show the image do.
import { isActiveMember, isAdmin, isSignedIn, type ResourcePolicy } from "@/lib/auth/policy";
import type { MemberStatus, OrganizationStatus, Visibility } from "@/lib/generated/prisma/enums";

export type PhotoOwner = { ownerId: string; ownerStatus: MemberStatus; hiddenFromDirectory: boolean; visibility: Visibility };
export type LogoOwner = { organizationId: string; status: OrganizationStatus };

/** What a stored file belongs to; a file nothing points at is shown to nobody. */
export type FileOwners = { profilePhoto: PhotoOwner | null; organizationLogo: LogoOwner | null };

/**
 * A profile photo: its owner and the admins; other members only when the owner is an active member
 * listed in the directory who shows her photo to members.
 */
export const canSeeProfilePhoto: ResourcePolicy<PhotoOwner> = (viewer, photo) => {
  if (!isSignedIn(viewer) || !isActiveMember(viewer)) return false;
  if (viewer.id === photo.ownerId || isAdmin(viewer)) return true;
  return photo.ownerStatus === "ACTIVE" && !photo.hiddenFromDirectory && photo.visibility === "MEMBERS";
};

/** An organization's logo: every member, except while the organization is only proposed (admins and its members). */
export const canSeeOrganizationLogo: ResourcePolicy<LogoOwner> = (viewer, logo) => {
  if (!isSignedIn(viewer) || !isActiveMember(viewer)) return false;
  return logo.status !== "PROPOSED" || isAdmin(viewer) || viewer.organizationIds.includes(logo.organizationId);
};

/** A file may be downloaded when it belongs to something and every owner's rule allows it. */
export const canDownloadFile: ResourcePolicy<FileOwners> = (viewer, owners) => {
  const decisions = [
    ...(owners.profilePhoto ? [canSeeProfilePhoto(viewer, owners.profilePhoto)] : []),
    ...(owners.organizationLogo ? [canSeeOrganizationLogo(viewer, owners.organizationLogo)] : []),
  ];
  return decisions.length > 0 && decisions.every(Boolean);
};
