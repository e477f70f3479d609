"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { ChoiceGroup, Radio } from "@/components/ui/choice";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { Alert } from "@/components/ui/alert";
import { sectionMessageKey, type RuleGroup } from "@/lib/bangkok-rules/reference-data";
import { saveReportAction } from "@/lib/monitoring/actions";
import { AutosaveStatus, useDraftAutosave } from "./draft-autosave";
import { RecommendationRows, type CarriedInfo } from "./recommendation-rows";

type Option = { value: string; label: string };

export type ReportFormProps = {
  reportId: string;
  revision: number;
  digest: string;
  values: Record<string, string>;
  places: Option[];
  languages: Option[];
  ruleGroups: RuleGroup[];
  correcting: boolean;
  /** How many recommendation rows to show (those written, and a few blank ones). */
  recommendationRows: number;
  carried: Record<number, CarriedInfo>;
};

const ASSESSMENTS = ["COMPLIES", "PARTLY_COMPLIES", "DOES_NOT_COMPLY", "NOT_ASSESSED"] as const;

/**
 * The report's whole form, in sections (the visit, method, findings by area, recommendations), each with its own
 * save button: every save sends everything, with the revision the form was loaded at. A plain form: it works
 * without JavaScript; after a conflict the member's text comes back with the other member's version on each
 * field they changed.
 */
export function ReportForm({ reportId, revision, digest, values, places, languages, ruleGroups, correcting, recommendationRows, carried }: ReportFormProps) {
  const t = useTranslations("ReportForm");
  const rules = useTranslations("BangkokRules");
  const titles = useTranslations("RuleTitles");
  const assessments = useTranslations("Assessments");
  const [state, action] = useActionState(saveReportAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  // A correction is saved knowingly, with its note: only drafts save themselves; after a conflict, only the
  // member's own save (having seen both versions) goes on.
  const autosave = useDraftAutosave(formRef, !correcting && !(state?.ok === false && state.code === "CONFLICT"), state);
  const refused = refusalOf(state);
  const sent = state?.ok === false;
  const text = (field: string) => (sent ? refused.text(field) : values[field]) ?? "";
  const errors = refused.errors;
  const labels: { [field: string]: string } & Record<"countryCode" | "placeId" | "title" | "language" | "visitStartedOn" | "visitEndedOn" | "teamHandles" | "teamText" | "announcement" | "interviewsText" | "areasSeenText" | "summary", string> = {
    countryCode: t("countryCode"), placeId: t("placeId"), title: t("title"), language: t("language"), visitStartedOn: t("visitStartedOn"), visitEndedOn: t("visitEndedOn"),
    teamHandles: t("teamHandles"), teamText: t("teamText"), announcement: t("announcement"), interviewsText: t("interviewsText"), areasSeenText: t("areasSeenText"), summary: t("summary"),
  };
  for (const group of ruleGroups) for (const section of group.sections) for (const rule of section.rules) {
    labels[`finding-${rule}-assessment`] = t("assessment", { number: rule });
    labels[`finding-${rule}-observations`] = t("observations", { number: rule });
    labels[`finding-${rule}-resources`] = t("evidence", { number: rule });
  }
  for (let row = 1; row <= recommendationRows; row++) {
    labels[`rec-${row}-text`] = t("recText", { number: row });
    labels[`rec-${row}-authority`] = `${t("recAuthority")} (${row})`;
    labels[`rec-${row}-rule`] = `${t("recRule")} (${row})`;
  }
  const save = (section: string) => (
    <SubmitButton name="section" value={section} pendingLabel={t("saving")} variant="secondary" className="self-start">
      {correcting ? t("saveCorrection") : t("saveSection")}
    </SubmitButton>
  );
  const textarea = (field: string, label: string, hint?: string, rows = 4) => (
    <FormField id={`report-${field}`} label={label} hint={hint} error={errors[field]}>
      {(control) => <Textarea {...control} name={field} rows={rows} defaultValue={text(field)} />}
    </FormField>
  );
  // Areas of the checklist: the top-level sections, each with its sub-sections' rules.
  const areas = ruleGroups.flatMap((group) => {
    const result: Array<{ key: string; rules: number[] }> = [];
    for (const section of group.sections) {
      if (section.depth === 0) result.push({ key: section.key, rules: [...section.rules] });
      else result.at(-1)?.rules.push(...section.rules);
    }
    return result.filter((area) => area.rules.length > 0);
  });
  return (
    <form key={`${revision}`} ref={formRef} action={action} noValidate className="flex flex-col gap-8">
      <FormStatus state={state} idPrefix="report" fieldLabels={labels} showSuccess={false} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="revision" value={autosave.base?.revision ?? (sent ? (refused.text("revision") ?? String(revision)) : String(revision))} />
      <input type="hidden" name="baseDigest" value={autosave.base?.digest ?? (sent ? (refused.text("baseDigest") ?? digest) : digest)} />
      <input type="hidden" name="countryCode" value={text("countryCode")} />
      <Alert variant="warning" announce={false}>{t("protect")}</Alert>
      {correcting ? null : <AutosaveStatus status={autosave.status} />}
      <nav aria-label={t("sectionsLabel")} className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <a href="#details" className="underline">{t("details")}</a>
        <a href="#method" className="underline">{t("method")}</a>
        <a href="#findings" className="underline">{t("findings")}</a>
        <a href="#recommendations" className="underline">{t("recommendations")}</a>
      </nav>
      <fieldset id="details" className="flex scroll-mt-4 flex-col gap-5">
        <legend className="mb-2 text-xl font-semibold text-ink">{t("details")}</legend>
        <FormField id="report-title" label={labels.title} error={errors.title} required>
          {(control) => <Input {...control} name="title" maxLength={200} defaultValue={text("title")} />}
        </FormField>
        <FormField id="report-placeId" label={labels.placeId} error={errors.placeId} required>
          {(control) => (
            <Select {...control} name="placeId" defaultValue={text("placeId")}>
              {places.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
            </Select>
          )}
        </FormField>
        <FormField id="report-language" label={labels.language} error={errors.language} required>
          {(control) => (
            <Select {...control} name="language" defaultValue={text("language")}>
              {languages.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
            </Select>
          )}
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="report-visitStartedOn" label={labels.visitStartedOn} hint={t("dateHint")} error={errors.visitStartedOn} required>
            {(control) => <Input {...control} name="visitStartedOn" type="date" defaultValue={text("visitStartedOn")} />}
          </FormField>
          <FormField id="report-visitEndedOn" label={labels.visitEndedOn} hint={t("dateHint")} error={errors.visitEndedOn} required>
            {(control) => <Input {...control} name="visitEndedOn" type="date" defaultValue={text("visitEndedOn")} />}
          </FormField>
        </div>
        <FormField id="report-teamHandles" label={labels.teamHandles} hint={t("teamHandlesHint")} error={errors.teamHandles}>
          {(control) => <Input {...control} name="teamHandles" defaultValue={text("teamHandles")} autoComplete="off" />}
        </FormField>
        {textarea("teamText", labels.teamText, t("teamTextHint"), 2)}
        {correcting ? textarea("correctionNote", t("correctionNote"), t("correctIntro"), 2) : null}
        {save("details")}
      </fieldset>
      <fieldset id="method" className="flex scroll-mt-4 flex-col gap-5">
        <legend className="mb-2 text-xl font-semibold text-ink">{t("method")}</legend>
        <ChoiceGroup id="report-announcement" legend={labels.announcement} error={errors.announcement}>
          <Radio id="report-announcement-announced" name="announcement" value="ANNOUNCED" label={t("announced")} defaultChecked={text("announcement") === "ANNOUNCED"} />
          <Radio id="report-announcement-unannounced" name="announcement" value="UNANNOUNCED" label={t("unannounced")} defaultChecked={text("announcement") === "UNANNOUNCED"} />
          <Radio id="report-announcement-none" name="announcement" value="" label={t("notSaid")} defaultChecked={!text("announcement")} />
        </ChoiceGroup>
        {textarea("interviewsText", labels.interviewsText, t("interviewsHint"))}
        {textarea("areasSeenText", labels.areasSeenText)}
        {textarea("summary", labels.summary, t("summaryHint"), 8)}
        {save("method")}
      </fieldset>
      <fieldset id="findings" className="flex scroll-mt-4 flex-col gap-3">
        <legend className="mb-2 text-xl font-semibold text-ink">{t("findings")}</legend>
        <p className="text-muted">{t("findingsIntro")}</p>
        {areas.map((area) => {
          const assessed = area.rules.filter((rule) => text(`finding-${rule}-assessment`) || text(`finding-${rule}-observations`)).length;
          const invalid = area.rules.some((rule) => errors[`finding-${rule}-assessment`] || errors[`finding-${rule}-observations`] || errors[`finding-${rule}-resources`]);
          return (
            <details key={area.key} open={invalid || undefined} className="rounded-md border border-line bg-surface">
              <summary className="flex min-h-11 cursor-pointer items-center px-3 py-2 font-medium text-ink">
                {rules(`sections.${sectionMessageKey(area.key)}` as never)} ({t("assessedCount", { count: assessed })})
              </summary>
              <div className="flex flex-col gap-5 px-3 pb-4">
                {area.rules.map((rule) => (
                  <div key={rule} className="flex flex-col gap-2 border-t border-line pt-3">
                    <p className="font-medium text-ink">{t("rule", { number: rule })}: {titles(String(rule) as never)}</p>
                    <FormField id={`report-finding-${rule}-assessment`} label={labels[`finding-${rule}-assessment`]} error={errors[`finding-${rule}-assessment`]}>
                      {(control) => (
                        <Select {...control} name={`finding-${rule}-assessment`} defaultValue={text(`finding-${rule}-assessment`)}>
                          <option value="">{t("notInReport")}</option>
                          {ASSESSMENTS.map((value) => <option key={value} value={value}>{assessments(value)}</option>)}
                        </Select>
                      )}
                    </FormField>
                    {textarea(`finding-${rule}-observations`, labels[`finding-${rule}-observations`]!, undefined, 3)}
                    <FormField id={`report-finding-${rule}-resources`} label={labels[`finding-${rule}-resources`]} hint={t("evidenceHint")} error={errors[`finding-${rule}-resources`]}>
                      {(control) => <Input {...control} name={`finding-${rule}-resources`} defaultValue={text(`finding-${rule}-resources`)} autoComplete="off" />}
                    </FormField>
                  </div>
                ))}
              </div>
            </details>
          );
        })}
        {save("findings")}
      </fieldset>
      <fieldset id="recommendations" className="flex scroll-mt-4 flex-col gap-5">
        <legend className="mb-2 text-xl font-semibold text-ink">{t("recommendations")}</legend>
        <p className="text-muted">{t("recommendationsIntro")}</p>
        <RecommendationRows rows={recommendationRows} text={text} errors={errors} carried={carried} />
        {save("recommendations")}
      </fieldset>
      <p className="text-sm text-muted">{t("noJsNote")}</p>
    </form>
  );
}
