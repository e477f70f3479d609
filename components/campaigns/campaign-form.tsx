"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { createCampaignAction, updateCampaignAction } from "@/lib/campaigns/actions";
import { CAMPAIGN_LIMITS } from "@/lib/campaigns/schema";
import { locales } from "@/lib/i18n/config";

/** The campaign's fields as the form shows them (a date input's "YYYY-MM-DD"; texts as `title_<locale>`). */
export type CampaignFormValues = Record<string, string>;

/** A campaign, created or edited: a plain form (works without JavaScript), refilled after a refusal. */
export function CampaignForm({ campaignId, initial }: { campaignId?: string; initial: CampaignFormValues }) {
  const t = useTranslations("CampaignAdmin.form");
  const [state, action] = useActionState(campaignId ? updateCampaignAction : createCampaignAction, null);
  const refused = refusalOf(state);
  const sent = state?.ok === false;
  const text = (field: string) => (sent ? refused.text(field) : initial[field]) ?? "";
  const errors = refused.errors;
  const language = (locale: string) => t(`languages.${locale}` as never);
  const labels: Record<string, string> = { slug: t("slug"), defaultLocale: t("defaultLocale"), hashtags: t("hashtags"), startsOn: t("startsOn"), endsOn: t("endsOn"), publishOn: t("publishOn"), indexable: t("indexable") };
  for (const locale of locales) {
    labels[`title_${locale}`] = `${t("title")} (${language(locale)})`;
    labels[`introduction_${locale}`] = `${t("introduction")} (${language(locale)})`;
  }
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <FormStatus state={state} idPrefix="campaign" fieldLabels={labels} showSuccess={false} />
      {campaignId ? <input type="hidden" name="campaignId" value={campaignId} /> : null}
      <FormField id="campaign-slug" label={labels.slug} hint={t("slugHint")} error={errors.slug} required>
        {(control) => <Input {...control} name="slug" maxLength={CAMPAIGN_LIMITS.slug} defaultValue={text("slug")} autoComplete="off" />}
      </FormField>
      <FormField id="campaign-defaultLocale" label={labels.defaultLocale} hint={t("defaultLocaleHint")} error={errors.defaultLocale} required>
        {(control) => (
          <Select {...control} name="defaultLocale" defaultValue={text("defaultLocale") || "en"}>
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {language(locale)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      {locales.map((locale) => (
        <fieldset key={locale} className="flex flex-col gap-4 rounded-lg border border-line p-4">
          <legend className="px-1 font-semibold text-ink">{t("textsLegend", { language: language(locale) })}</legend>
          <FormField id={`campaign-title_${locale}`} label={t("title")} error={errors[`title_${locale}`]}>
            {(control) => <Input {...control} name={`title_${locale}`} lang={locale} maxLength={CAMPAIGN_LIMITS.title} defaultValue={text(`title_${locale}`)} />}
          </FormField>
          <FormField id={`campaign-introduction_${locale}`} label={t("introduction")} error={errors[`introduction_${locale}`]}>
            {(control) => <Textarea {...control} name={`introduction_${locale}`} lang={locale} rows={4} maxLength={CAMPAIGN_LIMITS.introduction} defaultValue={text(`introduction_${locale}`)} />}
          </FormField>
        </fieldset>
      ))}
      <FormField id="campaign-hashtags" label={labels.hashtags} hint={t("hashtagsHint")} error={errors.hashtags}>
        {(control) => <Input {...control} name="hashtags" defaultValue={text("hashtags")} autoComplete="off" />}
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="campaign-startsOn" label={labels.startsOn} error={errors.startsOn} required>
          {(control) => <Input {...control} name="startsOn" type="date" defaultValue={text("startsOn")} />}
        </FormField>
        <FormField id="campaign-endsOn" label={labels.endsOn} hint={t("endsOnHint")} error={errors.endsOn}>
          {(control) => <Input {...control} name="endsOn" type="date" defaultValue={text("endsOn")} />}
        </FormField>
        <FormField id="campaign-publishOn" label={labels.publishOn} hint={t("publishOnHint")} error={errors.publishOn} className="sm:col-span-2">
          {(control) => <Input {...control} name="publishOn" type="date" defaultValue={text("publishOn")} />}
        </FormField>
      </div>
      <Checkbox id="campaign-indexable" name="indexable" label={labels.indexable} hint={t("indexableHint")} defaultChecked={text("indexable") === "on"} error={errors.indexable} />
      <SubmitButton pendingLabel={campaignId ? t("saving") : t("creating")} className="self-start">
        {campaignId ? t("save") : t("create")}
      </SubmitButton>
    </form>
  );
}
