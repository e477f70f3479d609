import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { UserText } from "@/components/ui/user-text";
import type { RecommendationHistory } from "@/lib/monitoring/loaders";

type Visit = { id: string; title: string; status: string; visitStartedOn: Date; followUpOfId: string | null; _count: { findings: number } };

/** A place's visits over time and what became of each recommendation, visit after visit. */
export async function PlaceHistory({ visits, histories }: { visits: Visit[]; histories: RecommendationHistory[] }) {
  const [t, status, followUps, format] = await Promise.all([getTranslations("PlacePage"), getTranslations("ReportStatus"), getTranslations("FollowUps"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <section aria-labelledby="place-visits" className="flex flex-col gap-3">
        <h2 id="place-visits" className="text-xl font-semibold text-ink">{t("visitsTitle")}</h2>
        {visits.length === 0 ? (
          <p className="text-muted">{t("visitsEmpty")}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {visits.map((visit) => (
              <li key={visit.id} className="flex flex-col gap-0.5">
                <Link href={`/monitoring/reports/${visit.id}`}>
                  <UserText>{t("visit", { date: day(visit.visitStartedOn), title: visit.title })}</UserText>
                </Link>
                <span className="text-sm text-muted">
                  {[status(visit.status as never), t("visitFindings", { count: visit._count.findings }), visit.followUpOfId ? t("followUpVisit") : null].filter(Boolean).join(" · ")}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="place-recommendations" className="flex flex-col gap-3">
        <h2 id="place-recommendations" className="text-xl font-semibold text-ink">{t("historyTitle")}</h2>
        {histories.length === 0 ? (
          <p className="text-muted">{t("historyEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {histories.map((history) => (
              <li key={`${history.steps[0]!.reportId}-${history.steps[0]!.number}`} className="flex flex-col gap-1 rounded-md border border-line bg-surface p-3">
                <UserText className="font-medium text-ink">{history.text}</UserText>
                <span className="text-sm text-muted"><UserText>{history.authority}</UserText></span>
                <ol className="flex flex-col gap-0.5 text-sm">
                  {history.steps.map((step, index) => (
                    <li key={`${step.reportId}-${step.number}`}>
                      <Link href={`/monitoring/reports/${step.reportId}`}>{t("historyStep", { date: day(step.visitStartedOn), number: step.number })}</Link>
                      {": "}
                      {index === 0 ? t("historyMade") : step.followUp ? followUps(step.followUp as never) : followUps("NO_INFORMATION")}
                      {step.followUpNote ? <UserText> — {step.followUpNote}</UserText> : null}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
