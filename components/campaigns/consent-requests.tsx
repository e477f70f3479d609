import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/organizations/action-button-form";
import { EmptyState } from "@/components/ui/empty-state";
import { UserText } from "@/components/ui/user-text";
import { withdrawConsentAction } from "@/lib/campaigns/actions";
import { pickText, type ApprovedSpotlight, type SpotlightCandidate } from "@/lib/campaigns/format";
import { localeNames, type Locale } from "@/lib/i18n/config";
import { CampaignRequestsForm } from "./campaign-requests-form";
import { ConsentForm, type ConsentField } from "./consent-form";

type ConsentRequest = {
  id: string;
  campaign: { defaultLocale: string; texts: Array<{ locale: string; title: string }> };
  consent: "NOT_REQUESTED" | "REQUESTED" | "APPROVED" | "DECLINED" | "WITHDRAWN";
  publishAt: Date;
  candidate: SpotlightCandidate;
  preview: string;
  approved: ApprovedSpotlight | null;
};

const byLanguage = (texts: Partial<Record<Locale, string>>) =>
  Object.entries(texts)
    .map(([locale, text]) => `${localeNames[locale as Locale] ?? locale}: ${text}`)
    .join("\n\n");

/**
 * The member's spotlights in public campaigns, on the privacy page: each asked one with its preview and the
 * form to approve field by field or decline; each approved one with what is public and a way to withdraw it now.
 */
export async function ConsentRequests({ requests, requestsAllowed }: { requests: ConsentRequest[]; requestsAllowed: boolean | null }) {
  const [t, locale, format] = await Promise.all([getTranslations("CampaignConsent"), getLocale(), getFormatter()]);
  const country = (code: string | null) => (code ? (new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code) : null);
  return (
    <section aria-labelledby="campaign-consent-heading" className="flex flex-col gap-3">
      <h2 id="campaign-consent-heading" className="text-xl font-semibold text-ink">{t("title")}</h2>
      <p className="text-muted">{t("intro")}</p>
      {requestsAllowed === null ? null : <CampaignRequestsForm allowed={requestsAllowed} />}
      {requests.length === 0 ? (
        <EmptyState title={t("empty")} headingLevel={3} />
      ) : (
        <ul className="flex flex-col gap-4">
          {requests.map((request) => {
            const title = pickText(request.campaign.texts, locale, request.campaign.defaultLocale);
            const { candidate } = request;
            const fields: ConsentField[] = [
              candidate.photoFileId ? { name: "photo" as const, label: t("fields.photo"), value: "", photoUrl: `/files/${candidate.photoFileId}` } : null,
              candidate.countryCode ? { name: "country" as const, label: t("fields.country"), value: country(candidate.countryCode)! } : null,
              candidate.organizationName ? { name: "organization" as const, label: t("fields.organization"), value: candidate.organizationName } : null,
              Object.keys(candidate.stories).length ? { name: "story" as const, label: t("fields.story"), value: byLanguage(candidate.stories) } : null,
              Object.keys(candidate.quotes).length ? { name: "quote" as const, label: t("fields.quote"), value: byLanguage(candidate.quotes) } : null,
            ].filter((field) => field !== null);
            return (
              <li key={request.id} className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
                <div className="flex flex-col gap-1">
                  <h3 className="text-lg font-semibold text-ink">{title ? <UserText>{title.title}</UserText> : null}</h3>
                  <p className="text-sm text-muted">
                    {t(`states.${request.consent}`)} · {t("goesLive", { date: format.dateTime(request.publishAt, { dateStyle: "long", timeZone: "UTC" }) })}
                  </p>
                  {candidate.workTitle ? <p className="text-muted">{t("featuring", { title: candidate.workTitle })}</p> : null}
                </div>
                {request.consent === "APPROVED" && request.approved ? (
                  <>
                    <dl className="grid gap-2 sm:grid-cols-[auto_1fr]">
                      <dt className="font-medium text-ink">{t("fields.name")}</dt>
                      <dd className="text-muted">{request.approved.name ? <UserText>{request.approved.name}</UserText> : t("noNameShown")}</dd>
                      {request.approved.photoFileId ? (<><dt className="font-medium text-ink">{t("fields.photo")}</dt><dd className="text-muted">{t("shown")}</dd></>) : null}
                      {request.approved.countryCode ? (<><dt className="font-medium text-ink">{t("fields.country")}</dt><dd className="text-muted">{country(request.approved.countryCode)}</dd></>) : null}
                      {request.approved.organizationName ? (<><dt className="font-medium text-ink">{t("fields.organization")}</dt><dd className="text-muted"><UserText>{request.approved.organizationName}</UserText></dd></>) : null}
                      {Object.keys(request.approved.story).length ? (<><dt className="font-medium text-ink">{t("fields.story")}</dt><dd className="whitespace-pre-line text-muted"><UserText>{byLanguage(request.approved.story)}</UserText></dd></>) : null}
                      {Object.keys(request.approved.quote).length ? (<><dt className="font-medium text-ink">{t("fields.quote")}</dt><dd className="whitespace-pre-line text-muted"><UserText>{byLanguage(request.approved.quote)}</UserText></dd></>) : null}
                    </dl>
                    <ActionButtonForm action={withdrawConsentAction} fields={{ spotlightId: request.id }} label={t("withdraw")} pendingLabel={t("saving")} variant="danger" idPrefix={`withdraw-${request.id}`} hint={t("withdrawHint")} />
                  </>
                ) : (
                  <ConsentForm spotlightId={request.id} preview={request.preview} displayName={candidate.name} fields={fields} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
