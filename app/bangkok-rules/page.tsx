import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OfficialTextLink } from "@/components/rules/official-text-link";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeading } from "@/components/ui/page-heading";
import { loadIndexablePublicPages } from "@/lib/campaigns/loaders";
import { buildRuleGroups, sectionMessageKey } from "@/lib/bangkok-rules/reference-data";
import { RULES_EXPLAINER_PATH } from "@/lib/http/public-pages";
import { locales, type Locale } from "@/lib/i18n/config";
import { publicPageAlternates } from "@/lib/http/public-links";

// The public explainer of the Bangkok Rules: the Rules hub's structure and short titles (its reference data and
// catalogue), linking to the UN text. No member data at all; indexable while some campaign is (README).
const RULE_GROUPS = buildRuleGroups();

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale, indexable] = await Promise.all([getTranslations("CampaignPublic.rules"), getLocale(), loadIndexablePublicPages()]);
  const alternates = publicPageAlternates(RULES_EXPLAINER_PATH, locale as Locale, locales);
  return {
    title: t("title"),
    description: t("intro"),
    robots: indexable.length > 0 ? { index: true, follow: true } : { index: false, follow: false },
    alternates,
    openGraph: { title: t("title"), description: t("intro"), url: alternates.canonical, type: "website" },
  };
}

export default async function BangkokRulesExplainer() {
  const [t, hub, rules, titles] = await Promise.all([getTranslations("CampaignPublic.rules"), getTranslations("RulesHub"), getTranslations("BangkokRules"), getTranslations("RuleTitles")]);
  return (
    <PageContainer className="flex flex-col gap-8 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")}>
        <OfficialTextLink />
        <p className="text-sm text-muted">{hub("shortTitlesNote")}</p>
      </PageHeading>
      <div className="flex max-w-4xl flex-col gap-6">
        {RULE_GROUPS.map((group) => (
          <section key={group.partKey} aria-labelledby={`part-${group.partKey}`} className="flex flex-col gap-3">
            <h2 id={`part-${group.partKey}`} className="text-xl font-semibold text-brand-900">
              {rules(`parts.${group.partKey}` as never)}
            </h2>
            {group.sections.map((section) => (
              <div key={section.key} className={section.depth ? "flex flex-col gap-1 border-l-2 border-line pl-3 sm:pl-4" : "flex flex-col gap-1"}>
                <h3 className="font-medium text-ink">{rules(`sections.${sectionMessageKey(section.key)}` as never)}</h3>
                {section.rules.length ? (
                  <ul className="flex flex-col gap-0.5 text-ink">
                    {section.rules.map((number) => (
                      <li key={number}>
                        {hub("ruleWithTitle", { number, title: titles(String(number) as never) })}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ))}
          </section>
        ))}
      </div>
    </PageContainer>
  );
}
