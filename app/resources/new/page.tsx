import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResourceForm } from "@/components/resources/resource-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { buildRuleGroups } from "@/lib/bangkok-rules/reference-data";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadNewResourceForm } from "@/lib/resources/loaders";
import { RESOURCE_LIMITS, RESOURCE_TYPES } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResourceForm");
  return { title: t("newTitle") };
}

const RULE_GROUPS = buildRuleGroups();

export default withClientMessages(["BangkokRules", "ResourceForm", "FormStatus", "ui.button", "ui.formField"], async function NewResourcePage() {
  const [{ organizations, language }, { countries, languages, locale }, t, list, types] = await Promise.all([
    loadNewResourceForm(),
    loadChoices(),
    getTranslations("ResourceForm"),
    getTranslations("Resources"),
    getTranslations("ResourceTypes"),
  ]);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/resources" variant="subtle" className="text-sm">
        {list("title")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("newTitle")}</h1>
        <p className="text-muted">{t("newIntro")}</p>
      </div>
      <ResourceForm
        types={RESOURCE_TYPES.map((type) => ({ value: type, label: types(type) }))}
        countries={countries.map((country) => ({ value: country.code, label: country.name }))}
        languages={languages.map((option) => ({ value: option.code, label: option.name }))}
        organizations={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
        ruleGroups={RULE_GROUPS}
        initial={{ countries: [], rules: [], languages: [language ?? locale], visibility: "NETWORK" }}
        limits={RESOURCE_LIMITS}
      />
    </PageContainer>
  );
});
