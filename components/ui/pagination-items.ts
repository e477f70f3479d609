/** One slot in a pagination bar: a page number or a gap. */
export type PaginationItem = number | "gap";

/**
 * The page numbers to show around the current page: always the first and last, `siblings` either side
 * of the current one, and a gap where pages are skipped. A gap never hides just one page, and short
 * lists show every page. paginationItems(6, 20) -> [1, "gap", 5, 6, 7, "gap", 20]
 */
export function paginationItems(page: number, totalPages: number, siblings = 1): PaginationItem[] {
  const total = Math.max(0, Math.floor(totalPages));
  if (total === 0) return [];
  const current = clampPage(page, total);
  if (total <= 2 * siblings + 5) return Array.from({ length: total }, (_, index) => index + 1);
  const start = Math.max(1, current - siblings);
  const end = Math.min(total, current + siblings);
  const items: PaginationItem[] = [];

  if (start > 1) items.push(1);
  if (start === 3) items.push(2);
  else if (start > 3) items.push("gap");
  for (let n = start; n <= end; n += 1) items.push(n);
  if (end === total - 2) items.push(total - 1);
  else if (end < total - 2) items.push("gap");
  if (end < total) items.push(total);
  return items;
}

/** A page number forced into 1..totalPages (1 for anything that is not a number). */
export function clampPage(page: number, totalPages: number): number {
  if (!Number.isFinite(page)) return 1;
  return Math.min(Math.max(1, Math.floor(page)), Math.max(1, Math.floor(totalPages)));
}

/**
 * The href of `page` built on `baseHref`, keeping its other query parameters. Page 1 has no page
 * parameter, so the first page has one canonical address.
 */
export function pageHref(baseHref: string, page: number, param = "page"): string {
  const url = new URL(baseHref, "http://base.invalid");
  if (page <= 1) url.searchParams.delete(param);
  else url.searchParams.set(param, String(page));
  return `${url.pathname}${url.search}${url.hash}`;
}
