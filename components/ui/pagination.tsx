import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { cx } from "./class-names";
import { clampPage, pageHref, paginationItems } from "./pagination-items";

export type PaginationProps = {
  /** The list's address, with any filters in its query string; the page parameter is added to it. */
  baseHref: string;
  /** The current page, 1-based (clamped into range). */
  page: number;
  totalPages: number;
  /** The query parameter holding the page. */
  param?: string;
  /** The navigation landmark's name, when a page has more than one list. */
  label?: string;
  className?: string;
};

const itemClasses =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 font-medium no-underline";

/**
 * Previous / numbered pages / next, as plain links: works without JavaScript, and every page has an
 * address that can be bookmarked. Renders nothing when there is only one page.
 */
export function Pagination({ baseHref, page, totalPages, param = "page", label, className }: PaginationProps) {
  const t = useTranslations("ui.pagination");
  if (totalPages <= 1) return null;
  const current = clampPage(page, totalPages);

  return (
    <nav aria-label={label ?? t("label")} className={className}>
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {current > 1 ? (
            <NextLink href={pageHref(baseHref, current - 1, param)} rel="prev" className={cx(itemClasses, "text-brand-700 hover:bg-brand-50")}>
              <span aria-hidden="true">←</span>&nbsp;{t("previous")}
            </NextLink>
          ) : (
            <span aria-disabled="true" className={cx(itemClasses, "text-stone-600")}>
              <span aria-hidden="true">←</span>&nbsp;{t("previous")}
            </span>
          )}
        </li>
        {paginationItems(current, totalPages).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="hidden px-1 text-muted sm:block">
              …
            </li>
          ) : (
            // On narrow screens only the current page shows between Previous and Next.
            <li key={item} className={item === current ? undefined : "hidden sm:block"}>
              <NextLink
                href={pageHref(baseHref, item, param)}
                aria-label={t("page", { page: item })}
                aria-current={item === current ? "page" : undefined}
                className={cx(
                  itemClasses,
                  item === current ? "bg-brand-700 text-white" : "text-brand-700 hover:bg-brand-50",
                )}
              >
                {item}
              </NextLink>
            </li>
          ),
        )}
        <li>
          {current < totalPages ? (
            <NextLink href={pageHref(baseHref, current + 1, param)} rel="next" className={cx(itemClasses, "text-brand-700 hover:bg-brand-50")}>
              {t("next")}&nbsp;<span aria-hidden="true">→</span>
            </NextLink>
          ) : (
            <span aria-disabled="true" className={cx(itemClasses, "text-stone-600")}>
              {t("next")}&nbsp;<span aria-hidden="true">→</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
