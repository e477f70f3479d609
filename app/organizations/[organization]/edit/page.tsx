import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LogoForm } from "@/components/organizations/logo-form";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { countryOptions } from "@/lib/countries/format";
import { loadOrganizationForEdit } from "@/lib/organizations/loaders";
import { ORGANIZATION_KINDS } from "@/lib/organizations/schema";
import { AREAS_OF_WORK } from "@/lib/profiles/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrganizationEdit");
  return { title: t("metaTitle") };
}

/** Representatives (and admins) edit their organization's details and logo. */
export default withClientMessages(["FormStatus", "OrganizationEdit", "ui.button", "ui.formField"], async function EditOrganizationPage({ params }: PageProps<"/organizations/[organization]/edit">) {
  const { organization: slug } = await params;
  const [{ organization, countries }, t, kinds, areas, locale] = await Promise.all([
    loadOrganizationForEdit(slug),
    getTranslations("OrganizationEdit"),
    getTranslations("OrganizationKinds"),
    getTranslations("AreasOfWork"),
    getLocale(),
  ]);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-8 py-8 lg:py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title", { name: organization.name })}</h1>
        <p className="text-muted">{t("intro")}</p>
        <Link href={`/organizations/${organization.slug}`} className="self-start">
          {t("back")}
        </Link>
      </div>
      <section aria-labelledby="logo-heading" className="flex flex-col gap-3">
        <h2 id="logo-heading" className="text-xl font-semibold text-ink">
          {t("logoTitle")}
        </h2>
        <LogoForm organizationId={organization.id} logoId={organization.logoId} />
      </section>
      <section aria-labelledby="details-heading" className="flex flex-col gap-3">
        <h2 id="details-heading" className="text-xl font-semibold text-ink">
          {t("detailsTitle")}
        </h2>
        <OrganizationForm
          values={{
            id: organization.id,
            slug: organization.slug,
            name: organization.name,
            description: organization.description ?? "",
            website: organization.website ?? "",
            kind: organization.kind,
            countryCode: organization.countryCode,
            workCountries: organization.workCountries.map((row) => row.countryCode),
            areasOfWork: organization.areasOfWork,
          }}
          countries={countryOptions(countries, locale).map((country) => ({ value: country.code, label: country.name }))}
          kinds={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: kinds(kind) }))}
          areas={AREAS_OF_WORK.map((area) => ({ value: area, label: areas(area) }))}
        />
      </section>
    </PageContainer>
  );
});
