import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { permanentRedirect } from "next/navigation";
import { MemberCardList } from "@/components/profiles/member-card-list";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { ExternalLink, Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { countryName } from "@/lib/countries/format";
import { loadOrganizationPage } from "@/lib/organizations/loaders";

type Props = { params: Promise<{ organization: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrganizationPage");
  return { title: t("metaTitle") };
}

/** An organization as the network sees it, addressed by its slug; a merged duplicate sends to the survivor. */
export default async function OrganizationPage({ params }: Props) {
  const { organization: slug } = await params;
  const page = await loadOrganizationPage(slug);
  if (page.mergedInto !== null) permanentRedirect(`/organizations/${page.mergedInto}`);
  const { organization, members, isRepresentative } = page;
  const [t, kinds, areas, locale, format] = await Promise.all([getTranslations("OrganizationPage"), getTranslations("OrganizationKinds"), getTranslations("AreasOfWork"), getLocale(), getFormatter()]);
  const workCountries = organization.workCountries.map((entry) => entry.country).filter((country) => country.code !== organization.country.code);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      {organization.status !== "ACTIVE" ? <Alert variant="warning" announce={false}>{t(organization.status === "PROPOSED" ? "proposedNotice" : "archivedNotice")}</Alert> : null}
      <div className="flex flex-col gap-2">
        <h1 {...userTextProps("text-3xl font-semibold tracking-tight text-ink")}>{organization.name}</h1>
        <p className="text-muted">
          {kinds(organization.kind)} · {t("basedIn", { country: countryName(organization.country, locale) })}
        </p>
      </div>
      {organization.description ? <p {...userTextProps("max-w-prose whitespace-pre-line text-ink")}>{organization.description}</p> : null}
      <dl className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
        {organization.website ? (
          <Row label={t("website")}>
            <ExternalLink href={organization.website} rel="nofollow noreferrer" {...userTextProps()}>
              {organization.website.replace(/^https?:\/\//, "")}
            </ExternalLink>
          </Row>
        ) : null}
        {workCountries.length ? (
          <Row label={t("worksIn")}>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {workCountries.map((country) => (
                <li key={country.code}>
                  <Link href={`/countries/${country.code.toLowerCase()}`}>{countryName(country, locale)}</Link>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        {organization.areasOfWork.length ? <Row label={t("areas")}>{format.list(organization.areasOfWork.map((area) => areas(area)))}</Row> : null}
      </dl>
      <section aria-labelledby="members-heading" className="flex flex-col gap-3">
        <h2 id="members-heading" className="text-xl font-semibold text-ink">
          {t("members")}
        </h2>
        {members.length ? (
          <MemberCardList
            cards={members.map((member) => ({ ...member, detail: [member.title, member.role === "REPRESENTATIVE" ? t("representative") : null].filter(Boolean).join(" · ") }))}
          />
        ) : (
          <p className="text-muted">{t("noMembers")}</p>
        )}
      </section>
      {isRepresentative ? <Link href={`/organizations/${organization.id}/invitations`}>{t("invite")}</Link> : null}
    </PageContainer>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1 p-4 sm:flex-row sm:gap-4">
      <dt className="font-medium text-ink sm:w-40 sm:shrink-0">{label}</dt>
      <dd className="min-w-0 text-ink">{children}</dd>
    </div>
  );
}
