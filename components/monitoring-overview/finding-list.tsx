import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { rulePath } from "@/lib/bangkok-rules/reference-data";
import type { FindingRow } from "@/lib/monitoring-overview/loaders";
import { AssessmentBadge } from "./assessment";

/**
 * Findings as a list: each one's assessment, its rule (unless the list is about one rule), the observations as
 * cooked on write (sanitized HTML, lib/markdown), and the report it comes from — title, place, visit date.
 */
export async function FindingList({ findings, countryNames, label, showRule = true }: {
  findings: readonly FindingRow[];
  countryNames: ReadonlyMap<string, string>;
  label: string;
  showRule?: boolean;
}) {
  const [t, overview, titles, format] = await Promise.all([getTranslations("MonitoringFindings"), getTranslations("MonitoringOverview"), getTranslations("RuleTitles"), getFormatter()]);
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
      {findings.map((finding) => (
        <li key={finding.id} className="flex flex-col gap-2 p-4">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <AssessmentBadge assessment={finding.assessment} />
            {showRule ? (
              <Link href={rulePath(finding.ruleNumber)} className="inline-flex min-h-6 items-center text-sm">
                {t("rule", { number: finding.ruleNumber, title: titles(String(finding.ruleNumber) as never) })}
              </Link>
            ) : null}
          </div>
          {finding.observationsCooked ? (
            <div className="cooked" lang={finding.reportLanguage} dir="auto" dangerouslySetInnerHTML={{ __html: finding.observationsCooked }} />
          ) : (
            <p className="text-sm text-muted">{t("noObservations")}</p>
          )}
          <p className="flex flex-col gap-0.5 text-sm">
            <Link href={`/monitoring/reports/${encodeURIComponent(finding.reportId)}`} {...userTextProps("inline-flex min-h-6 items-center font-medium")}>
              {t("report", { title: finding.reportTitle })}
            </Link>
            <span className="text-muted">
              {t("visit", {
                place: [finding.placeName, finding.placeLocality].filter(Boolean).join(", "),
                country: countryNames.get(finding.countryCode) ?? finding.countryCode,
                type: overview(`placeTypes.${finding.placeType}` as never),
                date: format.dateTime(finding.visitStartedOn, { dateStyle: "medium", timeZone: "UTC" }),
              })}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
