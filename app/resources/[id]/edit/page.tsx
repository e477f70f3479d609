import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ResourceForm } from "@/components/resources/resource-form";
import { UploadForm } from "@/components/resources/upload-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { buildRuleGroups } from "@/lib/bangkok-rules/reference-data";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadResourceForEdit, loadUploadedFile } from "@/lib/resources/loaders";
import { firstValues } from "@/lib/search-params";
import { RESOURCE_LIMITS, RESOURCE_TYPES } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResourceForm");
  return { title: t("editTitle") };
}

const RULE_GROUPS = buildRuleGroups();

export default withClientMessages(["BangkokRules", "ResourceForm", "FormStatus", "ui.button", "ui.formField"], async function EditResourcePage({ params, searchParams }: PageProps<"/resources/[id]/edit">) {
  const [{ id }, query] = await Promise.all([params, searchParams.then(firstValues)]);
  const [{ resource, current }, { countries, languages }, t, types] = await Promise.all([loadResourceForEdit(id), loadChoices(), getTranslations("ResourceForm"), getTranslations("ResourceTypes")]);
  const isFile = Boolean(current?.storedFileId);
  const [upload, format] = await Promise.all([isFile && query.file ? loadUploadedFile(`/resources/${resource.id}/edit`, query.file) : null, getFormatter()]);
  const size = (bytes: number) => format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 }) + " MB";
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href={`/resources/${resource.id}`} variant="subtle" className="text-sm">
        {t("backToResource")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("editTitle")}</h1>
        <p className="text-muted">{t("editIntro")}</p>
      </div>
      {isFile && !upload ? (
        <section aria-labelledby="replace-heading" className="flex flex-col gap-2">
          <h2 id="replace-heading" className="text-xl font-semibold text-ink">{t("replaceTitle")}</h2>
          <p className="text-muted">{t("currentFile", { name: current?.fileName ?? "" })} · {t("replaceHint")}</p>
          <UploadForm action={`/resources/upload?for=${resource.id}`} error={query.fileError} label={t("file")} />
        </section>
      ) : null}
      <ResourceForm
        resourceId={resource.id}
        isFile={isFile}
        upload={upload ? { ticket: upload.ticket, label: t("newFile", { name: upload.name, size: size(upload.byteSize) }) } : undefined}
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
