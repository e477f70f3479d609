import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ResourceForm } from "@/components/resources/resource-form";
import { UploadForm } from "@/components/resources/upload-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { buildRuleGroups } from "@/lib/bangkok-rules/reference-data";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadNewResourceForm, loadUploadedFile } from "@/lib/resources/loaders";
import { firstValues } from "@/lib/search-params";
import { RESOURCE_LIMITS, RESOURCE_TYPES } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResourceForm");
  return { title: t("newTitle") };
}

const RULE_GROUPS = buildRuleGroups();

export default withClientMessages(["BangkokRules", "ResourceForm", "FormStatus", "ui.button", "ui.formField"], async function NewResourcePage({ searchParams }: PageProps<"/resources/new">) {
  const query = firstValues(await searchParams);
  const asFile = query.as === "file";
  const [{ organizations, language }, { countries, languages, locale }, t, list, types] = await Promise.all([
    loadNewResourceForm(),
    loadChoices(),
    getTranslations("ResourceForm"),
    getTranslations("Resources"),
    getTranslations("ResourceTypes"),
  ]);
  const [upload, format] = await Promise.all([asFile ? loadUploadedFile("/resources/new?as=file", query.file) : null, getFormatter()]);
  const size = (bytes: number) => format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 }) + " MB";
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/resources" variant="subtle" className="text-sm">
        {list("title")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("newTitle")}</h1>
        <p className="text-muted">{asFile ? t("newIntroFile") : t("newIntro")}</p>
      </div>
      <nav aria-label={t("howLabel")} className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/resources/new" aria-current={asFile ? undefined : "page"} className={asFile ? undefined : "font-semibold no-underline"}>{t("asLink")}</Link>
        <Link href="/resources/new?as=file" aria-current={asFile ? "page" : undefined} className={asFile ? "font-semibold no-underline" : undefined}>{t("asFile")}</Link>
      </nav>
      {asFile && !upload ? (
        <>
          <p className="text-muted">{t("fileStep")}</p>
          <UploadForm action="/resources/upload" error={query.fileError} label={t("file")} />
        </>
      ) : (
      <ResourceForm
        upload={upload ? { ticket: upload.ticket, label: t("fileChosen", { name: upload.name, size: size(upload.byteSize) }) } : undefined}
        types={RESOURCE_TYPES.map((type) => ({ value: type, label: types(type) }))}
        countries={countries.map((country) => ({ value: country.code, label: country.name }))}
        languages={languages.map((option) => ({ value: option.code, label: option.name }))}
        organizations={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
        ruleGroups={RULE_GROUPS}
        initial={{ countries: [], rules: [], languages: [language ?? locale], visibility: "NETWORK" }}
        limits={RESOURCE_LIMITS}
      />
      )}
      {upload ? <Link href="/resources/new?as=file" className="self-start">{t("chooseAnother")}</Link> : null}
    </PageContainer>
  );
});
