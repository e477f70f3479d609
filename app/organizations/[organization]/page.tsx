import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { permanentRedirect } from "next/navigation";
import { ActionButtonForm } from "@/components/organizations/action-button-form";
import { RequestsAbout } from "@/components/collaborations/requests-about";
import { JoinRequestForm } from "@/components/organizations/join-request-form";
import { MemberCardList } from "@/components/profiles/member-card-list";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { ExternalLink, Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { loadRequestsAbout } from "@/lib/collaborations/loaders";
import { ResourcesAbout } from "@/components/resources/resources-about";
import { loadResourcesAbout } from "@/lib/resources/loaders";
import { resourceListHref } from "@/lib/resources/schema";
import { requestListHref } from "@/lib/collaborations/schema";
import { countryName } from "@/lib/countries/format";
import { leaveOrganizationAction, withdrawJoinRequestAction } from "@/lib/organizations/actions";
import { loadOrganizationPage } from "@/lib/organizations/loaders";

const OUTCOMES = ["updated", "requested", "withdrawn", "left"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrganizationPage");
  return { title: t("metaTitle") };
}

/** An organization as the network sees it, addressed by its slug; a merged duplicate sends to the survivor. */
export default withClientMessages(["FormStatus", "OrganizationJoin", "ui.button", "ui.formField"], async function OrganizationPage({ params, searchParams }: PageProps<"/organizations/[organization]">) {
  const { organization: slug } = await params;
  const page = await loadOrganizationPage(slug);
  if (page.mergedInto !== null) permanentRedirect(`/organizations/${page.mergedInto}`);
  const { organization, members, isRepresentative } = page;
  const doneParam = (await searchParams).done;
  const done = OUTCOMES.find((outcome) => outcome === doneParam);
  const [requests, about, t, manage, join, kinds, areas, locale, format, flag, resources, library] = await Promise.all([
    loadRequestsAbout(`/organizations/${slug}`, { organizationId: organization.id }),
    getTranslations("CollaborationsAbout"),
    getTranslations("OrganizationPage"),
    getTranslations("OrganizationManage"),
    getTranslations("OrganizationJoin"),
    getTranslations("OrganizationKinds"),
    getTranslations("AreasOfWork"),
    getLocale(),
    getFormatter(),
    getTranslations("ModerationFlagForm"),
    loadResourcesAbout(`/organizations/${slug}`, { organizationId: organization.id }, 3),
    getTranslations("ResourcesAbout"),
  ]);
  const workCountries = organization.workCountries.map((entry) => entry.country).filter((country) => country.code !== organization.country.code);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      {done ? <Alert variant="success">{manage(`done.${done}`)}</Alert> : null}
      {organization.status !== "ACTIVE" ? <Alert variant="warning" announce={false}>{t(organization.status === "PROPOSED" ? "proposedNotice" : "archivedNotice")}</Alert> : null}
      <div className="flex items-start gap-4">
        {organization.logoId ? (
          // eslint-disable-next-line @next/next/no-img-element -- a members-only file served by the app; next/image would re-fetch it without the session
          <img src={`/files/${organization.logoId}`} alt={manage("logo", { name: organization.name })} width={96} height={96} className="size-16 shrink-0 rounded-md border border-line bg-surface object-contain sm:size-24" />
        ) : null}
        <div className="flex min-w-0 flex-col gap-2">
          <h1 {...userTextProps("text-3xl font-semibold tracking-tight text-ink")}>{organization.name}</h1>
          <p className="text-muted">
            {kinds(organization.kind)} · {t("basedIn", { country: countryName(organization.country, locale) })}
          </p>
        </div>
      </div>
      {page.canManage ? (
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href={`/organizations/${organization.slug}/edit`}>{manage("edit")}</Link>
          <Link href={`/organizations/${organization.slug}/requests`}>{manage("requests")}</Link>
        </p>
      ) : null}
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
      {organization.status === "ACTIVE" ? (
        <>
        <RequestsAbout headingId="requests-heading" title={about("organizationTitle")} requests={requests.requests} seeAll={requestListHref({ organization: organization.slug })} />
        <ResourcesAbout headingId="resources-heading" title={library("organizationTitle")} resources={resources.resources} seeAll={resourceListHref({ organization: organization.slug })} />
        </>
      ) : null}
      {isRepresentative ? <Link href={`/organizations/${organization.id}/invitations`}>{t("invite")}</Link> : null}
      {!isRepresentative ? <Link href={`/flag/organization/${organization.slug}`} variant="subtle" className="self-start text-sm">{flag("flagLink")}</Link> : null}
      {page.isMember ? (
        <section aria-labelledby="membership-notice" className="flex flex-col gap-3">
          <p id="membership-notice" className="text-ink">
            {join("memberNotice")}
          </p>
          <ActionButtonForm action={leaveOrganizationAction} fields={{ organizationId: organization.id, slug: organization.slug }} label={join("leave")} pendingLabel={join("leaving")} hint={join("leaveHint")} idPrefix="leave" />
        </section>
      ) : page.ownRequest ? (
        <section aria-labelledby="join-heading" className="flex flex-col gap-3">
          <h2 id="join-heading" className="text-xl font-semibold text-ink">
            {join("askTitle")}
          </h2>
          <p className="text-ink">{join("pending", { date: format.dateTime(page.ownRequest.createdAt, { dateStyle: "medium" }) })}</p>
          <ActionButtonForm action={withdrawJoinRequestAction} fields={{ requestId: page.ownRequest.id, slug: organization.slug }} label={join("withdraw")} pendingLabel={join("withdrawing")} idPrefix="withdraw" />
        </section>
      ) : page.canRequestToJoin ? (
        <section aria-labelledby="join-heading" className="flex max-w-xl flex-col gap-3">
          <h2 id="join-heading" className="text-xl font-semibold text-ink">
            {join("askTitle")}
          </h2>
          <p className="text-muted">{join("askIntro")}</p>
          <JoinRequestForm organizationId={organization.id} slug={organization.slug} />
        </section>
      ) : null}
    </PageContainer>
  );
});

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1 p-4 sm:flex-row sm:gap-4">
      <dt className="font-medium text-ink sm:w-40 sm:shrink-0">{label}</dt>
      <dd className="min-w-0 text-ink">{children}</dd>
    </div>
  );
}
