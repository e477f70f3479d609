import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestForm } from "@/components/collaborations/request-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { buildRuleGroups } from "@/lib/bangkok-rules/reference-data";
import { loadChoices, loadNewRequestForm } from "@/lib/collaborations/loaders";
import { COLLABORATION_KINDS, COLLABORATION_LIMITS } from "@/lib/collaborations/schema";
import { ATTACHMENT_LIMIT } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CollaborationForm");
  return { title: t("newTitle") };
}

const RULE_GROUPS = buildRuleGroups();

export default withClientMessages(["BangkokRules", "CollaborationForm", "FormStatus", "ResourceAttach", "ui.button", "ui.formField"], async function NewRequestPage() {
  const [{ organizations, language }, { countries, languages, locale }, t, list, kinds] = await Promise.all([
    loadNewRequestForm(),
    loadChoices(),
    getTranslations("CollaborationForm"),
    getTranslations("Collaborations"),
    getTranslations("CollaborationKinds"),
  ]);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/collaborations" variant="subtle" className="text-sm">
        {list("title")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("newTitle")}</h1>
        <p className="text-muted">{t("newIntro")}</p>
      </div>
      <RequestForm
        kinds={COLLABORATION_KINDS.map((kind) => ({ value: kind, label: kinds(kind) }))}
        countries={countries.map((country) => ({ value: country.code, label: country.name }))}
        languages={languages.map((option) => ({ value: option.code, label: option.name }))}
        organizations={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
        ruleGroups={RULE_GROUPS}
        initial={{ countries: [], rules: [], languages: [language ?? locale], collaboratorsWanted: "1", visibility: "NETWORK" }}
        limits={{ ...COLLABORATION_LIMITS, attachments: ATTACHMENT_LIMIT }}
      />
    </PageContainer>
  );
});
