import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { QueueFilters } from "@/components/admin/queue-filters";
import { QueueList } from "@/components/admin/queue-list";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { countryOptions } from "@/lib/countries/format";
import { loadReviewQueue } from "@/lib/applications/loaders";
import { loadVisit } from "@/lib/notifications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminQueue");
  return { title: t("metaTitle") };
}

/** What the decision forms report when they send the reviewer back here. */
const DECISIONS = ["approved", "rejected", "moreInfoRequested"] as const;

export default async function ReviewQueuePage({ searchParams }: PageProps<"/admin/applications">) {
  const params = await searchParams;
  const { filter, rows, total, totalPages, countries } = await loadReviewQueue(params, await loadVisit());
  const [t, decision, settings, locale] = await Promise.all([getTranslations("AdminQueue"), getTranslations("AdminApplication"), getTranslations("MembershipSettings"), getLocale()]);
  const done = DECISIONS.find((outcome) => outcome === params.done);
  const counts = new Map(countries.map((country) => [country.code, country.count]));
  const countryChoices = countryOptions(countries, locale).map((country) => ({ ...country, count: counts.get(country.code) ?? 0 }));
  const query = new URLSearchParams({ status: filter.status, ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.country ? { country: filter.country } : {}) });

  return (
    <PageContainer className="flex flex-col gap-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      {done ? <Alert variant="success">{decision(`done.${done}`)}</Alert> : null}
      <QueueFilters filter={filter} countries={countryChoices} />
      <p role="status">{t("count", { total })}</p>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        <QueueList rows={rows} />
      )}
      <Pagination baseHref={`/admin/applications?${query.toString()}`} page={filter.page} totalPages={totalPages} label={t("paginationLabel")} />
      <Link href="/admin/applications/settings" variant="standalone">
        {settings("settingsLink")}
      </Link>
    </PageContainer>
  );
}
