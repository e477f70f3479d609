"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { startReportAction } from "@/lib/monitoring/actions";

type Option = { value: string; label: string };

/** The visit a report starts with: the place (of the chosen country), dates, language, for whom. */
export function StartReportForm({ countryCode, places, organizations, languages, initial }: { countryCode: string; places: Option[]; organizations: Option[]; languages: Option[]; initial: { placeId?: string; language: string } }) {
  const t = useTranslations("ReportForm");
  const n = useTranslations("NewReport");
  const [state, action] = useActionState(startReportAction, null);
  const refused = refusalOf(state);
  const sent = state?.ok === false;
  const text = (field: string, fallback = "") => (sent ? refused.text(field) : undefined) ?? fallback;
  const errors = refused.errors;
  const labels = { organizationId: t("organizationId"), placeId: t("placeId"), title: t("title"), language: t("language"), visitStartedOn: t("visitStartedOn"), visitEndedOn: t("visitEndedOn") };
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} idPrefix="start" fieldLabels={labels} showSuccess={false} />
      <input type="hidden" name="countryCode" value={countryCode} />
      {organizations.length ? (
        <FormField id="start-organizationId" label={labels.organizationId} error={errors.organizationId}>
          {(control) => (
            <Select {...control} name="organizationId" defaultValue={text("organizationId")}>
              <option value="">{t("asSelf")}</option>
              {organizations.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
            </Select>
          )}
        </FormField>
      ) : null}
      <FormField id="start-placeId" label={labels.placeId} error={errors.placeId} required>
        {(control) => (
          <Select {...control} name="placeId" defaultValue={text("placeId", initial.placeId ?? "")}>
            <option value="">{t("choosePlace")}</option>
            {places.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
          </Select>
        )}
      </FormField>
      <FormField id="start-title" label={labels.title} error={errors.title} required>
        {(control) => <Input {...control} name="title" maxLength={200} defaultValue={text("title")} />}
      </FormField>
      <FormField id="start-language" label={labels.language} error={errors.language} required>
        {(control) => (
          <Select {...control} name="language" defaultValue={text("language", initial.language)}>
            {languages.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
          </Select>
        )}
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="start-visitStartedOn" label={labels.visitStartedOn} hint={t("dateHint")} error={errors.visitStartedOn} required>
          {(control) => <Input {...control} name="visitStartedOn" type="date" defaultValue={text("visitStartedOn")} />}
        </FormField>
        <FormField id="start-visitEndedOn" label={labels.visitEndedOn} hint={t("dateHint")} error={errors.visitEndedOn} required>
          {(control) => <Input {...control} name="visitEndedOn" type="date" defaultValue={text("visitEndedOn")} />}
        </FormField>
      </div>
      <SubmitButton pendingLabel={n("starting")} className="self-start">{n("start")}</SubmitButton>
    </form>
  );
}
