import "server-only";
import { notFound } from "next/navigation";
import { canSuspendMembers } from "@/lib/auth/policy";
import { requirePageViewer } from "@/lib/auth/viewer";
import { memberFilterSchema } from "./schema";
import { memberForAdmin, memberList } from "./service";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function loadMembers(searchParams: Record<string, string | string[] | undefined>) {
  const viewer = await requirePageViewer(canSuspendMembers, "/admin/members");
  const filter = memberFilterSchema.parse({ status: first(searchParams.status), q: first(searchParams.q), page: first(searchParams.page) ?? 1 });
  return { filter, ...(await memberList(viewer, filter)) };
}

export async function loadMember(userId: string) {
  const viewer = await requirePageViewer(canSuspendMembers, `/admin/members/${encodeURIComponent(userId)}`);
  const member = await memberForAdmin(viewer, userId);
  if (!member) notFound();
  return { member, isSelf: member.id === viewer.id };
}
