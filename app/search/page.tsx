import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/board/category-name";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { controlClasses } from "@/components/ui/field-classes";
import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { userTextProps } from "@/components/ui/user-text";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadBoardSearch } from "@/lib/board/loaders";
import { ResourceSearch, SearchScope } from "@/components/resources/resource-search";
import { APPLICATION_LANGUAGES, languageName } from "@/lib/i18n/languages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("BoardSearch");
  return { title: t("metaTitle") };
}

const RULES = Array.from({ length: 70 }, (_, index) => index + 1);

/**
 * /search: a GET form (works without JavaScript) over the board's posts, with highlighted, escaped excerpts — or,
 * with `what=resources`, over the resource library (components/resources/resource-search.tsx).
 */
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const params = await searchParams;
  if (params.what === "resources") {
    const [t, library] = await Promise.all([getTranslations("BoardSearch"), getTranslations("ResourceSearch")]);
    return (
      <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
        <PageHeading title={t("title")} intro={library("intro")} />
        <ResourceSearch searchParams={params} />
      </PageContainer>
    );
  }
  const [{ search, categories, hits, hasMore, terms, rankedOfNewest }, t, format, locale] = await Promise.all([loadBoardSearch(params), getTranslations("BoardSearch"), getFormatter(), getLocale()]);
  const field = "flex flex-col gap-1 text-sm font-medium text-ink";
  const href = (page: number) => `/search?${new URLSearchParams(Object.entries({ ...search, page: String(page) }).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "").map(([key, value]) => [key, String(value)]))}`;
  const now = new Date();
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")} />
      <form method="get" action="/search" role="search" className="grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3">
        <label className={`${field} sm:col-span-2 lg:col-span-3`}>
          {t("q")}
          <input type="search" name="q" defaultValue={search.q} maxLength={200} className={controlClasses(false)} />
        </label>
        <SearchScope what="board" />
        <label className={field}>
          {t("category")}
          <select name="category" defaultValue={search.category ?? ""} className={controlClasses(false)}>
            <option value="">{t("anyCategory")}</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>{localized(category.names, locale)}</option>
            ))}
          </select>
        </label>
        <label className={field}>
          {t("rule")}
          <select name="rule" defaultValue={search.rule ? String(search.rule) : ""} className={controlClasses(false)}>
            <option value="">{t("anyRule")}</option>
            {RULES.map((rule) => (
              <option key={rule} value={rule}>{t("ruleOption", { number: rule })}</option>
            ))}
          </select>
        </label>
        <label className={field}>
          {t("language")}
          <select name="language" defaultValue={search.language ?? ""} className={controlClasses(false)}>
            <option value="">{t("anyLanguage")}</option>
            {APPLICATION_LANGUAGES.map((code) => (
              <option key={code} value={code}>{languageName(code, locale)}</option>
            ))}
          </select>
        </label>
        <label className={field}>
          {t("country")}
          <input name="country" defaultValue={search.country} maxLength={2} placeholder="KE" className={controlClasses(false, "uppercase")} />
        </label>
        <label className={field}>
          {t("author")}
          <input name="author" defaultValue={search.author} maxLength={16} aria-describedby="search-author-hint" className={controlClasses(false)} />
          <span id="search-author-hint" className="font-normal text-muted">{t("authorHint")}</span>
        </label>
        <label className={field}>
          {t("since")}
          <input type="date" name="since" defaultValue={search.since} className={controlClasses(false)} />
        </label>
        <Button type="submit" className="self-end sm:col-start-1">{t("search")}</Button>
      </form>
      {terms.length === 0 ? (
        <p className="text-muted">{t("prompt")}</p>
      ) : hits.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <ol aria-label={t("results")} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {hits.map((hit) => (
            <li key={hit.postId} className="flex flex-col gap-1 p-4">
              <Link href={`/board/t/${hit.threadId}/${hit.threadSlug}/${hit.number}#post-${hit.number}`} {...userTextProps("font-medium")}>{hit.threadTitle}</Link>
              <p className="text-sm text-muted">{t("in", { category: localized(hit.categoryNames, locale), author: hit.authorName ?? "", when: format.relativeTime(hit.createdAt, now) })}</p>
              <p {...userTextProps("text-sm text-ink")}>
                {hit.snippet.map((part, index) => (part.match ? <mark key={index} className="rounded bg-brand-100 px-0.5 text-ink">{part.text}</mark> : <span key={index}>{part.text}</span>))}
              </p>
            </li>
          ))}
        </ol>
      )}
      {rankedOfNewest ? <p className="text-sm text-muted">{t("narrowed", { count: rankedOfNewest })}</p> : null}
      <div className="flex flex-wrap gap-6">
        {search.page > 1 ? <Link href={href(search.page - 1)}>{t("previous")}</Link> : null}
        {hasMore ? <Link href={href(search.page + 1)}>{t("next")}</Link> : null}
      </div>
    </PageContainer>
  );
}
