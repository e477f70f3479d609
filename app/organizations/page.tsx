import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganizationFilters } from "@/components/organizations/organization-filters";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { countryName, countryOptions } from "@/lib/countries/format";
import { loadOrganizationDirectory, loadRepresentedOrganizations } from "@/lib/organizations/loaders";
import { ORGANIZATION_KINDS } from "@/lib/organizations/schema";
import { AREAS_OF_WORK } from "@/lib/profiles/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrganizationList");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganizationsPage({ searchParams }: Props) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [{ filter, rows, next, countries }, represented, t, kinds, areas, invite, locale] = await Promise.all([
    loadOrganizationDirectory(await searchParams),
    loadRepresentedOrganizations(),
    getTranslations("OrganizationList"),
    getTranslations("OrganizationKinds"),
    getTranslations("AreasOfWork"),
    getTranslations("OrganizationsArea"),
    getLocale(),
  ]);
  const nextHref = next ? `/organizations?${new URLSearchParams({ ...definedOnly(filter), after: next })}` : null;
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")} />
      <OrganizationFilters
        filter={filter}
        countries={countryOptions(countries, locale).map((country) => ({ value: country.code, label: country.name }))}
        kinds={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: kinds(kind) }))}
        areas={AREAS_OF_WORK.map((area) => ({ value: area, label: areas(area) }))}
      />
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} action={<Link href="/organizations">{t("clear")}</Link>} />
      ) : (
        <ul aria-label={t("resultsLabel")} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {rows.map((organization) => (
            <li key={organization.id} className="flex flex-col gap-1 p-4">
              <Link href={`/organizations/${organization.slug}`} {...userTextProps("font-medium")}>
                {organization.name}
              </Link>
              <span className="text-sm text-muted">
                {kinds(organization.kind)} · {countryName(organization.country, locale)}
                {organization.areasOfWork.length ? ` · ${organization.areasOfWork.map((area) => areas(area)).join(", ")}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      {nextHref ? (
        <Link href={nextHref} className="self-start">
          {t("next")}
        </Link>
      ) : null}
      {represented.length > 0 ? (
        <section aria-labelledby="represented-heading" className="flex flex-col gap-3">
          <h2 id="represented-heading" className="text-xl font-semibold text-ink">
            {invite("represented")}
          </h2>
          <ul className="flex flex-col gap-2">
            {represented.map((organization) => (
              <li key={organization.id}>
                <Link href={`/organizations/${organization.id}/invitations`} {...userTextProps()}>
                  {invite("invite", { name: organization.name })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageContainer>
  );
}

function definedOnly(filter: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== "after"));
}
