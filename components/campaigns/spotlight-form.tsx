"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { addSpotlightAction, updateSpotlightAction } from "@/lib/campaigns/actions";
import { CAMPAIGN_LIMITS, SPOTLIGHT_SUBJECTS } from "@/lib/campaigns/schema";
import { locales } from "@/lib/i18n/config";

/**
 * A spotlight, added to a campaign (subject, reference, day, story and quote per language) or edited (its day
 * and texts; `approved` says an edit of the texts asks for consent again). Works without JavaScript.
 */
export function SpotlightForm({ campaignId, spotlightId, initial, subjectLabels, approved = false }: { campaignId: string; spotlightId?: string; initial: Record<string, string>; subjectLabels: Record<string, string>; approved?: boolean }) {
  const t = useTranslations("CampaignAdmin.form");
  const [state, action] = useActionState(spotlightId ? updateSpotlightAction : addSpotlightAction, null);
  const refused = refusalOf(state);
  const sent = state?.ok === false;
  const text = (field: string) => (sent ? refused.text(field) : initial[field]) ?? "";
  const errors = refused.errors;
  const language = (locale: string) => t(`languages.${locale}` as never);
  const prefix = spotlightId ? `spotlight-${spotlightId}` : "spotlight-new";
  const labels: Record<string, string> = { slug: t("spotlight.slug"), subject: t("spotlight.subject"), subjectRef: t("spotlight.subjectRef"), publishOn: t("spotlight.publishOn") };
  for (const locale of locales) {
    labels[`story_${locale}`] = `${t("spotlight.story")} (${language(locale)})`;
    labels[`quote_${locale}`] = `${t("spotlight.quote")} (${language(locale)})`;
  }
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <FormStatus state={state} idPrefix={prefix} fieldLabels={labels} showSuccess={false} />
      {spotlightId ? <input type="hidden" name="spotlightId" value={spotlightId} /> : <input type="hidden" name="campaignId" value={campaignId} />}
      {spotlightId ? null : (
        <>
          <FormField id={`${prefix}-slug`} label={labels.slug} hint={t("spotlight.slugHint")} error={errors.slug} required>
            {(control) => <Input {...control} name="slug" maxLength={CAMPAIGN_LIMITS.slug} defaultValue={text("slug")} autoComplete="off" />}
          </FormField>
          <div className="grid gap-5 sm:grid-cols-2">
            <FormField id={`${prefix}-subject`} label={labels.subject} error={errors.subject} required>
              {(control) => (
                <Select {...control} name="subject" defaultValue={text("subject") || "MEMBER"}>
                  {SPOTLIGHT_SUBJECTS.map((subject) => (
                    <option key={subject} value={subject}>
                      {subjectLabels[subject]}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
            <FormField id={`${prefix}-subjectRef`} label={labels.subjectRef} hint={t("spotlight.subjectRefHint")} error={errors.subjectRef} required>
              {(control) => <Input {...control} name="subjectRef" maxLength={120} defaultValue={text("subjectRef")} autoComplete="off" />}
            </FormField>
          </div>
        </>
      )}
      <FormField id={`${prefix}-publishOn`} label={labels.publishOn} hint={t("spotlight.publishOnHint")} error={errors.publishOn} required className="sm:max-w-xs">
        {(control) => <Input {...control} name="publishOn" type="date" defaultValue={text("publishOn")} />}
      </FormField>
      {approved ? <Alert variant="warning" announce={false}>{t("spotlight.approvedNote")}</Alert> : null}
      {locales.map((locale) => (
        <fieldset key={locale} className="flex flex-col gap-4 rounded-lg border border-line p-4">
          <legend className="px-1 font-semibold text-ink">{t("spotlight.textsLegend", { language: language(locale) })}</legend>
          <FormField id={`${prefix}-story_${locale}`} label={t("spotlight.story")} error={errors[`story_${locale}`]}>
            {(control) => <Textarea {...control} name={`story_${locale}`} lang={locale} rows={5} maxLength={CAMPAIGN_LIMITS.story} defaultValue={text(`story_${locale}`)} />}
          </FormField>
          <FormField id={`${prefix}-quote_${locale}`} label={t("spotlight.quote")} error={errors[`quote_${locale}`]}>
            {(control) => <Input {...control} name={`quote_${locale}`} lang={locale} maxLength={CAMPAIGN_LIMITS.quote} defaultValue={text(`quote_${locale}`)} />}
          </FormField>
        </fieldset>
      ))}
      <SubmitButton pendingLabel={spotlightId ? t("spotlight.saving") : t("spotlight.adding")} className="self-start">
        {spotlightId ? t("spotlight.save") : t("spotlight.add")}
      </SubmitButton>
    </form>
  );
}
