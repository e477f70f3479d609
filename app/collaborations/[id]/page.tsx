import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RuleTag } from "@/components/rules/rule-tag";
import { reasonsSentence } from "@/components/collaborations/match-reasons";
import { CloseForm, DecisionForm, ResponseForm } from "@/components/collaborations/request-actions";
import { FlagForm } from "@/components/moderation/flag-form";
import { ActionButtonForm } from "@/components/organizations/action-button-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { flagRequestAction, inviteAction, reopenRequestAction, startWorkAction, withdrawResponseAction } from "@/lib/collaborations/actions";
import { loadRequestPage, type RequestPage } from "@/lib/collaborations/loaders";
import { COLLABORATION_LIMITS, FLAG_REASONS, requestListHref } from "@/lib/collaborations/schema";
import { countryName } from "@/lib/countries/format";
import { languageName } from "@/lib/i18n/languages";
import { loadVisit } from "@/lib/notifications/loaders";
import { AttachedResources } from "@/components/resources/attached-resources";

const DONE = ["posted", "edited", "started", "completed", "cancelled", "reopened", "responded", "accepted", "declined", "withdrawn"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CollaborationRequest");
  return { title: t("metaTitle") };
}

export default withClientMessages(["CollaborationRequest", "ModerationFlagForm", "FormStatus", "ui.button", "ui.formField"], async function RequestPageView({ params, searchParams }: PageProps<"/collaborations/[id]">) {
  const { id } = await params;
  const page = await loadRequestPage(id, await loadVisit());
  const doneParam = (await searchParams).done;
  const done = DONE.find((value) => value === doneParam);
  const [t, card, kinds, statuses, format, locale] = await Promise.all([
    getTranslations("CollaborationRequest"),
    getTranslations("CollaborationCard"),
    getTranslations("CollaborationKinds"),
    getTranslations("CollaborationStatus"),
    getFormatter(),
    getLocale(),
  ]);
  const { request } = page;
  const name = request.authorName ?? card("formerMember");
  const who = (chunks: React.ReactNode) => (request.authorHandle ? <Link href={`/members/${request.authorHandle}`}>{chunks}</Link> : chunks);
  const closed = request.status === "COMPLETED" || request.status === "CANCELLED";
  const countryNames = new Map(request.countries.map((country) => [country.code, countryName(country, locale)]));
  const fitting = await Promise.all(page.fitting.map(async (member) => ({ ...member, why: await reasonsSentence(member.reasons, countryNames, "member") })));
  const date = (at: Date) => format.dateTime(at, { dateStyle: "medium" });
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/collaborations" variant="subtle" className="text-sm">
        {t("back")}
      </Link>
      {done ? <Alert variant="success">{t(`done.${done}`)}</Alert> : null}
      {page.readAsModerator ? <Alert variant="warning" announce={false}>{t("moderatorNotice")}</Alert> : null}
      <header className="flex flex-col gap-2">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium text-brand-800">{kinds(request.kind)}</span>
          <span className="rounded bg-brand-50 px-1.5 text-ink">{statuses(request.status)}</span>
        </p>
        <h1 {...userTextProps("text-3xl font-semibold tracking-tight text-ink")}>{request.title}</h1>
        <p className="text-muted">
          {request.organization
            ? t.rich("postedFor", { organization: request.organization.name, name, org: (chunks) => <Link href={`/organizations/${request.organization!.slug}`}>{chunks}</Link>, who })
            : t.rich("postedBy", { name, who })}{" "}
          {t("postedOn", { date: date(request.createdAt) })}
        </p>
      </header>
      {closed ? <Alert variant="info" announce={false}>{t("closedNotice")}</Alert> : !page.takesInterest ? <Alert variant="info" announce={false}>{t("pastDeadlineNotice")}</Alert> : null}
      <dl className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
        <Row label={t("deadline")}>{request.deadline ? format.dateTime(request.deadline, { dateStyle: "long", timeZone: "UTC" }) : t("noDeadline")}</Row>
        {request.countries.length ? (
          <Row label={t("countries")}>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {request.countries.map((country) => (
                <li key={country.code}>
                  <Link href={requestListHref({ country: country.code })}>{countryNames.get(country.code)}</Link>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        {request.ruleNumbers.length ? (
          <Row label={t("rules")}>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {request.ruleNumbers.map((rule) => (
                <li key={rule}>
                  <RuleTag number={rule} style="inline" />
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        {request.languages.length ? <Row label={t("languages")}>{format.list(request.languages.map((code) => languageName(code, locale)))}</Row> : null}
        <Row label={t("wanted")}>{t("wantedValue", { accepted: request.acceptedCount, count: request.collaboratorsWanted })}</Row>
        <Row label={t("visibility")}>{request.visibility === "NAMED" ? t("visibilityNamed") : t("visibilityNetwork")}</Row>
        {request.named.length ? <Row label={t("namedList")}>{format.list(request.named.map((member) => (member.handle ? `${member.name} (@${member.handle})` : member.name)))}</Row> : null}
      </dl>
      <section aria-labelledby="needs-heading" className="flex flex-col gap-2">
        <h2 id="needs-heading" className="text-xl font-semibold text-ink">{t("needs")}</h2>
        <p {...userTextProps("whitespace-pre-line text-ink")}>{request.needs}</p>
      </section>
      <section aria-labelledby="description-heading" className="flex flex-col gap-2">
        <h2 id="description-heading" className="text-xl font-semibold text-ink">{t("description")}</h2>
        <div className="cooked" dir="auto" dangerouslySetInnerHTML={{ __html: request.cooked }} />
        <AttachedResources cards={request.attachments} />
      </section>
      {request.outcome ? (
        <section aria-labelledby="outcome-heading" className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
          <h2 id="outcome-heading" className="text-xl font-semibold text-ink">{t("outcomeHeading")}</h2>
          <p {...userTextProps("whitespace-pre-line text-ink")}>{request.outcome}</p>
          <p className="text-sm text-muted">{request.outcomeShared ? t("outcomeIsShared") : t("outcomeNotShared")}</p>
        </section>
      ) : null}
      {page.manages ? <Manage page={page} /> : null}
      {page.manages ? (
        <section id="responses" aria-labelledby="responses-heading" className="flex flex-col gap-3">
          <h2 id="responses-heading" className="text-xl font-semibold text-ink">{t("responsesHeading")}</h2>
          {page.responses.length ? <Responses responses={page.responses} /> : <p className="text-muted">{t("noResponses")}</p>}
        </section>
      ) : null}
      {page.ownResponses.length ? (
        <section id="your-responses" aria-labelledby="your-responses-heading" className="flex flex-col gap-3">
          <h2 id="your-responses-heading" className="text-xl font-semibold text-ink">{t("yourResponses")}</h2>
          <Responses responses={page.ownResponses} />
        </section>
      ) : null}
      {page.canRespond ? (
        <section aria-labelledby="respond-heading" className="flex flex-col gap-3">
          <h2 id="respond-heading" className="text-xl font-semibold text-ink">{t("respondHeading")}</h2>
          <p className="text-muted">{t("respondIntro")}</p>
          <ResponseForm requestId={request.id} organizations={page.organizations.map((organization) => ({ value: organization.id, label: organization.name }))} maxLength={COLLABORATION_LIMITS.response} />
        </section>
      ) : null}
      {page.manages && page.takesInterest ? (
        <section aria-labelledby="fitting-heading" className="flex flex-col gap-3">
          <h2 id="fitting-heading" className="text-xl font-semibold text-ink">{t("fittingHeading")}</h2>
          <p className="text-muted">{t("fittingIntro")}</p>
          {fitting.length ? (
            <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
              {fitting.map((member) => (
                <li key={member.handle} className="flex flex-col gap-2 p-4">
                  <Link href={`/members/${member.handle}`} {...userTextProps("font-medium")}>{member.displayName}</Link>
                  {member.why ? <p className="text-sm text-muted">{member.why}</p> : null}
                  {member.invited ? (
                    <p className="text-sm text-ink">{t("invitedBadge")}</p>
                  ) : (
                    <ActionButtonForm action={inviteAction} fields={{ requestId: request.id, handle: member.handle }} label={t("invite", { name: member.displayName })} pendingLabel={t("inviting")} idPrefix={`invite-${member.handle}`} />
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">{t("noFitting")}</p>
          )}
        </section>
      ) : null}
      {page.canFlag ? (
        <details className="rounded-lg border border-line bg-surface">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 text-sm text-ink">{t("flagTitle")}</summary>
          <div className="px-4 pb-4">
            <FlagForm action={flagRequestAction} target={{ requestId: request.id }} reasons={FLAG_REASONS} />
          </div>
        </details>
      ) : null}
      {page.workspaceId ? (
        <section id="workspace" aria-labelledby="workspace-heading" className="flex flex-col gap-2">
          <h2 id="workspace-heading" className="text-xl font-semibold text-ink">{t("workspaceHeading")}</h2>
          <p className="text-muted">{t("workspaceIntro")}</p>
          <Link href={`/messages/${page.workspaceId}`} className="self-start">{t("openWorkspace")}</Link>
        </section>
      ) : page.manages ? (
        <section id="workspace" aria-labelledby="workspace-heading" className="flex flex-col gap-2">
          <h2 id="workspace-heading" className="text-xl font-semibold text-ink">{t("workspaceHeading")}</h2>
          <p className="text-muted">{t("workspaceSoon")}</p>
        </section>
      ) : null}
    </PageContainer>
  );

  function Manage({ page }: { page: RequestPage }) {
    return (
      <section aria-labelledby="manage-heading" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
        <h2 id="manage-heading" className="text-xl font-semibold text-ink">{t("manageHeading")}</h2>
        {page.canEdit ? <Link href={`/collaborations/${page.request.id}/edit`} className="self-start">{t("edit")}</Link> : null}
        {page.canStart ? <ActionButtonForm action={startWorkAction} fields={{ requestId: page.request.id }} label={t("startWork")} pendingLabel={t("starting")} hint={t("startHint")} idPrefix="start" /> : null}
        {page.canClose ? (
          <div className="flex flex-col gap-3">
            <h3 className="text-lg font-semibold text-ink">{t("closeHeading")}</h3>
            <CloseForm requestId={page.request.id} maxLength={COLLABORATION_LIMITS.outcome} />
          </div>
        ) : null}
        {page.canReopen ? <ActionButtonForm action={reopenRequestAction} fields={{ requestId: page.request.id }} label={t("reopen")} pendingLabel={t("reopening")} idPrefix="reopen" /> : null}
      </section>
    );
  }

  function Responses({ responses }: { responses: RequestPage["responses"] }) {
    return (
      <ul className="flex flex-col gap-3">
        {responses.map((response) => {
          const who = response.responderName ?? card("formerMember");
          return (
            <li key={response.id} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                {response.responderHandle ? <Link href={`/members/${response.responderHandle}`} {...userTextProps("font-medium")}>{who}</Link> : <span {...userTextProps("font-medium")}>{who}</span>}
                {response.organization ? <span {...userTextProps("text-muted")}>{t("onBehalf", { organization: response.organization.name })}</span> : null}
                <span className="text-muted">{t("respondedOn", { date: date(response.createdAt) })}</span>
                <span className="rounded bg-brand-50 px-1.5 text-ink">{t(`responseStatus.${response.status}`)}</span>
              </p>
              <div className="cooked" dir="auto" dangerouslySetInnerHTML={{ __html: response.cooked }} />
              {response.decisionMessage ? (
                <div className="border-l-4 border-line pl-3">
                  <p className="text-sm font-medium text-ink">{t("authorMessage")}</p>
                  <p {...userTextProps("whitespace-pre-line text-ink")}>{response.decisionMessage}</p>
                </div>
              ) : null}
              {response.canDecide ? <DecisionForm responseId={response.id} maxLength={COLLABORATION_LIMITS.decision} /> : null}
              {response.canWithdraw ? <ActionButtonForm action={withdrawResponseAction} fields={{ responseId: response.id }} label={t("withdraw")} pendingLabel={t("withdrawing")} idPrefix={`withdraw-${response.id}`} /> : null}
            </li>
          );
        })}
      </ul>
    );
  }
});

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1 p-4 sm:flex-row sm:gap-4">
      <dt className="font-medium text-ink sm:w-40 sm:shrink-0">{label}</dt>
      <dd className="min-w-0 text-ink">{children}</dd>
    </div>
  );
}

