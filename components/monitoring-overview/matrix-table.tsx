import { getTranslations } from "next-intl/server";
import { buildRuleGroups, sectionMessageKey } from "@/lib/bangkok-rules/reference-data";
import { cellKey, total, type Counts, type Matrix } from "@/lib/monitoring-overview/format";
import { findingsHref, type FindingsFilter, type Grouping } from "@/lib/monitoring-overview/schema";
import { Distribution } from "./assessment";

const RULE_GROUPS = buildRuleGroups();

export type MatrixColumn = { code: string; label: string };

/**
 * The rules × places matrix as a real table: rules in rows (grouped by part and section, headed by their short
 * titles), countries or regions in columns, each counted cell a link to its findings whose text says what the
 * cell shows ("Kenya, rule 5: 0 comply, 1 partly, 3 do not comply, 0 not assessed"). On a small screen the table
 * scrolls sideways inside a focusable region, its header row and rule column sticky.
 */
export async function MatrixTable({ matrix, columns, grouping, filter }: {
  matrix: Matrix;
  /** The columns to show, in order, with their names. */
  columns: MatrixColumn[];
  grouping: Grouping;
  /** The matrix's filters, carried into each cell's findings. */
  filter: Partial<FindingsFilter>;
}) {
  const [t, rules, titles] = await Promise.all([getTranslations("MonitoringOverview"), getTranslations("BangkokRules"), getTranslations("RuleTitles")]);
  const summary = (counts: Counts) => t("summary", { complies: counts.complies, partly: counts.partlyComplies, notComply: counts.doesNotComply, notAssessed: counts.notAssessed });
  const where = (code: string): Partial<FindingsFilter> =>
    grouping === "country" ? { country: code, continent: undefined, region: undefined } : grouping === "region" ? { region: code, continent: undefined } : { continent: code, region: undefined };
  return (
    <div role="region" aria-labelledby="matrix-caption" tabIndex={0} className="max-h-[80vh] overflow-auto rounded-lg border border-line bg-surface">
      <table className="border-separate border-spacing-0 text-sm">
        <caption id="matrix-caption" className="sr-only">
          {t(grouping === "country" ? "captionCountry" : grouping === "region" ? "captionRegion" : "captionContinent")}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky top-0 left-0 z-30 min-w-36 border-r border-b border-line bg-surface p-2 text-left align-bottom font-semibold text-ink sm:min-w-56">
              {t("ruleColumn")}
            </th>
            {columns.map((column) => (
              <th key={column.code} scope="col" className="sticky top-0 z-20 min-w-24 border-b border-line bg-surface p-2 text-left align-bottom font-semibold text-ink">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        {RULE_GROUPS.flatMap((group) =>
          group.sections
            .filter((section) => section.rules.length > 0)
            .map((section) => (
              <tbody key={section.key}>
                <tr>
                  <th scope="rowgroup" colSpan={columns.length + 1} className="border-b border-line bg-brand-50 p-0 text-left font-semibold text-brand-900">
                    <span className="sticky left-0 inline-block max-w-[calc(100vw-3rem)] p-2">
                      {t("sectionTitle", { part: rules(`parts.${group.partKey}` as never), section: rules(`sections.${sectionMessageKey(section.key)}` as never) })}
                    </span>
                  </th>
                </tr>
                {section.rules.map((number) => (
                  <tr key={number}>
                    <th scope="row" className="sticky left-0 z-10 border-r border-b border-line bg-surface p-2 text-left align-top font-normal text-ink">
                      {t("ruleWithTitle", { number, title: titles(String(number) as never) })}
                    </th>
                    {columns.map((column) => {
                      const counts = matrix.cells.get(cellKey(number, column.code));
                      return (
                        <td key={column.code} className="border-b border-line p-1 align-top">
                          {counts && total(counts) > 0 ? (
                            <a
                              href={findingsHref({ ...filter, ...where(column.code), rule: number })}
                              className="flex min-h-11 min-w-20 flex-col justify-center rounded p-1.5 hover:bg-brand-50"
                            >
                              <Distribution counts={counts} />
                              <span className="sr-only">{t("cellLabel", { place: column.label, number, summary: summary(counts) })}</span>
                            </a>
                          ) : (
                            <span className="block p-1.5 text-muted">
                              <span aria-hidden="true">–</span>
                              <span className="sr-only">{t("noFindings")}</span>
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            )),
        )}
      </table>
    </div>
  );
}
