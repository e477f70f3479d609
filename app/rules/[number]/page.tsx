import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ThreadList } from "@/components/board/thread-list";
import { RequestList } from "@/components/collaborations/request-card";
import { MemberCardList } from "@/components/profiles/member-card-list";
import { OfficialTextLink } from "@/components/rules/official-text-link";
import { RuleSection } from "@/components/rules/rule-section";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadRulePage } from "@/lib/bangkok-rules/loaders";
import { BANGKOK_RULE_COUNT, buildRuleRows, buildSectionRows, rulePath, sectionMessageKey } from "@/lib/bangkok-rules/reference-data";
import { parseRuleNumber } from "@/lib/bangkok-rules/schema";
import { loadChoices } from "@/lib/collaborations/loaders";
import { ResourceList } from "@/components/resources/resource-card";
import { FindingList } from "@/components/monitoring-overview/finding-list";
import { loadFindingsOnRule } from "@/lib/monitoring-overview/loaders";
import { findingsHref } from "@/lib/monitoring-overview/schema";
import { loadResourcesOnRule } from "@/lib/resources/loaders";
import { resourceListHref } from "@/lib/resources/schema";
import { requestListHref, todayUtc } from "@/lib/collaborations/schema";
import { countryName } from "@/lib/countries/format";
import { directoryHref } from "@/lib/directory/schema";

const SECTIONS = new Map(buildSectionRows().map((section) => [section.key, section]));
const RULE_SECTION = new Map(buildRuleRows().map((rule) => [rule.number, rule.sectionKey]));

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("RulePage");
  return { title: t("metaTitle", { number: parseRuleNumber((await params).number) ?? "" }) };
}

/** The part and sections a rule sits in, outermost first, as catalogue keys. */
function placeOf(ruleNumber: number): { part: string; sections: string[] } {
  const sections: string[] = [];
  let section = SECTIONS.get(RULE_SECTION.get(ruleNumber)!);
  const part = section!.partKey;
  while (section) {
    sections.unshift(sectionMessageKey(section.key));
    section = section.parentKey ? SECTIONS.get(section.parentKey) : undefined;
  }
  return { part, sections };
}

export default async function RulePage({ params }: Props) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const { number } = await params;
  const [page, t, hub, rules, titles, areas, { countries }, locale, format] = await Promise.all([
    loadRulePage(number),
    getTranslations("RulePage"),
    getTranslations("RulesHub"),
    getTranslations("BangkokRules"),
    getTranslations("RuleTitles"),
    getTranslations("AreasOfWork"),
    loadChoices(),
    getLocale(),
    getFormatter(),
  ]);
  const { ruleNumber, threads, requests, members, organizations } = page;
  const [resources, library, findings, ruleFindings] = await Promise.all([
    loadResourcesOnRule(rulePath(ruleNumber), ruleNumber),
    getTranslations("ResourcesAbout"),
    loadFindingsOnRule(rulePath(ruleNumber), ruleNumber),
    getTranslations("RuleFindings"),
  ]);
  const overview = await getTranslations("MonitoringOverview");
  const countryNames = new Map(countries.map((country) => [country.code, country.name]));
  const place = placeOf(ruleNumber);
  return (
    <PageContainer className="flex flex-col gap-8 py-8 lg:py-10">
      <div className="flex max-w-3xl flex-col gap-2">
        <Link href="/rules" variant="subtle" className="text-sm">
          {t("allRules")}
        </Link>
        <p className="text-sm text-muted">{[rules(`parts.${place.part}` as never), ...place.sections.map((key) => rules(`sections.${key}` as never))].join(" › ")}</p>
        <h1 className="text-3xl font-semibold tracking-tight text-ink">
          {hub("ruleWithTitle", { number: ruleNumber, title: titles(String(ruleNumber) as never) })}
        </h1>
        <OfficialTextLink />
        <nav aria-label={t("allRules")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {ruleNumber > 1 ? <Link href={rulePath(ruleNumber - 1)} className="inline-flex min-h-6 items-center">{t("previous", { number: ruleNumber - 1 })}</Link> : null}
          {ruleNumber < BANGKOK_RULE_COUNT ? <Link href={rulePath(ruleNumber + 1)} className="inline-flex min-h-6 items-center">{t("next", { number: ruleNumber + 1 })}</Link> : null}
        </nav>
      </div>
      <RuleSection
        id="threads"
        title={t("threadsTitle")}
        count={
          threads.countedAt
            ? t("threadsCountedAt", { count: threads.count, when: format.dateTime(threads.countedAt, { dateStyle: "medium", timeStyle: "short" }) })
            : t("threadsCount", { count: threads.count })
        }
        countries={threads.countries}
        countryNames={countryNames}
        empty={threads.items.length ? null : t("threadsEmpty")}
        seeAll={threads.count > threads.items.length ? { href: `${rulePath(ruleNumber)}/threads`, label: t("seeAllThreads", { number: ruleNumber }) } : null}
      >
        <ThreadList threads={threads.items} label={t("threadsTitle")} />
      </RuleSection>
      <RuleSection
        id="requests"
        title={t("requestsTitle")}
        count={t("requestsCount", { count: requests.count, open: requests.open })}
        countries={requests.countries}
        countryNames={countryNames}
        empty={requests.items.length ? null : t("requestsEmpty")}
        seeAll={requests.count > 0 ? { href: requestListHref({ rule: String(ruleNumber), state: "all" }), label: t("seeAllRequests", { number: ruleNumber }) } : null}
      >
        <RequestList requests={requests.items} countryNames={countryNames} label={t("requestsTitle")} today={todayUtc()} />
      </RuleSection>
      <RuleSection
        id="resources"
        title={library("ruleTitle")}
        count={library("ruleCount", { count: resources.count })}
        countries={resources.countries}
        countryNames={countryNames}
        empty={resources.items.length ? null : library("ruleEmpty")}
        seeAll={resources.count > 0 ? { href: resourceListHref({ rule: String(ruleNumber) }), label: library("seeAllOnRule", { number: ruleNumber }) } : null}
      >
        <ResourceList resources={resources.items} countryNames={countryNames} label={library("ruleTitle")} />
      </RuleSection>
      <RuleSection
        id="findings"
        title={ruleFindings("title")}
        count={ruleFindings("count", {
          count: findings.count,
          summary: overview("summary", { complies: findings.counts.complies, partly: findings.counts.partlyComplies, notComply: findings.counts.doesNotComply, notAssessed: findings.counts.notAssessed }),
        })}
        countries={findings.countries}
        countryNames={countryNames}
        empty={findings.items.length ? null : ruleFindings("empty")}
        seeAll={findings.count > 0 ? { href: findingsHref({ rule: ruleNumber }), label: ruleFindings("seeAll", { number: ruleNumber }) } : null}
      >
        <FindingList findings={findings.items} countryNames={countryNames} label={ruleFindings("title")} showRule={false} />
      </RuleSection>
      <RuleSection
        id="members"
        title={t("membersTitle")}
        count={t("membersCount", { count: members.count })}
        countries={members.countries}
        countryNames={countryNames}
        empty={members.items.length ? null : t("membersEmpty")}
        seeAll={members.count > 0 ? { href: directoryHref({ rule: String(ruleNumber) }), label: t("seeAllMembers", { number: ruleNumber }) } : null}
      >
        <MemberCardList cards={members.items.map((card) => ({ ...card, detail: [card.country ? countryName(card.country, locale) : null, ...card.organizations, ...card.areasOfWork.map((area) => areas(area))].filter(Boolean).join(" · ") }))} />
      </RuleSection>
      <RuleSection
        id="organizations"
        title={t("organizationsTitle")}
        count={t("organizationsCount", { count: organizations.count })}
        empty={organizations.items.length ? null : t("organizationsEmpty")}
      >
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {organizations.items.map((organization) => (
            <li key={organization.value} className="flex flex-wrap items-baseline gap-x-3 p-3">
              <Link href={`/organizations/${organization.value}`} {...userTextProps("inline-flex min-h-6 items-center font-medium")}>
                {organization.label}
              </Link>
              <Link href={directoryHref({ rule: String(ruleNumber), organization: organization.value })} className="inline-flex min-h-6 items-center text-sm">
                {t("organizationMembers", { count: organization.count })}
              </Link>
            </li>
          ))}
        </ul>
      </RuleSection>
    </PageContainer>
  );
}
