import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReportBody } from "@/components/monitoring/report-body";
import { ReportButtonForm, RequestReviewForm, ReviewForm } from "@/components/monitoring/review-forms";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, Link } from "@/components/ui/link";
import { loadReportPage } from "@/lib/monitoring/loaders";
import { firstValues } from "@/lib/search-params";

export async function generateMetadata({ params }: PageProps<"/monitoring/reports/[id]">): Promise<Metadata> {
  const { id } = await params;
  const { report } = await loadReportPage(id);
  return { title: report.title };
}

const DONE = ["inReview", "published", "sentBack", "withdrawn"] as const;

export default withClientMessages(["ReportPage", "ReportVisibility", "FormStatus", "ui.button", "ui.formField"], async function ReportPage({ params, searchParams }: PageProps<"/monitoring/reports/[id]">) {
  const { id } = await params;
  const query = firstValues(await searchParams);
  const { report, can, warnings } = await loadReportPage(id);
  const [t] = await Promise.all([getTranslations("ReportPage"), getFormatter()]);
  const done = DONE.find((key) => key === query.done);
  const base = `/monitoring/reports/${report.id}`;
  return (
    <PageContainer className="monitoring-report flex max-w-4xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/monitoring/reports" variant="subtle" className="print-hidden text-sm">{t("allReports")}</Link>
      {done ? <Alert variant="success" className="print-hidden">{t(`done.${done}`)}</Alert> : null}
      <ReportBody report={report} />
      <section aria-labelledby="report-actions" className="print-hidden flex flex-col gap-4 border-t border-line pt-6">
        <h2 id="report-actions" className="sr-only">{t("export")}</h2>
        {can.export ? (
          <nav aria-label={t("export")} className="flex flex-wrap gap-x-6 gap-y-2">
            <Link href={`${base}/export/pdf`} prefetch={false}>{t("exportPdf")}</Link>
            <Link href={`${base}/export/json`} prefetch={false}>{t("exportJson")}</Link>
            <Link href={`${base}/export/csv`} prefetch={false}>{t("exportCsv")}</Link>
          </nav>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {can.edit ? <ButtonLink href={`${base}/edit`}>{t("edit")}</ButtonLink> : null}
          {can.correct ? <ButtonLink href={`${base}/edit`} variant="secondary">{t("correct")}</ButtonLink> : null}
        </div>
        {can.requestReview ? (
          <section aria-labelledby="report-send" className="flex flex-col gap-2">
            <h3 id="report-send" className="text-lg font-semibold text-ink">{t("sendForReview")}</h3>
            <RequestReviewForm reportId={report.id} revision={report.revision} warnings={warnings} />
          </section>
        ) : null}
        {can.review ? (
          <section aria-labelledby="report-review" className="flex flex-col gap-2">
            <h3 id="report-review" className="text-lg font-semibold text-ink">{t("reviewTitle")}</h3>
            <ReviewForm reportId={report.id} revision={report.revision} warnings={warnings} hasOrganization={report.organizationId !== null} />
          </section>
        ) : null}
        {can.followUp ? <ReportButtonForm reportId={report.id} kind="followUp" label={t("followUp")} pendingLabel={t("sending")} /> : null}
        {can.withdraw ? (
          <div className="flex flex-col gap-1">
            <p className="text-sm text-muted">{t("withdrawHint")}</p>
            <ReportButtonForm reportId={report.id} kind="withdraw" label={t("withdraw")} pendingLabel={t("sending")} />
          </div>
        ) : null}
      </section>
    </PageContainer>
  );
});
