import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { UpdateApplicationForm } from "@/components/applications/update-application-form";
import { WithdrawForm } from "@/components/applications/withdraw-form";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { userTextProps } from "@/components/ui/user-text";
import { withClientMessages } from "@/components/shell/client-messages";
import { countryName } from "@/lib/countries/format";
import { languageName } from "@/lib/i18n/languages";
import { loadApplicationFormOptions, loadOwnApplication } from "@/lib/applications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ApplicationStatus");
  return { title: t("metaTitle") };
}

/** The applicant's own application: where it stands, the reviewers' question if any, and withdrawal. */
export default withClientMessages(["ApplicationStatus", "Apply", "FormStatus", "ui.button", "ui.formField"], async function ApplicationPage() {
  const { application } = await loadOwnApplication();
  const [t, format, locale] = await Promise.all([getTranslations("ApplicationStatus"), getFormatter(), getLocale()]);

  if (!application) {
    return (
      <PageContainer className="max-w-3xl py-10">
        <EmptyState headingLevel={1} title={t("noApplicationTitle")} description={t("noApplicationBody")} />
      </PageContainer>
    );
  }

  const status = application.status as "UNVERIFIED" | "PENDING" | "MORE_INFO_REQUESTED";
  const organization =
    application.organization?.name ?? (application.proposedOrgName ? t("proposedOrganization", { name: application.proposedOrgName }) : null);
  const details: Array<[string, string | null]> = [
    [t("kind"), t(`kinds.${application.kind}`)],
    [t("country"), countryName({ name: application.countryCode, names: application.country.names }, locale)],
    ...(application.kind === "ORGANIZATION" ? ([[t("organization"), organization]] as Array<[string, string | null]>) : []),
    [t("languages"), application.languages.map((code) => languageName(code, locale)).join(", ")],
    [t("work"), application.workDescription],
    [t("vouching"), application.vouchedBy],
  ];
  const countries = status === "MORE_INFO_REQUESTED" && application.proposedOrgName ? (await loadApplicationFormOptions()).countries : [];

  return (
    <PageContainer className="flex max-w-3xl flex-col gap-8 py-10">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>

      <section aria-labelledby="application-status" className="flex flex-col gap-3">
        <h2 id="application-status" className="text-xl font-semibold text-ink">
          {t("statusLabel")}
        </h2>
        <Alert variant={status === "MORE_INFO_REQUESTED" ? "warning" : "info"} announce={false} title={t(`status.${status}`)}>
          <p>{t(`explanation.${status}`)}</p>
          <p className="mt-1 text-sm">
            {application.submittedAt
              ? t("submittedOn", { date: format.dateTime(application.submittedAt, { dateStyle: "long" }) })
              : t("startedOn", { date: format.dateTime(application.createdAt, { dateStyle: "long" }) })}
          </p>
        </Alert>
      </section>

      {status === "MORE_INFO_REQUESTED" ? (
        <section aria-labelledby="application-request" className="flex flex-col gap-4">
          <h2 id="application-request" className="text-xl font-semibold text-ink">
            {t("requestTitle")}
          </h2>
          <blockquote {...userTextProps("border-l-4 border-brand-700 bg-surface py-2 pl-4 whitespace-pre-line")}>{application.infoRequest}</blockquote>
          <h3 className="text-lg font-semibold text-ink">{t("updateTitle")}</h3>
          <p className="text-muted">{t("updateIntro")}</p>
          <UpdateApplicationForm
            countries={countries}
            application={{
              workDescription: application.workDescription,
              vouchedBy: application.vouchedBy,
              proposedOrganization:
                application.kind === "ORGANIZATION" && !application.organization && application.proposedOrgName
                  ? { name: application.proposedOrgName, website: application.proposedOrgWebsite, countryCode: application.proposedOrgCountryCode }
                  : null,
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="application-summary" className="flex flex-col gap-3">
        <h2 id="application-summary" className="text-xl font-semibold text-ink">
          {t("summaryTitle")}
        </h2>
        <dl className="flex flex-col gap-3">
          {details.map(([label, value]) => (
            <div key={label} className="flex flex-col gap-0.5">
              <dt className="font-medium text-ink">{label}</dt>
              <dd {...userTextProps("whitespace-pre-line text-muted")}>{value || t("none")}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-muted">{t("privateNote")}</p>
      </section>

      <section aria-labelledby="application-withdraw" className="flex flex-col gap-3 border-t border-line pt-6">
        <h2 id="application-withdraw" className="text-xl font-semibold text-ink">
          {t("withdrawTitle")}
        </h2>
        <p>{t("withdrawBody")}</p>
        <WithdrawForm />
      </section>
    </PageContainer>
  );
});
