import "server-only";
import { forPage } from "@/lib/auth/viewer";
import { directoryFilterSchema } from "./schema";
import { memberDirectory } from "./service";

export type { MemberDirectory } from "./service";

export function loadMemberDirectory(searchParams: Record<string, string | string[] | undefined>) {
  const single = Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const filter = directoryFilterSchema.parse(single);
  return forPage("/directory", async (viewer) => ({ filter, ...(await memberDirectory(viewer, filter)) }));
}
