import "server-only";
import { forPage } from "@/lib/auth/viewer";
import { firstValues } from "@/lib/search-params";
import { directoryFilterSchema } from "./schema";
import { memberDirectory } from "./service";

export type { MemberDirectory } from "./service";

export function loadMemberDirectory(searchParams: Record<string, string | string[] | undefined>) {
  const filter = directoryFilterSchema.parse(firstValues(searchParams));
  return forPage("/directory", async (viewer) => ({ filter, ...(await memberDirectory(viewer, filter)) }));
}
