import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResourceForm } from "@/components/resources/resource-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { buildRuleGroups } from "@/lib/bangkok-rules/reference-data";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadResourceForEdit } from "@/lib/resources/loaders";
import { RESOURCE_LIMITS, RESOURCE_TYPES } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResourceForm");
  return { title: t("editTitle") };
}

const RULE_GROUPS = buildRuleGroups();

export default withClientMessages(["BangkokRules", "ResourceForm", "FormStatus", "ui.button", "ui.formField"], async function EditResourcePage({ params }: PageProps<"/resources/[id]/edit">) {
  const { id } = await params;
  const [{ resource, current }, { countries, languages }, t, types] = await Promise.all([loadResourceForEdit(id), loadChoices(), getTranslations("ResourceForm"), getTranslations("ResourceTypes")]);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href={`/resources/${resource.id}`} variant="subtle" className="text-sm">
        {t("backToResource")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("editTitle")}</h1>
        <p className="text-muted">{t("editIntro")}</p>
      </div>
      <ResourceForm
        resourceId={resource.id}
        isFile={Boolean(current?.storedFileId)}
        types={RESOURCE_TYPES.map((type) => ({ value: type, label: types(type) }))}
        countries={countries.map((country) => ({ value: country.code, label: country.name }))}
        languages={languages.map((option) => ({ value: option.code, label: option.name }))}
        organizations={[]}
        ruleGroups={RULE_GROUPS}
        initial={{
          type: resource.type,
          title: resource.title,
          summary: resource.summarySource,
          link: current?.linkUrl ?? undefined,
          countries: resource.countryCodes,
          rules: resource.ruleNumbers.map(String),
          languages: resource.languages,
          year: resource.year ? String(resource.year) : undefined,
          organizationId: resource.organizationId ?? undefined,
          visibility: resource.visibility,
        }}
        limits={RESOURCE_LIMITS}
      />
    </PageContainer>
  );
});
