import { getLocale, getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink, Link } from "@/components/ui/link";
import type { BoardOverview } from "@/lib/board/loaders";
import type { ThreadListFilter } from "@/lib/board/schema";
import { localized } from "./category-name";
import { Button } from "@/components/ui/button";
import { markBoardReadAction } from "@/lib/board/actions";
import { ThreadList } from "./thread-list";
import { WatchForm } from "./watch-form";
import { ViewTabs } from "./view-tabs";

/** /board and a category's page: heading, the start button, the five lists, one page of threads, the categories. */
export async function BoardListing({ board, filter }: { board: BoardOverview; filter: ThreadListFilter }) {
  const [t, watch, locale] = await Promise.all([getTranslations("Board"), getTranslations("BoardWatch"), getLocale()]);
  const { category } = board;
  const base = category ? `/board/c/${category.slug}` : "/board";
  const title = category ? localized(category.names, locale) : t("title");
  const nextHref = board.next ? `${base}?${new URLSearchParams({ ...(filter.view !== "latest" ? { view: filter.view } : {}), after: board.next })}` : null;
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex max-w-3xl flex-col gap-2">
          {category ? <Link href="/board" variant="subtle" className="text-sm">{t("allCategories")}</Link> : null}
          <h1 className="text-3xl font-semibold tracking-tight text-ink">{title}</h1>
          <p className="text-muted">{category ? localized(category.descriptions, locale) : t("intro")}</p>
          {category?.staffStartsThreads ? <p className="text-sm text-muted">{t("staffStarts")}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-4 self-start">
          <Link href={category ? `/search?category=${category.slug}` : "/search"}>{t("search")}</Link>
          {board.canStartHere ? (
            <ButtonLink href={category ? `/board/new?category=${category.slug}` : "/board/new"}>
              {category ? t("startHere", { category: title }) : t("startThread")}
            </ButtonLink>
          ) : null}
        </div>
      </div>
      <ViewTabs base={base} current={filter.view} />
      {category && board.watchLevel ? <WatchForm target={{ category: category.slug }} current={board.watchLevel} /> : null}
      {filter.view === "unread" && board.threads.length > 0 ? (
        <form action={markBoardReadAction}>
          <Button type="submit" variant="secondary" size="sm">{watch("markAllRead")}</Button>
        </form>
      ) : null}
      {board.threads.length === 0 ? (
        <EmptyState title={t(`empty.${filter.view}`)} headingLevel={2} />
      ) : (
        <ThreadList threads={board.threads} label={t("threadsLabel")} showCategory={!category} />
      )}
      <div className="flex flex-wrap gap-6">
        {nextHref ? <Link href={nextHref}>{t("next")}</Link> : null}
        {filter.after ? <Link href={filter.view === "latest" ? base : `${base}?view=${filter.view}`}>{t("first")}</Link> : null}
      </div>
      {!category ? (
        <section aria-labelledby="board-categories" className="flex flex-col gap-3">
          <h2 id="board-categories" className="text-xl font-semibold text-ink">{t("categories")}</h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {board.categories.map((row) => (
              <li key={row.id} className="flex flex-col gap-1 rounded-lg border border-line bg-surface p-4">
                <Link href={`/board/c/${row.slug}`} className="font-medium">{localized(row.names, locale)}</Link>
                <p className="text-sm text-muted">{localized(row.descriptions, locale)}</p>
                <p className="text-xs text-muted">{t("threadCount", { count: row.threadCount })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageContainer>
  );
}
