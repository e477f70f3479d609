import { getTranslations } from "next-intl/server";
import { buildRuleGroups, sectionMessageKey } from "@/lib/bangkok-rules/reference-data";
import { cellKey, total, type Counts, type Matrix } from "@/lib/monitoring-overview/format";
import { findingsHref, type FindingsFilter, type Grouping } from "@/lib/monitoring-overview/schema";
import { Distribution } from "./assessment";
import type { MatrixColumn } from "./matrix-table";

const RULE_GROUPS = buildRuleGroups();

/**
 * The matrix on a small screen (the table is shown from 640 px): rule by rule, grouped by part and section, only
 * the rules with findings, each a list of its countries or regions — every entry a link to its findings that says
 * what it counts, as the table's cells do.
 */
export async function MatrixList({ matrix, columns, grouping, filter }: { matrix: Matrix; columns: MatrixColumn[]; grouping: Grouping; filter: Partial<FindingsFilter> }) {
  const [t, rules, titles] = await Promise.all([getTranslations("MonitoringOverview"), getTranslations("BangkokRules"), getTranslations("RuleTitles")]);
  const summary = (counts: Counts) => t("summary", { complies: counts.complies, partly: counts.partlyComplies, notComply: counts.doesNotComply, notAssessed: counts.notAssessed });
  const where = (code: string): Partial<FindingsFilter> =>
    grouping === "country" ? { country: code, continent: undefined, region: undefined } : grouping === "region" ? { region: code, continent: undefined } : { continent: code, region: undefined };
  const sections = RULE_GROUPS.flatMap((group) =>
    group.sections
      .map((section) => ({ ...section, partKey: group.partKey, rules: section.rules.filter((number) => (matrix.ruleTotals.get(number) ?? 0) > 0) }))
      .filter((section) => section.rules.length > 0),
  );
  return (
    <div className="flex flex-col gap-5">
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`list-${section.key}`} className="flex flex-col gap-3">
          <h2 id={`list-${section.key}`} className="rounded bg-brand-50 p-2 font-semibold text-brand-900">
            {t("sectionTitle", { part: rules(`parts.${section.partKey}` as never), section: rules(`sections.${sectionMessageKey(section.key)}` as never) })}
          </h2>
          {section.rules.map((number) => (
            <div key={number} className="flex flex-col gap-2">
              <h3 className="font-medium text-ink">{t("ruleWithTitle", { number, title: titles(String(number) as never) })}</h3>
              <ul className="grid grid-cols-2 gap-2">
                {columns.flatMap((column) => {
                  const counts = matrix.cells.get(cellKey(number, column.code));
                  if (!counts || total(counts) === 0) return [];
                  return [
                    <li key={column.code}>
                      <a href={findingsHref({ ...filter, ...where(column.code), rule: number })} className="flex min-h-11 flex-col gap-1 rounded border border-line bg-surface p-2 hover:bg-brand-50">
                        <span aria-hidden="true" className="text-sm font-medium text-ink">
                          {column.label}
                        </span>
                        <Distribution counts={counts} />
                        <span className="sr-only">{t("cellLabel", { place: column.label, number, summary: summary(counts) })}</span>
                      </a>
                    </li>,
                  ];
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
