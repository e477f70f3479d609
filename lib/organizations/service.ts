import "server-only";
// Organizations as members see them, for an explicit viewer; this is where their reads are authorized.
import { authorize } from "@/lib/auth/authorize";
import { canEnterMemberArea, canViewMemberProfiles, isAdmin } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { countriesWithOrganizations, findOpenJoinRequest, findOrganizationBySlug, listOrganizationMembers, listOrganizationsPage, organizationsRepresentedBy } from "./data";
import { canManageOrganization, canRequestToJoin } from "./policy";
import type { OrganizationFilter } from "./schema";

/** The organizations the member represents (and may invite to); none for everyone else. */
export async function representedOrganizations(viewer: Viewer) {
  const member = authorize(viewer, canEnterMemberArea);
  return member.representativeOf.length > 0 ? organizationsRepresentedBy(member.id) : [];
}

/**
 * An organization's page, by its address. Active organizations are for every member; a proposed one only for
 * admins and its own members (it is not verified yet); a merged one sends to the organization it became.
 */
export async function organizationPage(viewer: Viewer, slug: string) {
  const member = authorize(viewer, canViewMemberProfiles);
  const organization = /^[a-z0-9-]{1,120}$/.test(slug) ? await findOrganizationBySlug(slug) : null;
  if (!organization) throw new AppError("NOT_FOUND");
  if (organization.mergedInto) return { mergedInto: organization.mergedInto.slug } as const;
  const ownMember = member.organizationIds.includes(organization.id);
  if (organization.status === "PROPOSED" && !isAdmin(member) && !ownMember) throw new AppError("NOT_FOUND");
  const [members, ownRequest] = await Promise.all([
    // An archived organization keeps its memberships (it may be restored) but lists nobody.
    organization.status === "ARCHIVED" ? [] : listOrganizationMembers(organization.id),
    ownMember ? null : findOpenJoinRequest(organization.id, member.id),
  ]);
  return {
    mergedInto: null,
    organization,
    members,
    isRepresentative: member.representativeOf.includes(organization.id),
    isMember: ownMember,
    canManage: canManageOrganization(member, organization),
    canRequestToJoin: organization.status === "ACTIVE" && canRequestToJoin(member, organization),
    ownRequest,
  } as const;
}

/** How many organizations the list shows at a time. */
export const ORGANIZATIONS_PAGE = 30;

/** The organizations list for members: a page of results and the countries its filter offers. */
export async function organizationDirectory(viewer: Viewer, filter: OrganizationFilter) {
  authorize(viewer, canViewMemberProfiles);
  const [page, countries] = await Promise.all([listOrganizationsPage(filter, ORGANIZATIONS_PAGE), countriesWithOrganizations()]);
  return { ...page, countries };
}
