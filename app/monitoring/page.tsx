import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentLegend } from "@/components/monitoring-overview/assessment";
import { MatrixFilters, type MatrixFilterChoices } from "@/components/monitoring-overview/matrix-filters";
import { MatrixList } from "@/components/monitoring-overview/matrix-list";
import { MatrixTable } from "@/components/monitoring-overview/matrix-table";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink, Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { countryName } from "@/lib/countries/format";
import { closeRegion } from "@/lib/monitoring-overview/format";
import { loadMonitoringMatrix } from "@/lib/monitoring-overview/loaders";
import { GROUPINGS, matrixHref, PLACE_TYPES, SHARED_FILTERS } from "@/lib/monitoring-overview/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MonitoringOverview");
  return { title: t("metaTitle") };
}

export default async function MonitoringPage({ searchParams }: PageProps<"/monitoring">) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [{ filter, grouping, matrix, countries, choices, counted }, t, geography, locale] = await Promise.all([
    loadMonitoringMatrix(await searchParams),
    getTranslations("MonitoringOverview"),
    getTranslations("Geography"),
    getLocale(),
  ]);
  const collator = new Intl.Collator(locale);
  const byName = <T extends { label: string }>(rows: T[]) => rows.sort((a, b) => collator.compare(a.label, b.label));
  const regionName = (code: string) => (geography.has(`regions.${code}` as never) ? geography(`regions.${code}` as never) : code);
  const continentName = (code: string) => (geography.has(`continents.${code}` as never) ? geography(`continents.${code}` as never) : code);
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const label = (code: string) => (grouping === "country" ? countryName(byCode.get(code), locale) || code : grouping === "region" ? regionName(code) : continentName(code));
  const columns = byName(matrix.columns.map((column) => ({ code: column.code, label: label(column.code) })));
  const continents = [...new Set(countries.map((country) => country.continentCode).filter((code): code is string => Boolean(code) && code !== "AN"))];
  const regions = [...new Set(countries.filter((country) => !filter.continent || country.continentCode === filter.continent).map(closeRegion).filter((code): code is string => Boolean(code)))];
  const years = [...new Set([...choices.years, ...(filter.from ? [filter.from] : []), ...(filter.to ? [filter.to] : [])])].sort((a, b) => b - a).map((year) => ({ value: String(year), label: String(year) }));
  const filterChoices: MatrixFilterChoices = {
    by: GROUPINGS.map((value) => ({ value, label: t(value === "country" ? "byCountry" : value === "region" ? "byRegion" : "byContinent") })),
    type: PLACE_TYPES.map((value) => ({ value, label: t(`placeTypes.${value}`) })),
    from: years,
    to: years,
    organization: byName(choices.organizations.map((row) => ({ value: row.slug, label: row.name }))),
    continent: byName(continents.map((value) => ({ value, label: continentName(value) }))),
    region: byName(regions.map((value) => ({ value, label: regionName(value) }))),
  };
  const filtered = SHARED_FILTERS.some((name) => filter[name] !== undefined);
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")}>
        <div className="flex flex-wrap items-center gap-4">
          <ButtonLink href="/monitoring/new">{t("writeReport")}</ButtonLink>
          <Link href="/monitoring/reports" className="inline-flex min-h-11 items-center">
            {t("reports")}
          </Link>
        </div>
      </PageHeading>
      <MatrixFilters filter={filter} choices={filterChoices} />
      {matrix.total === 0 ? (
        <EmptyState
          title={filtered ? t("empty") : t("emptyNetwork")}
          description={filtered ? t("emptyHint") : t("emptyNetworkHint")}
          action={filtered ? <Link href={matrixHref({ by: filter.by })}>{t("clear")}</Link> : <Link href="/monitoring/new">{t("writeReport")}</Link>}
        />
      ) : (
        <>
          <AssessmentLegend />
          <p className="text-sm text-muted">
            {t("totals", { findings: matrix.total, columns: columns.length })} {counted === "now" ? t("countedNow") : t("countedKept")} <span className="hidden sm:inline">{t("scrollHint")}</span>
          </p>
          <div className="sm:hidden">
            <MatrixList matrix={matrix} columns={columns} grouping={grouping} filter={filter} />
          </div>
          <div className="hidden sm:block">
            <MatrixTable matrix={matrix} columns={columns} grouping={grouping} filter={filter} />
          </div>
        </>
      )}
    </PageContainer>
  );
}
