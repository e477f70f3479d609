import { getTranslations } from "next-intl/server";
import { ASSESSMENT_ORDER, shares, type Counts } from "@/lib/monitoring-overview/format";
import type { Assessment } from "@/lib/monitoring-overview/schema";

/** Each assessment's symbol and colour: the symbol and the number carry the meaning, the colour only repeats it. */
export const ASSESSMENT_LOOK: Record<Assessment, { symbol: string; bar: string; badge: string }> = {
  COMPLIES: { symbol: "✓", bar: "bg-green-700", badge: "border-green-700 bg-green-50 text-green-900" },
  PARTLY_COMPLIES: { symbol: "◐", bar: "bg-amber-500", badge: "border-amber-600 bg-amber-50 text-amber-900" },
  DOES_NOT_COMPLY: { symbol: "✗", bar: "bg-red-700", badge: "border-red-700 bg-red-50 text-red-900" },
  NOT_ASSESSED: { symbol: "○", bar: "bg-stone-400", badge: "border-control bg-canvas text-ink" },
};

/** A finding's assessment as a labelled badge (symbol and words). */
export async function AssessmentBadge({ assessment }: { assessment: Assessment }) {
  const t = await getTranslations("MonitoringOverview");
  const look = ASSESSMENT_LOOK[assessment];
  return (
    <span className={`inline-flex min-h-6 items-center gap-1.5 rounded-full border px-2.5 text-sm font-medium ${look.badge}`}>
      <span aria-hidden="true">{look.symbol}</span>
      {t(`assessments.${assessment}`)}
    </span>
  );
}

/** A cell's look: the shares as a bar and the non-zero counts after their symbols, hidden from assistive technology (the cell's text says it all). */
export function Distribution({ counts }: { counts: Counts }) {
  return (
    <span aria-hidden="true" className="flex w-full flex-col gap-1">
      <span className="flex h-2 w-full overflow-hidden rounded-sm bg-line">
        {shares(counts).map((part) => (
          <span key={part.assessment} className={ASSESSMENT_LOOK[part.assessment].bar} style={{ width: `${part.percent}%` }} />
        ))}
      </span>
      <span className="flex flex-wrap gap-x-1.5 font-mono text-xs leading-4 text-ink">
        {ASSESSMENT_ORDER.filter(({ key }) => counts[key] > 0).map(({ assessment, key }) => (
          <span key={assessment} className="whitespace-nowrap">
            {ASSESSMENT_LOOK[assessment].symbol}
            {counts[key]}
          </span>
        ))}
      </span>
    </span>
  );
}

/** The legend above the matrix. */
export async function AssessmentLegend() {
  const t = await getTranslations("MonitoringOverview");
  return (
    <section aria-labelledby="legend-heading" className="flex flex-col gap-2">
      <h2 id="legend-heading" className="text-lg font-semibold text-ink">
        {t("legendTitle")}
      </h2>
      <p className="max-w-prose text-sm text-muted">{t("legendIntro")}</p>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-ink">
        {ASSESSMENT_ORDER.map(({ assessment }) => (
          <li key={assessment} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block h-3 w-5 rounded-sm ${ASSESSMENT_LOOK[assessment].bar}`} />
            <span aria-hidden="true" className="font-mono">
              {ASSESSMENT_LOOK[assessment].symbol}
            </span>
            {t(`assessments.${assessment}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
