import "server-only";
import { forPage } from "@/lib/auth/viewer";
import { memberFilterSchema } from "./schema";
import { memberForAdmin, memberList } from "./service";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function loadMembers(searchParams: Record<string, string | string[] | undefined>) {
  const filter = memberFilterSchema.parse({ status: first(searchParams.status), q: first(searchParams.q), page: first(searchParams.page) ?? 1 });
  return { filter, ...(await forPage("/admin/members", (viewer) => memberList(viewer, filter))) };
}

export function loadMember(userId: string) {
  return forPage(`/admin/members/${encodeURIComponent(userId)}`, (viewer) => memberForAdmin(viewer, userId));
}
