import "server-only";
// Admins' powers over members, for an explicit viewer; this is where they are authorized.
import { authorize } from "@/lib/auth/authorize";
import { canChangeRoles, canSuspendMembers } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import type { MemberStatus } from "@/lib/generated/prisma/enums";
import { findMemberForAdmin, listMembers, searchMembers } from "./data";
import { changeMemberRole, reinstateMember, suspendMember } from "./mutations";
import type { ChangeRoleInput, MemberFilter, ReinstateMemberInput, SuspendMemberInput } from "./schema";

export const MEMBERS_PAGE_SIZE = 25;

export async function memberList(viewer: Viewer, filter: MemberFilter) {
  authorize(viewer, canSuspendMembers);
  const page = {
    statuses: filter.status === "all" ? (["ACTIVE", "SUSPENDED"] as const satisfies MemberStatus[]) : [filter.status],
    skip: (filter.page - 1) * MEMBERS_PAGE_SIZE,
    take: MEMBERS_PAGE_SIZE,
  };
  const { rows, total } = filter.q ? await searchMembers({ ...page, statuses: [...page.statuses], prefix: filter.q }) : await listMembers({ ...page, statuses: [...page.statuses] });
  return { rows, total, totalPages: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) };
}

/** One member as admins see them (NOT_FOUND when there is none), and whether it is the admin themselves. */
export async function memberForAdmin(viewer: Viewer, userId: string) {
  const admin = authorize(viewer, canSuspendMembers);
  const member = await findMemberForAdmin(userId);
  if (!member) throw new AppError("NOT_FOUND");
  return { member, isSelf: member.id === admin.id };
}

/** An admin cannot lock themselves out: suspending or re-ranking oneself is refused. */
function refuseSelf(viewerId: string, userId: string): void {
  if (viewerId === userId) throw new AppError("FORBIDDEN");
}

export async function suspend(viewer: Viewer, input: SuspendMemberInput): Promise<void> {
  const admin = authorize(viewer, canSuspendMembers);
  refuseSelf(admin.id, input.userId);
  await suspendMember({ ...input, actorId: admin.id });
}

export async function reinstate(viewer: Viewer, input: ReinstateMemberInput): Promise<void> {
  const admin = authorize(viewer, canSuspendMembers);
  refuseSelf(admin.id, input.userId);
  await reinstateMember({ ...input, actorId: admin.id });
}

export async function changeRole(viewer: Viewer, input: ChangeRoleInput): Promise<"changed" | "unchanged"> {
  const admin = authorize(viewer, canChangeRoles);
  refuseSelf(admin.id, input.userId);
  return changeMemberRole({ ...input, actorId: admin.id });
}
