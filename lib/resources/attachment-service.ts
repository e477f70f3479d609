import "server-only";
// Attaching resources, for an explicit viewer: the picker's search (the library's own list query, by words). The
// writing services of the board, requests and conversations check what is attached themselves, with
// `resolveAttachments` (data.ts), in their own use case, and their previews show it.
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { prefixTsquery, searchTerms } from "@/lib/search/text";
import { listResources } from "./data";
import { canUseResources } from "./policy";

/** Choices the picker offers at a time. */
export const PICKER_CHOICES = 8;

/** The picker: resources the viewer may attach whose title, summary or file text match the words, newest first. */
export async function resourceChoices(requester: Viewer, q: string) {
  const viewer = authorize(requester, canUseResources);
  const tsquery = prefixTsquery(searchTerms(q.slice(0, 200)));
  if (!tsquery) return [];
  const rows = await listResources({ organizationIds: viewer.organizationIds, tokens: [], tsquery, cursor: null, take: PICKER_CHOICES });
  return rows.slice(0, PICKER_CHOICES).map((row) => ({ id: row.id, title: row.title, type: row.type, languages: row.languages, organizationName: row.organizationName, year: row.year }));
}

export type ResourceChoice = Awaited<ReturnType<typeof resourceChoices>>[number];
