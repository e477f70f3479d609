import "server-only";
// The board's search, for an explicit viewer: the words as prefix terms over the folded text (lib/search), the
// filters of the form, readable posts only, best first. The page is the place where the directory and the
// collaboration requests will join later (a scope per kind of result).
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { prefixTsquery, searchTerms, snippet } from "@/lib/search/text";
import { listCategories, SEARCH_CANDIDATES, searchPosts } from "./data";
import { canModerateBoard, canReadBoard } from "./policy";
import type { BoardSearch } from "./schema";

export const SEARCH_PAGE = 20;

export async function searchBoard(requester: Viewer, search: BoardSearch) {
  const viewer = authorize(requester, canReadBoard);
  const staff = canModerateBoard(viewer);
  const terms = searchTerms(search.q);
  const tsquery = prefixTsquery(terms);
  const categories = await listCategories(staff);
  if (!tsquery) return { terms, categories, hits: [], hasMore: false, rankedOfNewest: null };
  const since = search.since ? new Date(`${search.since}T00:00:00Z`) : undefined;
  const rows = await searchPosts({
    tsquery,
    staff,
    categorySlug: search.category,
    rule: search.rule,
    country: search.country,
    language: search.language,
    authorHandle: search.author,
    since: since && !Number.isNaN(since.getTime()) ? since : undefined,
    offset: (search.page - 1) * SEARCH_PAGE,
    take: SEARCH_PAGE,
  });
  const hits = rows.slice(0, SEARCH_PAGE).map(({ source, candidateCount: _, ...hit }) => ({ ...hit, snippet: snippet(source, terms) }));
  // More matches than are ranked: the newest were kept, and the page says so.
  const rankedOfNewest = (rows[0]?.candidateCount ?? 0) >= SEARCH_CANDIDATES ? SEARCH_CANDIDATES : null;
  return { terms, categories, hits, hasMore: rows.length > SEARCH_PAGE, rankedOfNewest };
}

export type BoardSearchResult = Awaited<ReturnType<typeof searchBoard>>;
