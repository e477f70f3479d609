// Pure permission functions. Services call them (through authorize) against the viewer as the database has it now;
// the UI may call them too, to hide what would be refused anyway — never instead of the server check.
import { APPLICANT_STATUSES, type SignedInViewer, type Viewer } from "./viewer-types";

/** A policy: true when the viewer may. (Plain booleans, not type guards: a "no" says nothing about type.) */
export type Policy = (viewer: Viewer) => boolean;
/** A policy about one resource (an organization, later a post or a request), which it takes as an argument. */
export type ResourcePolicy<R> = (viewer: Viewer, resource: R) => boolean;

export function isSignedIn(viewer: Viewer): viewer is SignedInViewer {
  return viewer.kind === "signed-in";
}

/** An approved member in good standing (any role). */
export const isActiveMember: Policy = (viewer) => isSignedIn(viewer) && viewer.status === "ACTIVE";

export const isApplicant: Policy = (viewer) => isSignedIn(viewer) && APPLICANT_STATUSES.includes(viewer.status);

/** Staff powers need two-step verification: an admin or moderator without it can only set it up. */
export const isAdmin: Policy = (viewer) => isActiveMember(viewer) && isSignedIn(viewer) && viewer.role === "ADMIN" && viewer.twoFactorEnabled;

export const isModerator: Policy = (viewer) =>
  isSignedIn(viewer) && isActiveMember(viewer) && (viewer.role === "MODERATOR" || viewer.role === "ADMIN") && viewer.twoFactorEnabled;

/** Staff who still have to enable two-step verification before any staff page or action works. */
export function mustEnableTwoFactor(viewer: Viewer): boolean {
  return isSignedIn(viewer) && viewer.status === "ACTIVE" && viewer.role !== "MEMBER" && !viewer.twoFactorEnabled;
}

// Areas ---------------------------------------------------------------------------------------------

/** Board, directory, organizations, countries, collaborations: members only. */
export const canEnterMemberArea = isActiveMember;
export const canEnterAdminArea = isModerator;

// Membership ----------------------------------------------------------------------------------------

/** Applicants see their own application and nothing else. */
export const canViewOwnApplication = isApplicant;
export const canWithdrawOwnApplication = isApplicant;
export const canApply: Policy = (viewer) => viewer.kind === "anonymous";
export const canReviewApplications = isAdmin;
export const canInviteAsAdmin = isAdmin;
export const canReadMailbox = isAdmin;
export const canSeeJobQueue = isAdmin;
export const canReadAuditLog = isAdmin;
export const canSuspendMembers = isAdmin;
export const canChangeRoles = isAdmin;
export const canChangeMembershipSettings = isAdmin;
/** Asking for, or approving, the reset of a staff member's two-step verification (two different admins). */
export const canResetStaffTwoFactor = isAdmin;

/** A representative may invite people to their own organization; their invitations still go to review. */
export const canInviteToOrganization: ResourcePolicy<{ id: string }> = (viewer, organization) =>
  isAdmin(viewer) || (isSignedIn(viewer) && isActiveMember(viewer) && viewer.representativeOf.includes(organization.id));

// Account -------------------------------------------------------------------------------------------

/** Settings, password, two-step verification and sessions: anyone signed in whose account is open. */
export const canManageOwnAccount: Policy = (viewer) => isActiveMember(viewer) || isApplicant(viewer);

// Profiles ------------------------------------------------------------------------------------------

/** Profiles, the directory, organizations' member lists and the map: approved members only. */
export const canViewMemberProfiles = isActiveMember;
export const canEditOwnProfile = isActiveMember;
/** Lived experience, legal name and email, and fields a member showed only to admins; every read is audited. */
export const canReadPrivateProfileFields = isAdmin;
