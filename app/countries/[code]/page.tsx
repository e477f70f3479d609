import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RequestsAbout } from "@/components/collaborations/requests-about";
import { MemberCardList } from "@/components/profiles/member-card-list";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { loadRequestsAbout } from "@/lib/collaborations/loaders";
import { ResourcesAbout } from "@/components/resources/resources-about";
import { loadResourcesAbout } from "@/lib/resources/loaders";
import { resourceListHref } from "@/lib/resources/schema";
import { requestListHref } from "@/lib/collaborations/schema";
import { countryName } from "@/lib/countries/format";
import { loadCountryPage } from "@/lib/countries/loaders";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ after?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("Countries");
  return { title: `${t("countryMetaTitle")} ${(await params).code.toUpperCase()}` };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const [{ code }, { after }] = await Promise.all([params, searchParams]);
  const [{ country, members, organizations }, t, areas, locale, about, requests, resources, library] = await Promise.all([
    loadCountryPage(code, after),
    getTranslations("Countries"),
    getTranslations("AreasOfWork"),
    getLocale(),
    getTranslations("CollaborationsAbout"),
    loadRequestsAbout(`/countries/${encodeURIComponent(code)}`, { country: code }),
    loadResourcesAbout(`/countries/${encodeURIComponent(code)}`, { country: code }),
    getTranslations("ResourcesAbout"),
  ]);
  const path = `/countries/${country.code.toLowerCase()}`;
  return (
    <PageContainer className="flex flex-col gap-8 py-8 lg:py-10">
      <div className="flex flex-col gap-2">
        <Link href="/countries">{t("allCountries")}</Link>
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{countryName(country, locale)}</h1>
      </div>
      <section aria-labelledby="members-heading" className="flex flex-col gap-3">
        <h2 id="members-heading" className="text-xl font-semibold text-ink">
          {t("countryMembers")}
        </h2>
        {members.cards.length ? (
          <MemberCardList cards={members.cards.map((card) => ({ ...card, detail: [...card.areasOfWork.map((area) => areas(area)), ...card.keywords].join(" · ") }))} />
        ) : <p className="text-muted">{t("noCountryMembers")}</p>}
        {members.next ? (
          <Link href={`${path}?after=${members.next}`} className="self-start">
            {t("moreMembers")}
          </Link>
        ) : null}
      </section>
      <section aria-labelledby="organizations-heading" className="flex flex-col gap-3">
        <h2 id="organizations-heading" className="text-xl font-semibold text-ink">
          {t("countryOrganizations")}
        </h2>
        {organizations.length ? (
          <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
            {organizations.map((organization) => (
              <li key={organization.id} className="flex flex-wrap items-baseline gap-x-3 p-3">
                <Link href={`/organizations/${organization.slug}`} {...userTextProps("font-medium")}>
                  {organization.name}
                </Link>
                <span className="text-sm text-muted">{organization.countryCode === country.code ? t("basedHere") : t("worksHere")}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t("noCountryOrganizations")}</p>
        )}
      </section>
      <RequestsAbout headingId="requests-heading" title={about("countryTitle")} requests={requests.requests} seeAll={requestListHref({ country: country.code })} />
      <ResourcesAbout headingId="resources-heading" title={library("countryTitle")} resources={resources.resources} seeAll={resourceListHref({ country: country.code })} />
      <EmptyState headingLevel={2} title={t("laterTitle")} description={t("later")} />
    </PageContainer>
  );
}
