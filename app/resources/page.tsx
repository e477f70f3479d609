import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResourceList } from "@/components/resources/resource-card";
import { ResourceFilters, type ResourceFilterChoices } from "@/components/resources/resource-filters";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterChips } from "@/components/ui/filter-form";
import { ButtonLink, Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { tagFilterChoices } from "@/components/ui/tag-filter-choices";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadResourceList } from "@/lib/resources/loaders";
import { NARROWING_FILTERS, RESOURCE_TYPES, resourceListHref } from "@/lib/resources/schema";
import { searchTerms } from "@/lib/search/text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Resources");
  return { title: t("metaTitle") };
}

export default async function ResourcesPage({ searchParams }: PageProps<"/resources">) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [{ filter, resources, next, choices: found, organization }, { countries, languages }, t, types] = await Promise.all([
    loadResourceList(await searchParams),
    loadChoices(),
    getTranslations("Resources"),
    getTranslations("ResourceTypes"),
  ]);
  const countryNames = new Map(countries.map((country) => [country.code, country.name]));
  const choices: ResourceFilterChoices = {
    type: RESOURCE_TYPES.map((type) => ({ value: type, label: types(type) })),
    ...(await tagFilterChoices({ found, continent: filter.continent, organization, countries, languages, ruleLabel: (number) => t("ruleOption", { number }) })),
    year: [...new Set([...found.years.map(String), ...(filter.year ? [filter.year] : [])])].map((year) => ({ value: year, label: year })),
  };
  const labelOf = (name: (typeof NARROWING_FILTERS)[number], value: string) => (name === "q" ? t("searchChip", { q: value }) : `${t(name)}: ${choices[name].find((option) => option.value === value)?.label ?? value}`);
  const active = NARROWING_FILTERS.flatMap((name) => {
    const value = filter[name];
    return value ? [{ name, label: labelOf(name, value), href: resourceListHref({ ...filter, after: undefined, [name]: undefined }) }] : [];
  });
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")}>
        <ButtonLink href="/resources/new" className="self-start">{t("share")}</ButtonLink>
      </PageHeading>
      <ResourceFilters filter={filter} choices={choices} />
      <FilterChips chips={active} label={t("active")} removeLabel={(label) => t("remove", { label })} />
      {resources.length === 0 ? (
        <EmptyState
          title={active.length ? t("empty") : t("emptyLibrary")}
          description={active.length ? t("emptyHint") : t("emptyLibraryHint")}
          action={active.length ? <Link href="/resources">{t("clear")}</Link> : <Link href="/resources/new">{t("share")}</Link>}
        />
      ) : (
        <ResourceList resources={resources} countryNames={countryNames} label={t("resultsLabel")} terms={searchTerms(filter.q)} />
      )}
      <div className="flex flex-wrap gap-6">
        {next ? <Link href={resourceListHref({ ...filter, after: next })}>{t("next")}</Link> : null}
        {filter.after ? <Link href={resourceListHref({ ...filter, after: undefined })}>{t("first")}</Link> : null}
      </div>
    </PageContainer>
  );
}
