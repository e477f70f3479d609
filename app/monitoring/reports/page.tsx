import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink, Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { UserText } from "@/components/ui/user-text";
import { loadReportList, type ReportListRow } from "@/lib/monitoring/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Reports");
  return { title: t("metaTitle") };
}

export default async function ReportsPage({ searchParams }: PageProps<"/monitoring/reports">) {
  const [{ reports, teamWork, next, after }, t, status, format] = await Promise.all([loadReportList(await searchParams), getTranslations("Reports"), getTranslations("ReportStatus"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const list = (rows: ReportListRow[], label: string) => (
    <ul aria-label={label} className="flex flex-col divide-y divide-line rounded-md border border-line bg-surface">
      {rows.map((report) => (
        <li key={report.id} className="flex flex-col gap-1 p-4">
          <Link href={`/monitoring/reports/${report.id}`} className="font-semibold"><UserText>{report.title}</UserText></Link>
          <p className="text-sm text-muted">
            <UserText>{[status(report.status), report.place.name, t("visited", { date: day(report.visitStartedOn) }), report.organization ? t("forOrganization", { name: report.organization.name }) : null].filter(Boolean).join(" · ")}</UserText>
          </p>
        </li>
      ))}
    </ul>
  );
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")}>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/monitoring/new">{t("write")}</ButtonLink>
          <ButtonLink href="/monitoring/places" variant="secondary">{t("places")}</ButtonLink>
        </div>
      </PageHeading>
      {teamWork.length ? (
        <section aria-labelledby="reports-team" className="flex flex-col gap-3">
          <h2 id="reports-team" className="text-xl font-semibold text-ink">{t("teamWork")}</h2>
          {list(teamWork, t("teamWork"))}
        </section>
      ) : null}
      <section aria-labelledby="reports-all" className="flex flex-col gap-3">
        <h2 id="reports-all" className="text-xl font-semibold text-ink">{t("all")}</h2>
        {reports.length === 0 ? <EmptyState title={t("empty")} description={t("emptyHint")} action={<Link href="/monitoring/new">{t("write")}</Link>} /> : list(reports, t("all"))}
      </section>
      <div className="flex flex-wrap gap-6">
        {next ? <Link href={`/monitoring/reports?after=${next}`}>{t("next")}</Link> : null}
        {after ? <Link href="/monitoring/reports">{t("first")}</Link> : null}
      </div>
    </PageContainer>
  );
}
