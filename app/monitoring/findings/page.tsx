import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FindingList } from "@/components/monitoring-overview/finding-list";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { countryName } from "@/lib/countries/format";
import { loadMonitoringFindings } from "@/lib/monitoring-overview/loaders";
import { ASSESSMENTS, findingsHref, matrixHref } from "@/lib/monitoring-overview/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MonitoringFindings");
  return { title: t("metaTitle") };
}

/** The findings behind a cell of the matrix (or any of its filters), newest visit first, a page at a time. */
export default async function MonitoringFindingsPage({ searchParams }: PageProps<"/monitoring/findings">) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [{ filter, organization, countries, items, next }, t, overview, titles, geography, locale] = await Promise.all([
    loadMonitoringFindings(await searchParams),
    getTranslations("MonitoringFindings"),
    getTranslations("MonitoringOverview"),
    getTranslations("RuleTitles"),
    getTranslations("Geography"),
    getLocale(),
  ]);
  const countryNames = new Map(countries.map((country) => [country.code, countryName(country, locale)]));
  const place = filter.country
    ? (countryNames.get(filter.country) ?? filter.country)
    : filter.region && geography.has(`regions.${filter.region}` as never)
      ? geography(`regions.${filter.region}` as never)
      : filter.continent && geography.has(`continents.${filter.continent}` as never)
        ? geography(`continents.${filter.continent}` as never)
        : null;
  const inForce = [
    filter.type ? overview(`placeTypes.${filter.type}`) : null,
    filter.from || filter.to ? [filter.from, filter.to].filter(Boolean).join("–") : null,
    organization?.name ?? null,
  ].filter(Boolean);
  const { after: _after, assessment: _assessment, ...cell } = filter;
  const title = filter.rule ? t("titleRule", { number: filter.rule, title: titles(String(filter.rule) as never) }) : t("title");
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <div className="flex max-w-3xl flex-col gap-2">
        <Link href={matrixHref({ ...filter, by: filter.country || !place ? undefined : filter.region ? "region" : "continent" })} variant="subtle" className="text-sm">
          {t("backToMatrix")}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{title}</h1>
        {place ? <p className="text-muted">{t("where", { place })}</p> : null}
        {inForce.length ? <p className="text-muted">{t("filtersInForce", { filters: inForce.join(" · ") })}</p> : null}
      </div>
      <nav aria-label={t("assessmentLabel")} className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-ink">{t("assessmentLabel")}:</span>
        <Link href={findingsHref(cell)} aria-current={filter.assessment ? undefined : "page"} className="inline-flex min-h-11 items-center rounded-full border border-control px-4 text-sm aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold">
          {t("allAssessments")}
        </Link>
        {ASSESSMENTS.map((assessment) => (
          <Link
            key={assessment}
            href={findingsHref({ ...cell, assessment })}
            aria-current={filter.assessment === assessment ? "page" : undefined}
            className="inline-flex min-h-11 items-center rounded-full border border-control px-4 text-sm aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
          >
            {overview(`assessments.${assessment}`)}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyHint")} action={<Link href="/monitoring">{t("backToMatrix")}</Link>} />
      ) : (
        <FindingList findings={items} countryNames={countryNames} label={t("listLabel")} showRule={!filter.rule} />
      )}
      <div className="flex flex-wrap gap-6">
        {next ? <Link href={findingsHref({ ...filter, after: next })}>{t("next")}</Link> : null}
        {filter.after ? <Link href={findingsHref({ ...filter, after: undefined })}>{t("first")}</Link> : null}
      </div>
    </PageContainer>
  );
}
