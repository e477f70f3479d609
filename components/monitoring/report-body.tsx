import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { UserText } from "@/components/ui/user-text";
import { resourceTypeOf } from "@/lib/files/filename";
import { formatFileSize } from "@/lib/files/format";
import type { ReportDetail } from "@/lib/monitoring/loaders";

const ASSESSMENT_STYLE: Record<string, string> = {
  COMPLIES: "border-green-700",
  PARTLY_COMPLIES: "border-amber-600",
  DOES_NOT_COMPLY: "border-red-700",
  NOT_ASSESSED: "border-line",
};

/** A report as read (and printed): the visit, its method, summary, findings per rule, recommendations, revisions. */
export async function ReportBody({ report }: { report: ReportDetail }) {
  const [t, status, visibility, assessments, priorities, followUps, titles, types, format] = await Promise.all([
    getTranslations("ReportPage"),
    getTranslations("ReportStatus"),
    getTranslations("ReportVisibility"),
    getTranslations("Assessments"),
    getTranslations("Priorities"),
    getTranslations("FollowUps"),
    getTranslations("RuleTitles"),
    getTranslations("PlaceTypes"),
    getFormatter(),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const sameDay = report.visitStartedOn.getTime() === report.visitEndedOn.getTime();
  const team = [report.author.displayName, ...report.team.map((member) => member.user.displayName)].filter(Boolean).join(", ");
  const meta = (label: string, value: React.ReactNode) => (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-3">
      <dt className="font-medium text-ink sm:w-40">{label}</dt>
      <dd className="text-muted">{value}</dd>
    </div>
  );
  return (
    <article lang={report.language} className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink"><UserText>{report.title}</UserText></h1>
        <p className="text-muted">{sameDay ? t("visitOneDay", { date: day(report.visitStartedOn) }) : t("visit", { start: day(report.visitStartedOn), end: day(report.visitEndedOn) })}</p>
      </header>
      <dl className="flex flex-col gap-2">
        {meta(t("place"), <Link href={`/monitoring/places/${report.place.id}`}><UserText>{[report.place.name, report.place.locality, types(report.place.type)].filter(Boolean).join(" · ")}</UserText></Link>)}
        {report.organization ? meta(t("organization"), <UserText>{report.organization.name}</UserText>) : null}
        {meta(t("team"), <UserText>{[team, report.teamText].filter(Boolean).join("; ")}</UserText>)}
        {meta(t("status"), status(report.status))}
        {report.status === "PUBLISHED" ? meta(t("visibility"), visibility(report.visibility)) : null}
        {report.publishedAt ? meta(t("publishedLabel"), day(report.publishedAt)) : null}
        {report.correctedAt ? meta(t("correctedLabel"), day(report.correctedAt)) : null}
        {report.followUpOf ? meta(t("followUpOf", { date: day(report.followUpOf.visitStartedOn) }), <Link href={`/monitoring/reports/${report.followUpOf.id}`}><UserText>{report.followUpOf.title}</UserText></Link>) : null}
      </dl>
      {report.reviewNote && report.status === "DRAFT" ? <p className="print-hidden rounded-md bg-brand-50 p-3 text-ink"><UserText>{t("reviewNoteShown", { note: report.reviewNote })}</UserText></p> : null}
      <section aria-labelledby="report-method" className="flex flex-col gap-2">
        <h2 id="report-method" className="text-xl font-semibold text-ink">{t("method")}</h2>
        <dl className="flex flex-col gap-2">
          {report.announcement ? meta(t("announcement"), report.announcement === "ANNOUNCED" ? t("announcementAnnounced") : t("announcementUnannounced")) : null}
          {report.interviewsText ? meta(t("interviews"), <UserText className="whitespace-pre-line">{report.interviewsText}</UserText>) : null}
          {report.areasSeenText ? meta(t("areasSeen"), <UserText className="whitespace-pre-line">{report.areasSeenText}</UserText>) : null}
        </dl>
      </section>
      {report.summaryCooked ? (
        <section aria-labelledby="report-summary" className="flex flex-col gap-2">
          <h2 id="report-summary" className="text-xl font-semibold text-ink">{t("summary")}</h2>
          <div className="cooked" dir="auto" dangerouslySetInnerHTML={{ __html: report.summaryCooked }} />
        </section>
      ) : null}
      <section aria-labelledby="report-findings" className="flex flex-col gap-3">
        <h2 id="report-findings" className="text-xl font-semibold text-ink">{t("findings")}</h2>
        {report.findings.length === 0 ? <p className="text-muted">{t("findingsEmpty")}</p> : null}
        <ol className="flex flex-col gap-3">
          {report.findings.map((finding) => (
            <li key={finding.id} className={`finding flex flex-col gap-1 border-l-4 pl-3 ${ASSESSMENT_STYLE[finding.assessment]}`}>
              <p className="font-medium text-ink">
                <Link href={`/rules/${finding.ruleNumber}`}>{t("onRule", { number: finding.ruleNumber })}</Link>: {titles(String(finding.ruleNumber) as never)} — {assessments(finding.assessment)}
              </p>
              {finding.observationsCooked ? <div className="cooked" dir="auto" dangerouslySetInnerHTML={{ __html: finding.observationsCooked }} /> : <p className="text-sm text-muted">{t("observationsNone")}</p>}
              {finding.evidence.length ? (
                <p className="text-sm text-muted">
                  {t("evidence")}{" "}
                  {finding.evidence.map((evidence, index) => (
                    <span key={evidence.id}>
                      {index > 0 ? ", " : ""}
                      {evidence.resource ? (
                        <Link href={`/resources/${evidence.resource.id}`}><UserText>{evidence.resource.title}</UserText></Link>
                      ) : evidence.file ? (
                        <>
                          <Link href={`/monitoring/reports/${report.id}/evidence/${evidence.id}`} prefetch={false}><UserText>{evidence.file.filename ?? t("evidenceUnnamed")}</UserText></Link>
                          {" "}({[resourceTypeOf(evidence.file.contentType)?.toUpperCase(), formatFileSize(format, evidence.file.byteSize)].filter(Boolean).join(", ")})
                          {evidence.caption ? <> — <UserText>{evidence.caption}</UserText></> : null}
                        </>
                      ) : (
                        t("evidenceGone")
                      )}
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="report-recommendations" className="flex flex-col gap-3">
        <h2 id="report-recommendations" className="text-xl font-semibold text-ink">{t("recommendations")}</h2>
        {report.recommendations.length === 0 ? <p className="text-muted">{t("recommendationsEmpty")}</p> : null}
        <ol className="flex flex-col gap-3">
          {report.recommendations.map((recommendation) => (
            <li key={recommendation.id} className="recommendation flex flex-col gap-1">
              <p className="text-ink"><span className="font-semibold">{recommendation.number}.</span> <UserText className="whitespace-pre-line">{recommendation.text}</UserText></p>
              <p className="text-sm text-muted">
                <UserText>{t("addressedTo", { authority: recommendation.authority, priority: priorities(recommendation.priority) })}</UserText>
                {recommendation.ruleNumber ? <> · <Link href={`/rules/${recommendation.ruleNumber}`}>{t("onRule", { number: recommendation.ruleNumber })}</Link></> : null}
              </p>
              {recommendation.carriedFrom ? (
                <p className="text-sm text-muted">
                  {t("carriedFrom", { number: recommendation.carriedFrom.number })}
                  {recommendation.followUp ? ` · ${t("followUpStatus", { status: followUps(recommendation.followUp) })}` : ""}
                  {recommendation.followUpNote ? <UserText> — {recommendation.followUpNote}</UserText> : null}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      {report.revisions.length ? (
        <section aria-labelledby="report-revisions" className="print-hidden flex flex-col gap-2">
          <h2 id="report-revisions" className="text-xl font-semibold text-ink">{t("revisions")}</h2>
          <ol className="flex flex-col gap-2">
            {report.revisions.map((revision) => {
              const snapshot = revision.snapshot as { title?: string; summaryCooked?: string };
              return (
                <li key={revision.id}>
                  <details className="rounded-md border border-line bg-surface p-3">
                    <summary className="min-h-11 cursor-pointer font-medium text-ink">{t("revisionItem", { number: revision.number, date: day(revision.createdAt) })}{revision.note ? ` — ${revision.note}` : ""}</summary>
                    <p className="text-muted"><UserText>{t("revisionTitle", { title: snapshot.title ?? "" })}</UserText></p>
                    {snapshot.summaryCooked ? <div className="cooked" dir="auto" dangerouslySetInnerHTML={{ __html: snapshot.summaryCooked }} /> : null}
                  </details>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
