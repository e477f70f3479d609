import "server-only";
// Members ask to join an organization, withdraw, or leave; its representatives (and admins) decide requests
// and manage who is a member or a representative. Each write re-checks the rows it depends on (mutations.ts).
import { authorize } from "@/lib/auth/authorize";
import { canEnterMemberArea } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { findJoinRequest, findOrganizationForEdit, listMembershipsForManagers, listPendingJoinRequests } from "./data";
import { changeMembershipRole, createJoinRequest, decideJoinRequest, endMembership, withdrawJoinRequest } from "./mutations";
import { canLeaveOrganization, canManageOrganization, canRequestToJoin, canWithdrawJoinRequest } from "./policy";

export async function requestToJoin(viewer: Viewer, input: { organizationId: string; message: string | null }): Promise<{ id: string }> {
  const member = authorize(viewer, canRequestToJoin, { id: input.organizationId });
  return createJoinRequest(member.id, input.organizationId, input.message);
}

/** Only her own request: someone else's id is refused as a request that is no longer open. */
export async function withdrawOwnJoinRequest(viewer: Viewer, input: { requestId: string }): Promise<void> {
  const member = authorize(viewer, canWithdrawJoinRequest);
  await withdrawJoinRequest(member.id, input.requestId);
}

export async function leave(viewer: Viewer, input: { organizationId: string }): Promise<void> {
  const member = authorize(viewer, canLeaveOrganization, { id: input.organizationId });
  await endMembership(member.id, input.organizationId, member.id);
}

/** The requests page: pending requests and everyone in the organization, for those who manage it. */
export async function joinRequestsPage(viewer: Viewer, slug: string) {
  authorize(viewer, canEnterMemberArea);
  const organization = /^[a-z0-9-]{1,120}$/.test(slug) ? await findOrganizationForEdit(slug) : null;
  if (!organization || organization.status === "ARCHIVED") throw new AppError("NOT_FOUND");
  const manager = authorize(viewer, canManageOrganization, organization);
  const [requests, members] = await Promise.all([listPendingJoinRequests(organization.id), listMembershipsForManagers(organization.id)]);
  return { organization: { id: organization.id, slug: organization.slug, name: organization.name, status: organization.status }, requests, members, viewerId: manager.id };
}

export async function decide(viewer: Viewer, input: { requestId: string; decision: "accept" | "decline" }): Promise<{ organizationId: string }> {
  authorize(viewer, canEnterMemberArea);
  const request = await findJoinRequest(input.requestId);
  if (!request) throw new AppError("NOT_FOUND");
  const manager = authorize(viewer, canManageOrganization, { id: request.organizationId });
  return decideJoinRequest(manager.id, input.requestId, input.decision);
}

export async function removeMember(viewer: Viewer, input: { organizationId: string; userId: string }): Promise<void> {
  const manager = authorize(viewer, canManageOrganization, { id: input.organizationId });
  await endMembership(manager.id, input.organizationId, input.userId);
}

export async function changeMemberRole(viewer: Viewer, input: { organizationId: string; userId: string; role: "MEMBER" | "REPRESENTATIVE" }): Promise<void> {
  const manager = authorize(viewer, canManageOrganization, { id: input.organizationId });
  await changeMembershipRole(manager.id, input.organizationId, input.userId, input.role);
}
