import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { EvidenceFiles } from "@/components/monitoring/evidence-files";
import { ReportForm } from "@/components/monitoring/report-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { buildRuleGroups } from "@/lib/bangkok-rules/reference-data";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadReportForEdit } from "@/lib/monitoring/loaders";
import { REPORT_LANGUAGES, REPORT_LIMITS } from "@/lib/monitoring/schema";
import { firstValues } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ReportForm");
  return { title: t("editTitle") };
}

const RULE_GROUPS = buildRuleGroups();
const DONE = ["started", "saved", "followUp", "evidenceAdded", "evidenceRemoved"] as const;

export default withClientMessages(["ReportForm", "BangkokRules", "RuleTitles", "Assessments", "Priorities", "FollowUps", "FormStatus", "ui.button", "ui.formField"], async function EditReportPage({ params, searchParams }: PageProps<"/monitoring/reports/[id]/edit">) {
    const { id } = await params;
    const query = firstValues(await searchParams);
    const { report, values, digest, places, correcting } = await loadReportForEdit(id);
    const [{ languages }, t, types, format] = await Promise.all([loadChoices(), getTranslations("ReportForm"), getTranslations("PlaceTypes"), getFormatter()]);
    const done = DONE.find((key) => key === query.done);
    const written = report.recommendations.length;
    const carried = Object.fromEntries(report.recommendations.flatMap((recommendation, index) => (recommendation.carriedFrom ? [[index + 1, { number: recommendation.carriedFrom.number }]] : [])));
    const placeOptions = places.map((place) => ({ value: place.id, label: [place.name, place.locality, types(place.type)].filter(Boolean).join(" · ") }));
    if (!places.some((place) => place.id === report.placeId)) placeOptions.unshift({ value: report.place.id, label: report.place.name });
    return (
      <PageContainer className="flex max-w-4xl flex-col gap-6 py-8 lg:py-10">
        <Link href={`/monitoring/reports/${report.id}`} variant="subtle" className="text-sm">{t("viewReport")}</Link>
        {done ? <Alert variant="success">{t(`done.${done}`)}</Alert> : null}
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-semibold tracking-tight text-ink">{correcting ? t("correctTitle") : t("editTitle")}</h1>
          <p className="text-sm text-muted">
            {t("revision", { revision: report.revision, name: report.lastSavedBy?.displayName ?? t("someone"), at: format.dateTime(report.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </p>
        </div>
        <ReportForm
          reportId={report.id}
          revision={report.revision}
          digest={digest}
          values={values}
          places={placeOptions}
          languages={languages.filter((option) => (REPORT_LANGUAGES as readonly string[]).includes(option.code)).map((option) => ({ value: option.code, label: option.name }))}
          ruleGroups={RULE_GROUPS}
          correcting={correcting}
          recommendationRows={Math.min(REPORT_LIMITS.recommendations, written + 3)}
          carried={carried}
        />
        <EvidenceFiles reportId={report.id} findings={report.findings} error={query.evidenceError} rule={/^\d{1,2}$/.test(query.rule ?? "") ? Number(query.rule) : undefined} />
      </PageContainer>
    );
});
