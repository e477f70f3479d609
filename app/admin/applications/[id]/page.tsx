import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ApproveForm, MessageDecisionForm } from "@/components/admin/decision-forms";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { countryName } from "@/lib/countries/format";
import { languageName } from "@/lib/i18n/languages";
import { findCountryNamesFor, loadApplicationForReview } from "@/lib/applications/loaders";
import { ADMIN_MOMENT } from "@/components/admin/admin-time";
import { withClientMessages } from "@/components/shell/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminApplication");
  return { title: t("metaTitle") };
}

type Row = [label: string, value: string | null | undefined];

function Details({ rows, none }: { rows: Row[]; none: string }) {
  return (
    <dl className="flex flex-col gap-3">
      {rows.map(([label, value]) => (
        <div key={label} className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
          <dt className="font-medium text-ink sm:w-56 sm:shrink-0">{label}</dt>
          <dd {...userTextProps("min-w-0 whitespace-pre-line text-muted")}>{value || none}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything about one application, for an admin, and the three decisions while it waits for one. */
export default withClientMessages(["AdminApplication", "FormStatus", "ui.button", "ui.formField"], async function ReviewApplicationPage({ params }: PageProps<"/admin/applications/[id]">) {
  const { id } = await params;
  const { application, organizations } = await loadApplicationForReview(id);
  if (!application || application.status === "UNVERIFIED") notFound();
  const [t, earlierLabel, format, locale] = await Promise.all([getTranslations("AdminApplication"), getTranslations("EarlierApplication"), getFormatter(), getLocale()]);
  const date = (value: Date | null) => (value ? format.dateTime(value, ADMIN_MOMENT) : null);
  const [proposedCountry] = application.proposedOrgCountryCode ? await findCountryNamesFor([application.proposedOrgCountryCode]) : [];
  const { user, invitation } = application;

  const applicant: Row[] = [
    [t("fullName"), user.name],
    [t("displayName"), user.displayName],
    [t("email"), user.email],
    [t("emailVerified"), date(user.emailVerified)],
    [t("language"), user.locale ? languageName(user.locale, locale) : null],
  ];
  const answers: Row[] = [
    [t("kind"), t(`kinds.${application.kind}`)],
    [t("country"), countryName({ name: application.countryCode, names: application.country.names }, locale)],
    ...(application.kind === "ORGANIZATION"
      ? ([
          [t("organization"), application.organization?.name],
          ...(application.proposedOrgName
            ? [
                [t("proposedName"), application.proposedOrgName],
                [t("proposedWebsite"), application.proposedOrgWebsite],
                [t("proposedCountry"), proposedCountry ? countryName(proposedCountry, locale) : application.proposedOrgCountryCode],
              ]
            : []),
        ] as Row[])
      : []),
    [t("languages"), application.languages.map((code) => languageName(code, locale)).join(", ")],
    [t("work"), application.workDescription],
    [t("vouching"), application.vouchedBy],
  ];
  const history: Row[] = [
    [t("status"), t(`statuses.${application.status}`)],
    [t("created"), date(application.createdAt)],
    [t("consented"), date(application.consentedAt)],
    [t("submitted"), date(application.submittedAt)],
    ...(invitation
      ? ([
          [
            t("invitation"),
            invitation.organization
              ? t("invitedByForOrganization", { name: invitation.invitedBy.displayName ?? "", organization: invitation.organization.name })
              : t("invitedBy", { name: invitation.invitedBy.displayName ?? "" }),
          ],
        ] as Row[])
      : []),
    ...(application.infoRequest ? ([[t("infoRequest"), application.infoRequest]] as Row[]) : []),
    ...(application.decisionReason ? ([[t("decisionReason"), application.decisionReason]] as Row[]) : []),
    ...(application.decidedAt ? ([[t("decidedAt"), date(application.decidedAt)]] as Row[]) : []),
    ...user.applications.map((earlier): Row => [earlierLabel("rejected", { date: date(earlier.decidedAt) ?? "" }), earlier.decisionReason]),
  ];

  return (
    <PageContainer className="flex max-w-4xl flex-col gap-8 py-10">
      <Link href="/admin/applications">{t("back")}</Link>
      <h1 {...userTextProps("text-3xl font-semibold tracking-tight text-ink")}>{t("title", { name: user.displayName ?? "" })}</h1>

      <section aria-labelledby="review-applicant" className="flex flex-col gap-3">
        <h2 id="review-applicant" className="text-xl font-semibold text-ink">
          {t("applicantTitle")}
        </h2>
        <Details rows={applicant} none={t("none")} />
      </section>

      <section aria-labelledby="review-answers" className="flex flex-col gap-3">
        <h2 id="review-answers" className="text-xl font-semibold text-ink">
          {t("applicationTitle")}
        </h2>
        <Details rows={answers} none={t("none")} />
      </section>

      <section aria-labelledby="review-private" className="flex flex-col gap-3 rounded-lg border-2 border-amber-800 bg-amber-50 p-4">
        <h2 id="review-private" className="text-xl font-semibold text-ink">
          {t("privateTitle")}
        </h2>
        <p className="text-sm">{t("privateHint")}</p>
        <p {...userTextProps("whitespace-pre-line")}>{application.livedExperience ?? t("privateNone")}</p>
      </section>

      <section aria-labelledby="review-history" className="flex flex-col gap-3">
        <h2 id="review-history" className="text-xl font-semibold text-ink">
          {t("historyTitle")}
        </h2>
        <Details rows={history} none={t("none")} />
      </section>

      <section aria-labelledby="review-decision" className="flex flex-col gap-6 border-t border-line pt-6">
        <h2 id="review-decision" className="text-2xl font-semibold text-ink">
          {t("decisionTitle")}
        </h2>
        {application.status !== "PENDING" ? (
          <Alert variant="info" announce={false}>
            {t("notDecidable", { status: t(`statuses.${application.status}`) })}
          </Alert>
        ) : (
          <>
            <section aria-labelledby="decision-approve" className="flex flex-col gap-3">
              <h3 id="decision-approve" className="text-lg font-semibold text-ink">
                {t("approve.title")}
              </h3>
              <ApproveForm
                applicationId={application.id}
                organizationApplication={application.kind === "ORGANIZATION"}
                proposedOrganization={application.kind === "ORGANIZATION" && !application.organization ? application.proposedOrgName : null}
                organizations={organizations}
              />
            </section>
            <section aria-labelledby="decision-more-info" className="flex flex-col gap-3">
              <h3 id="decision-more-info" className="text-lg font-semibold text-ink">
                {t("moreInfo.title")}
              </h3>
              <MessageDecisionForm applicationId={application.id} kind="moreInfo" />
            </section>
            <section aria-labelledby="decision-reject" className="flex flex-col gap-3">
              <h3 id="decision-reject" className="text-lg font-semibold text-ink">
                {t("reject.title")}
              </h3>
              <MessageDecisionForm applicationId={application.id} kind="reject" />
            </section>
          </>
        )}
      </section>
    </PageContainer>
  );
});
