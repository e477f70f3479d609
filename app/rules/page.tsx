import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { OfficialTextLink } from "@/components/rules/official-text-link";
import { RuleActivityList } from "@/components/rules/rule-activity-list";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadRulesHub } from "@/lib/bangkok-rules/loaders";
import { buildRuleGroups, rulePath, sectionMessageKey } from "@/lib/bangkok-rules/reference-data";

const RULE_GROUPS = buildRuleGroups();

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("RulesHub");
  return { title: t("title") };
}

export default async function RulesPage() {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [{ activity, most, least, refreshedAt }, t, rules, titles, format] = await Promise.all([
    loadRulesHub(),
    getTranslations("RulesHub"),
    getTranslations("BangkokRules"),
    getTranslations("RuleTitles"),
    getFormatter(),
  ]);
  const counts = (number: number) => {
    const row = activity.get(number);
    return row ? t("counts", { threads: row.threads, requests: row.requests, members: row.members, organizations: row.organizations, resources: row.resources, findings: row.findings }) : t("noActivity");
  };
  return (
    <PageContainer className="flex flex-col gap-8 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")}>
        <OfficialTextLink />
        <p className="text-sm text-muted">{t("shortTitlesNote")}</p>
      </PageHeading>
      <section aria-labelledby="activity-heading" className="flex max-w-4xl flex-col gap-3">
        <h2 id="activity-heading" className="text-xl font-semibold text-ink">
          {t("activityTitle")}
        </h2>
        <p className="text-muted">{t("activityIntro")}</p>
        {refreshedAt ? (
          <>
            <div className="grid gap-4 md:grid-cols-2">
              <RuleActivityList id="most-active" title={t("mostActive")} entries={most} />
              <RuleActivityList id="least-covered" title={t("leastCovered")} entries={least} />
            </div>
            <p className="text-sm text-muted">{t("asOf", { when: format.dateTime(refreshedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
          </>
        ) : (
          <p className="text-muted">{t("notCounted")}</p>
        )}
      </section>
      <section aria-labelledby="all-rules-heading" className="flex max-w-4xl flex-col gap-4">
        <h2 id="all-rules-heading" className="text-xl font-semibold text-ink">
          {t("byPartTitle")}
        </h2>
        {RULE_GROUPS.map((group) => (
          <section key={group.partKey} aria-labelledby={`part-${group.partKey}`} className="flex flex-col gap-3">
            <h3 id={`part-${group.partKey}`} className="text-lg font-semibold text-brand-900">
              {rules(`parts.${group.partKey}` as never)}
            </h3>
            {group.sections.map((section) => (
              <div key={section.key} className={section.depth ? "flex flex-col gap-1 border-l-2 border-line pl-3 sm:pl-4" : "flex flex-col gap-1"}>
                <h4 className="font-medium text-ink">{rules(`sections.${sectionMessageKey(section.key)}` as never)}</h4>
                {section.rules.length ? (
                  <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
                    {section.rules.map((number) => (
                      <li key={number} className="flex flex-col gap-0.5 p-3">
                        <Link href={rulePath(number)} className="font-medium">
                          {t("ruleWithTitle", { number, title: titles(String(number) as never) })}
                        </Link>
                        <span className="text-sm text-muted">{counts(number)}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ))}
          </section>
        ))}
      </section>
    </PageContainer>
  );
}
