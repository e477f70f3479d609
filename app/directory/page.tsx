import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DirectoryFilters, type DirectoryChoices } from "@/components/directory/directory-filters";
import { MemberCardList } from "@/components/profiles/member-card-list";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { countryName } from "@/lib/countries/format";
import { loadMemberDirectory, type MemberDirectory } from "@/lib/directory/loaders";
import { directoryHref, NARROWING_FILTERS } from "@/lib/directory/schema";
import { languageName } from "@/lib/i18n/languages";
import { FilterChips } from "@/components/ui/filter-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Directory");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DirectoryPage({ searchParams }: Props) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [{ filter, cards, next, facets, countsCappedAt }, t, areas, geography, locale] = await Promise.all([
    loadMemberDirectory(await searchParams),
    getTranslations("Directory"),
    getTranslations("AreasOfWork"),
    getTranslations("Geography"),
    getLocale(),
  ]);
  const collator = new Intl.Collator(locale);
  const names = new Map<string, string>();
  const labelled = (facet: keyof DirectoryChoices, rows: Array<{ value: string; label: string; count: number }>, sort = true) => {
    if (sort) rows.sort((a, b) => collator.compare(a.label, b.label));
    return rows.map((row) => {
      names.set(`${facet}:${row.value}`, row.label);
      return { value: row.value, label: countsCappedAt ? row.label : t("option", { label: row.label, count: row.count }) };
    });
  };
  const regionName = (code: string) => (geography.has(`regions.${code}` as never) ? geography(`regions.${code}` as never) : code);
  const choices: DirectoryChoices = {
    continent: labelled("continent", facets.continents.map((row) => ({ ...row, label: geography(`continents.${row.value}` as never) }))),
    region: labelled("region", facets.regions.filter((row) => !filter.continent || row.continent === filter.continent).map((row) => ({ ...row, label: regionName(row.value) }))),
    country: labelled("country", facets.countries.map(({ country, count }) => ({ value: country.code, label: countryName(country, locale), count }))),
    language: labelled("language", facets.languages.map((row) => ({ ...row, label: languageName(row.value, locale) }))),
    area: labelled("area", facets.areas.map((row) => ({ ...row, label: areas(row.value as never) }))),
    rule: labelled("rule", facets.rules.sort((a, b) => Number(a.value) - Number(b.value)).map((row) => ({ ...row, label: t("ruleOption", { number: Number(row.value) }) })), false),
    organization: labelled("organization", facets.organizations),
  };
  const active = NARROWING_FILTERS.flatMap((name) => {
    const value = filter[name];
    if (!value) return [];
    const label = name === "q" ? t("searchChip", { q: value }) : `${t(name)}: ${names.get(`${name}:${value}`) ?? value}`;
    return [{ name, label, href: directoryHref({ ...filter, after: undefined, [name]: undefined }) }];
  });
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")} />
      <DirectoryFilters filter={filter} choices={choices} />
      {countsCappedAt ? <p className="text-sm text-muted">{t("countsCapped", { limit: countsCappedAt })}</p> : null}
      <FilterChips chips={active} label={t("active")} removeLabel={(label) => t("remove", { label })} />
      {cards.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyHint")} action={<Link href="/directory">{t("clear")}</Link>} />
      ) : (
        <section aria-label={t("resultsLabel")}>
          <MemberCardList cards={cards.map((card) => ({ ...card, detail: cardDetail(card, locale, (area) => areas(area as never)) }))} />
        </section>
      )}
      <div className="flex flex-wrap gap-6">
        {next ? <Link href={directoryHref({ ...filter, after: next })}>{t("next")}</Link> : null}
        {filter.after ? <Link href={directoryHref({ ...filter, after: undefined })}>{t("first")}</Link> : null}
      </div>
    </PageContainer>
  );
}

function cardDetail(card: MemberDirectory["cards"][number], locale: string, area: (code: string) => string): string {
  return [card.country ? countryName(card.country, locale) : null, ...card.organizations, ...card.areasOfWork.map(area)].filter(Boolean).join(" · ");
}
