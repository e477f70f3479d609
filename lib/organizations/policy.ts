// Who may do what with an organization: pure rules on the viewer (as the database had it at the start of the
// request) and the organization. Decisions that depend on rows that may change meanwhile (is the request still
// pending, is she still a representative) are checked again inside the write's transaction.
import { isActiveMember, isAdmin, isSignedIn, type Policy, type ResourcePolicy } from "@/lib/auth/policy";

export type OrganizationRef = { id: string };

/** Edit its details and logo, decide join requests, change members' roles: its representatives and admins. */
export const canManageOrganization: ResourcePolicy<OrganizationRef> = (viewer, organization) =>
  isAdmin(viewer) || (isSignedIn(viewer) && isActiveMember(viewer) && viewer.representativeOf.includes(organization.id));

/** Ask to join: any member in good standing who does not belong to it yet. */
export const canRequestToJoin: ResourcePolicy<OrganizationRef> = (viewer, organization) =>
  isSignedIn(viewer) && isActiveMember(viewer) && !viewer.organizationIds.includes(organization.id);

/** Leave it: its own members (the last representative is held back by the write itself). */
export const canLeaveOrganization: ResourcePolicy<OrganizationRef> = (viewer, organization) =>
  isSignedIn(viewer) && isActiveMember(viewer) && viewer.organizationIds.includes(organization.id);

/** Withdraw one's own join request (whose it is, is checked by the write). */
export const canWithdrawJoinRequest: Policy = isActiveMember;

/** Verify, archive and merge organizations: admins with two-step verification. */
export const canAdministerOrganizations: Policy = isAdmin;
