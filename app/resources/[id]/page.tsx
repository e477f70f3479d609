import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { ActionButtonForm } from "@/components/organizations/action-button-form";
import { FlagForm } from "@/components/moderation/flag-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { loadChoices } from "@/lib/collaborations/loaders";
import { languageName } from "@/lib/i18n/languages";
import { LINK_REL } from "@/lib/markdown/cook";
import { flagResourceAction, restoreResourceAction, withdrawResourceAction } from "@/lib/resources/actions";
import { linkHost } from "@/lib/resources/format";
import { loadResourcePage, type ReferenceRow } from "@/lib/resources/loaders";
import { FLAG_REASONS, resourceListHref } from "@/lib/resources/schema";

const DONE = ["shared", "edited", "versioned", "withdrawn", "restored"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Resource");
  return { title: t("metaTitle") };
}

const referenceHref = (reference: ReferenceRow) =>
  reference.sourceType === "BoardPost" ? `/board/t/${reference.threadId}/${reference.slug}/${reference.number}#post-${reference.number}` : `/collaborations/${reference.requestId}`;

export default withClientMessages(["ModerationFlagForm", "FormStatus", "ui.button", "ui.formField"], async function ResourcePageView({ params, searchParams }: PageProps<"/resources/[id]">) {
  const { id } = await params;
  const page = await loadResourcePage(id);
  const doneParam = (await searchParams).done;
  const done = DONE.find((value) => value === doneParam);
  const [t, card, types, format, locale, { countries }] = await Promise.all([getTranslations("Resource"), getTranslations("ResourceCard"), getTranslations("ResourceTypes"), getFormatter(), getLocale(), loadChoices()]);
  const { resource } = page;
  const countryNames = new Map(countries.map((country) => [country.code, country.name]));
  const name = resource.authorName ?? card("formerMember");
  const who = (chunks: React.ReactNode) => (resource.authorHandle ? <Link href={`/members/${resource.authorHandle}`}>{chunks}</Link> : chunks);
  const date = (at: Date) => format.dateTime(at, { dateStyle: "medium" });
  const current = resource.versions[0];
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/resources" variant="subtle" className="text-sm">
        {t("back")}
      </Link>
      {done ? <Alert variant="success">{t(`done.${done}`)}</Alert> : null}
      {resource.status === "WITHDRAWN" ? <Alert variant="warning" announce={false}>{t("withdrawnNotice")}</Alert> : null}
      {resource.status === "HIDDEN" ? <Alert variant="warning" announce={false}>{t("hiddenNotice")}</Alert> : null}
      <header className="flex flex-col gap-2">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium text-brand-800">{types(resource.type)}</span>
          {resource.visibility === "ORGANIZATION" ? <span className="rounded border border-line px-1.5 text-muted">{card("organizationOnly")}</span> : null}
        </p>
        <h1 {...userTextProps("text-3xl font-semibold tracking-tight text-ink")}>{resource.title}</h1>
        <p className="text-muted">
          {resource.organization
            ? t.rich("sharedFor", { organization: resource.organization.name, name, org: (chunks) => <Link href={`/organizations/${resource.organization!.slug}`}>{chunks}</Link>, who })
            : t.rich("sharedBy", { name, who })}{" "}
          {t("sharedOn", { date: date(resource.createdAt) })}
        </p>
      </header>
      {current ? (
        <div className="flex flex-col gap-1">
          {current.storedFileId ? (
            <ButtonLink href={`/resources/${resource.id}/download`} className="self-start">{t("download")}</ButtonLink>
          ) : current.linkUrl ? (
            <>
              <a href={current.linkUrl} rel={LINK_REL} className={buttonClasses({ className: "self-start" })}>
                {t("openLink")}
              </a>
              <p className="text-sm text-muted">{t("linkLeads", { host: linkHost(current.linkUrl) })}</p>
            </>
          ) : null}
        </div>
      ) : null}
      <section aria-labelledby="summary-heading" className="flex flex-col gap-2">
        <h2 id="summary-heading" className="text-xl font-semibold text-ink">{t("summary")}</h2>
        <div className="cooked" dir="auto" dangerouslySetInnerHTML={{ __html: resource.summaryCooked }} />
      </section>
      <dl className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
        {resource.year ? <Row label={t("year")}>{resource.year}</Row> : null}
        {resource.languages.length ? <Row label={t("languages")}>{format.list(resource.languages.map((code) => languageName(code, locale)))}</Row> : null}
        {resource.countryCodes.length ? (
          <Row label={t("countries")}>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {resource.countryCodes.map((code) => (
                <li key={code}>
                  <Link href={resourceListHref({ country: code })}>{countryNames.get(code) ?? code}</Link>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        {resource.ruleNumbers.length ? (
          <Row label={t("rules")}>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {resource.ruleNumbers.map((rule) => (
                <li key={rule}>
                  <Link href={`/rules/${rule}`}>{t("ruleLink", { number: rule })}</Link>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        <Row label={t("visibility")}>{resource.visibility === "ORGANIZATION" ? t("visibilityOrganization", { organization: resource.organization?.name ?? "" }) : t("visibilityNetwork")}</Row>
      </dl>
      <section aria-labelledby="versions-heading" className="flex flex-col gap-2">
        <h2 id="versions-heading" className="text-xl font-semibold text-ink">{t("versions")}</h2>
        <ol className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {resource.versions.map((version, index) => (
            <li key={version.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3 text-sm">
              <span className="font-medium text-ink">{t("versionNumber", { number: version.number })}</span>
              <span className="text-muted">{date(version.createdAt)}</span>
              {index === 0 ? <span className="rounded bg-brand-50 px-1.5 text-ink">{t("current")}</span> : null}
              {version.storedFileId ? (
                <Link href={`/resources/${resource.id}/download?version=${version.number}`}>{t("downloadVersion", { name: version.fileName ?? t("file") })}</Link>
              ) : version.linkUrl ? (
                <a href={version.linkUrl} rel={LINK_REL} className="break-all text-brand-700 underline">{linkHost(version.linkUrl)}</a>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="references-heading" className="flex flex-col gap-2">
        <h2 id="references-heading" className="text-xl font-semibold text-ink">{t("references")}</h2>
        {page.references.length ? (
          <ul className="flex flex-col gap-1">
            {page.references.map((reference) => (
              <li key={`${reference.sourceType}:${reference.threadId ?? reference.requestId}:${reference.number ?? ""}`}>
                <span className="text-sm text-muted">{reference.sourceType === "BoardPost" ? t("inThread") : t("inRequest")}</span>{" "}
                <Link href={referenceHref(reference)} {...userTextProps()}>{reference.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t("noReferences", { path: `/resources/${resource.id}` })}</p>
        )}
      </section>
      {page.authorSide ? (
        <section aria-labelledby="manage-heading" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
          <h2 id="manage-heading" className="text-xl font-semibold text-ink">{t("manageHeading")}</h2>
          {page.canEdit ? <Link href={`/resources/${resource.id}/edit`} className="self-start">{t("edit")}</Link> : null}
          {page.canWithdraw ? <ActionButtonForm action={withdrawResourceAction} fields={{ resourceId: resource.id }} label={t("withdraw")} pendingLabel={t("withdrawing")} hint={t("withdrawHint")} idPrefix="withdraw" /> : null}
          {page.canRestore ? <ActionButtonForm action={restoreResourceAction} fields={{ resourceId: resource.id }} label={t("restore")} pendingLabel={t("restoring")} idPrefix="restore" /> : null}
        </section>
      ) : null}
      {page.canFlag ? (
        <details className="rounded-lg border border-line bg-surface">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 text-sm text-ink">{t("flagTitle")}</summary>
          <div className="px-4 pb-4">
            <FlagForm action={flagResourceAction} target={{ resourceId: resource.id }} reasons={FLAG_REASONS} />
          </div>
        </details>
      ) : null}
    </PageContainer>
  );
});

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1 p-3 sm:flex-row sm:gap-4">
      <dt className="font-medium text-ink sm:w-40 sm:shrink-0">{label}</dt>
      <dd className="text-ink">{children}</dd>
    </div>
  );
}
