import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SpotlightForm } from "@/components/campaigns/spotlight-form";
import { ActionButtonForm } from "@/components/organizations/action-button-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink, Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { userTextProps } from "@/components/ui/user-text";
import { moveSpotlightAction, removeSpotlightAction, requestConsentAction } from "@/lib/campaigns/actions";
import { featuredLabel as featured, pickText } from "@/lib/campaigns/format";
import { loadAdminCampaign } from "@/lib/campaigns/loaders";
import { SPOTLIGHT_SUBJECTS } from "@/lib/campaigns/schema";

export async function generateMetadata({ params }: PageProps<"/admin/campaigns/[id]">): Promise<Metadata> {
  const [{ campaign }, locale] = await Promise.all([loadAdminCampaign((await params).id), getLocale()]);
  return { title: pickText(campaign.texts, locale, campaign.defaultLocale)?.title ?? campaign.slug };
}

const DONE = ["created", "saved", "spotlightAdded", "spotlightSaved", "consentReset", "moved", "asked", "removed"] as const;

/** A campaign: its summary, its spotlights in order (edit, reorder, ask for consent, remove), a new spotlight, and the schedule. */
export default withClientMessages(["CampaignAdmin.form", "FormStatus", "ui.button", "ui.formField"], async function AdminCampaignPage({ params, searchParams }: PageProps<"/admin/campaigns/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [{ campaign, state, schedule }, t, format, locale] = await Promise.all([loadAdminCampaign(id), getTranslations("CampaignAdmin"), getFormatter(), getLocale()]);
  const done = DONE.find((key) => key === query.done);
  const day = (value: Date | string) => format.dateTime(typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value, { dateStyle: "medium", timeZone: "UTC" });
  const title = pickText(campaign.texts, locale, campaign.defaultLocale)?.title ?? campaign.slug;
  const subjectLabels = Object.fromEntries(SPOTLIGHT_SUBJECTS.map((subject) => [subject, t(`subjects.${subject}`)]));
  const byId = new Map(campaign.spotlights.map((spotlight, index) => [spotlight.id, index + 1]));
  return (
    <PageContainer className="flex flex-col gap-8 py-10">
      <Link href="/admin/campaigns" className="self-start">
        {t("back")}
      </Link>
      <PageHeading title={<span {...userTextProps()}>{title}</span>}>
        <p className="text-muted">
          {[
            t(`states.${state}`),
            campaign.endsOn ? t("runs", { start: day(campaign.startsOn), end: day(campaign.endsOn) }) : t("runsFrom", { start: day(campaign.startsOn) }),
            campaign.publishAt ? t("goesPublic", { date: day(campaign.publishAt) }) : t("notScheduled"),
            campaign.indexable ? t("indexable") : t("notIndexable"),
          ].join(" · ")}
        </p>
        {campaign.hashtags.length ? <p className="text-muted">{t("hashtagsLine", { tags: campaign.hashtags.map((tag) => `#${tag}`).join(" ") })}</p> : null}
      </PageHeading>
      {done ? <Alert variant={done === "consentReset" ? "warning" : "success"}>{t(`done.${done}`)}</Alert> : null}
      <ButtonLink href={`/admin/campaigns/${campaign.id}/edit`} variant="secondary" className="self-start">
        {t("editCampaign")}
      </ButtonLink>

      <section aria-labelledby="spotlights" className="flex flex-col gap-4">
        <h2 id="spotlights" className="text-xl font-semibold text-ink">
          {t("spotlightsTitle")}
        </h2>
        <p className="text-muted">{t("spotlightsIntro")}</p>
        {campaign.spotlights.length === 0 ? (
          <EmptyState title={t("spotlightsEmpty")} />
        ) : (
          <ol className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
            {campaign.spotlights.map((spotlight, index) => {
              const position = index + 1;
              const canAsk = spotlight.consent === "NOT_REQUESTED" || spotlight.consent === "DECLINED" || spotlight.consent === "WITHDRAWN";
              return (
                <li key={spotlight.id} className="flex flex-col gap-3 p-4">
                  <div className="flex flex-col gap-1">
                    <span className="text-sm text-muted">{t("position", { position })}</span>
                    <span className="font-medium text-ink">
                      {subjectLabels[spotlight.subject]}: <span {...userTextProps()}>{featured(spotlight)}</span>
                    </span>
                    <span className="text-sm text-muted">
                      {[`/${spotlight.slug}`, t("day", { date: day(spotlight.publishAt) }), t(`consent.${spotlight.consent}`), spotlight.publishedAt && spotlight.consent === "APPROVED" ? t("liveSince", { date: day(spotlight.publishedAt) }) : null].filter(Boolean).join(" · ")}
                    </span>
                  </div>
                  <div role="group" aria-label={t("actionsLabel", { position })} className="flex flex-wrap items-start gap-3">
                    <ButtonLink href={`/admin/campaigns/${campaign.id}/spotlights/${spotlight.id}`} variant="secondary" size="sm" aria-label={`${t("editSpotlight")} — ${t("position", { position })}`}>
                      {t("editSpotlight")}
                    </ButtonLink>
                    {position > 1 ? <ActionButtonForm action={moveSpotlightAction} fields={{ spotlightId: spotlight.id, direction: "up" }} label={t("moveUp")} pendingLabel={t("moving")} idPrefix={`up-${spotlight.id}`} /> : null}
                    {position < campaign.spotlights.length ? <ActionButtonForm action={moveSpotlightAction} fields={{ spotlightId: spotlight.id, direction: "down" }} label={t("moveDown")} pendingLabel={t("moving")} idPrefix={`down-${spotlight.id}`} /> : null}
                    {canAsk ? <ActionButtonForm action={requestConsentAction} fields={{ spotlightId: spotlight.id }} label={spotlight.consent === "NOT_REQUESTED" ? t("askConsent") : t("askAgain")} pendingLabel={t("asking")} variant="primary" idPrefix={`ask-${spotlight.id}`} /> : null}
                    <ActionButtonForm action={removeSpotlightAction} fields={{ spotlightId: spotlight.id }} label={t("remove")} pendingLabel={t("removing")} variant="danger" idPrefix={`remove-${spotlight.id}`} />
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="add-spotlight" className="flex flex-col gap-4">
        <h2 id="add-spotlight" className="text-xl font-semibold text-ink">
          {t("addSpotlightTitle")}
        </h2>
        <SpotlightForm campaignId={campaign.id} initial={{ publishOn: campaign.publishAt ? campaign.publishAt.toISOString().slice(0, 10) : "" }} subjectLabels={subjectLabels} />
      </section>

      <section aria-labelledby="schedule" className="flex flex-col gap-4">
        <h2 id="schedule" className="text-xl font-semibold text-ink">
          {t("scheduleTitle")}
        </h2>
        <p className="text-muted">{t("scheduleIntro")}</p>
        {schedule.length === 0 ? (
          <EmptyState title={t("scheduleEmpty")} />
        ) : (
          <ol className="flex flex-col gap-4">
            {schedule.map((entry) => (
              <li key={entry.day} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
                <h3 className="font-semibold text-ink">
                  <time dateTime={entry.day}>{day(entry.day)}</time>
                </h3>
                <ul className="flex flex-col gap-2">
                  {entry.campaignGoesLive ? <li className="font-medium text-ink">{t("campaignGoesPublic")}</li> : null}
                  {entry.spotlights.map(({ spotlight, live, warnings }) => (
                    <li key={spotlight.id} className="flex flex-col gap-1">
                      <span>
                        {t("position", { position: byId.get(spotlight.id) ?? 0 })}: <span {...userTextProps()}>{featured(spotlight)}</span> — {t(`consent.${spotlight.consent}`)}
                        {live ? ` · ${t("liveNow")}` : ""}
                      </span>
                      {warnings.map((warning) => (
                        <span key={warning} className="rounded border border-amber-800 bg-amber-50 px-2 py-1 text-sm font-medium text-amber-950">
                          {t(`warnings.${warning}`)}
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
    </PageContainer>
  );
});
