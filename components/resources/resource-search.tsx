import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { controlClasses } from "@/components/ui/field-classes";
import { Link } from "@/components/ui/link";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadResourceSearch } from "@/lib/resources/loaders";
import type { SearchParams } from "@/lib/search-params";
import { ResourceList } from "./resource-card";

/** What the search page searches: the board's posts (its own form) or the resource library. */
export async function SearchScope({ what }: { what: "board" | "resources" }) {
  const t = await getTranslations("ResourceSearch");
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-ink">
      {t("what")}
      <select name="what" defaultValue={what} className={controlClasses(false)}>
        <option value="board">{t("board")}</option>
        <option value="resources">{t("resources")}</option>
      </select>
    </label>
  );
}

/** /search?what=resources: a GET form over the library (title, summary, file text), with highlighted excerpts. */
export async function ResourceSearch({ searchParams }: { searchParams: SearchParams }) {
  const [{ q, resources, next, terms }, t, { countries }] = await Promise.all([loadResourceSearch(searchParams), getTranslations("ResourceSearch"), loadChoices()]);
  const countryNames = new Map(countries.map((country) => [country.code, country.name]));
  return (
    <>
      <form method="get" action="/search" role="search" className="grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-ink sm:col-span-2 lg:col-span-3">
          {t("q")}
          <input type="search" name="q" defaultValue={q} maxLength={120} className={controlClasses(false)} />
        </label>
        <SearchScope what="resources" />
        <Button type="submit" className="self-end sm:col-start-1">{t("search")}</Button>
      </form>
      {terms.length === 0 ? (
        <p className="text-muted">{t("prompt")}</p>
      ) : resources.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <ResourceList resources={resources} countryNames={countryNames} label={t("results")} terms={terms} />
      )}
      {next ? <Link href={`/search?${new URLSearchParams({ what: "resources", q: q ?? "", after: next })}`}>{t("next")}</Link> : null}
    </>
  );
}
