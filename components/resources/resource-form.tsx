"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { RulePicker } from "@/components/profiles/rule-picker";
import { ChoiceGroup, Radio } from "@/components/ui/choice";
import { controlClasses } from "@/components/ui/field-classes";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { RuleGroup } from "@/lib/bangkok-rules/reference-data";
import { editResourceAction, shareFileResourceAction, shareLinkResourceAction } from "@/lib/resources/actions";

type Option = { value: string; label: string };

/** What the form starts with: a new resource's defaults, or the resource being edited. */
export type ResourceFormValues = {
  type?: string;
  title?: string;
  summary?: string;
  link?: string;
  countries: string[];
  rules: string[];
  languages: string[];
  year?: string;
  organizationId?: string;
  visibility: "NETWORK" | "ORGANIZATION";
};

export type ResourceFormProps = {
  /** Set when editing: the resource's id (the organization it was published for stays). */
  resourceId?: string;
  /** A file resource (or one being shared): no link field. */
  isFile?: boolean;
  /** The ticket of a file just uploaded (a new file resource, or a replacement when editing), and what it is. */
  upload?: { ticket: string; label: string };
  types: Option[];
  countries: Option[];
  languages: Option[];
  organizations: Option[];
  ruleGroups: RuleGroup[];
  initial: ResourceFormValues;
  /** RESOURCE_LIMITS, passed by the server page (importing the schema would ship zod to the phone). */
  limits: { titleMin: number; title: number; summary: number; countries: number; rules: number; languages: number; link: number };
};

/** A resource, shared or edited: a plain form that works without JavaScript, refilled after a refusal. */
export function ResourceForm({ resourceId, isFile = false, upload, types, countries, languages, organizations, ruleGroups, initial, limits }: ResourceFormProps) {
  const t = useTranslations("ResourceForm");
  const [state, action] = useActionState(resourceId ? editResourceAction : upload ? shareFileResourceAction : shareLinkResourceAction, null);
  const refused = refusalOf(state);
  const sent = state?.ok === false;
  const text = (field: keyof ResourceFormValues) => (sent ? refused.text(field) : (initial[field] as string | undefined)) ?? "";
  const list = (field: "countries" | "rules" | "languages") => (sent ? refused.list(`${field}[]`) : initial[field]);
  const visibility = sent ? refused.text("visibility") : initial.visibility;
  const errors = refused.errors;
  const labels = {
    file: t("file"), organizationId: t("publishAs"), type: t("type"), title: t("title"), summary: t("summary"), link: t("link"), "countries[]": t("countries"), "rules[]": t("rules"),
    "languages[]": t("languages"), year: t("year"), visibility: t("visibility"),
  };
  const multiple = (name: "countries" | "languages", options: Option[], max: number, required = false) => (
    <FormField id={`resource-${name}[]`} label={t(name)} hint={t(`${name}Hint`, { max })} error={errors[`${name}[]`]} required={required}>
      {(control) => (
        <select key={list(name).join()} id={control.id} aria-describedby={control["aria-describedby"]} aria-invalid={control.invalid || undefined} name={`${name}[]`} multiple size={6} defaultValue={list(name)} className={controlClasses(control.invalid)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      )}
    </FormField>
  );
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} idPrefix="resource" fieldLabels={labels} showSuccess={false} />
      {resourceId ? <input type="hidden" name="resourceId" value={resourceId} /> : null}
      {upload ? (
        <div className="flex flex-col gap-1">
          <input type="hidden" name="fileTicket" value={upload.ticket} />
          <p id="resource-file" className="font-medium text-ink">{upload.label}</p>
          {errors.file ? <p className="text-sm font-medium text-red-700">{errors.file.join(" ")}</p> : null}
        </div>
      ) : null}
      {resourceId ? <input type="hidden" name="organizationId" value={initial.organizationId ?? ""} /> : null}
      {!resourceId && organizations.length ? (
        <FormField id="resource-organizationId" label={t("publishAs")} hint={t("publishAsHint")} error={errors.organizationId}>
          {(control) => (
            <Select {...control} name="organizationId" defaultValue={text("organizationId")}>
              <option value="">{t("publishAsSelf")}</option>
              {organizations.map((option) => (
                <option key={option.value} value={option.value}>{option.label}</option>
              ))}
            </Select>
          )}
        </FormField>
      ) : null}
      {!isFile && !upload ? (
        <FormField id="resource-link" label={t("link")} hint={resourceId ? t("linkEditHint") : t("linkHint")} error={errors.link} required>
          {(control) => <Input {...control} name="link" type="url" inputMode="url" maxLength={limits.link} defaultValue={text("link")} />}
        </FormField>
      ) : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="resource-type" label={t("type")} error={errors.type} required>
          {(control) => (
            <Select {...control} name="type" defaultValue={text("type") || types[0]?.value}>
              {types.map((option) => (
                <option key={option.value} value={option.value}>{option.label}</option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="resource-year" label={t("year")} hint={t("yearHint")} error={errors.year}>
          {(control) => <Input {...control} name="year" inputMode="numeric" maxLength={4} defaultValue={text("year")} />}
        </FormField>
      </div>
      <FormField id="resource-title" label={t("title")} hint={t("titleHint", { min: limits.titleMin, max: limits.title })} error={errors.title} required>
        {(control) => <Input {...control} name="title" maxLength={limits.title} defaultValue={text("title")} />}
      </FormField>
      <FormField id="resource-summary" label={t("summary")} hint={t("summaryHint", { max: limits.summary })} error={errors.summary} required>
        {(control) => <Textarea {...control} name="summary" rows={6} maxLength={limits.summary} defaultValue={text("summary")} />}
      </FormField>
      {multiple("languages", languages, limits.languages, true)}
      {multiple("countries", countries, limits.countries)}
      <ChoiceGroup id="resource-rules[]" legend={t("rules")} hint={t("rulesHint", { max: limits.rules })} error={errors["rules[]"]}>
        <RulePicker groups={ruleGroups} selected={new Set(list("rules").map(Number))} idPrefix="resource-rule" />
      </ChoiceGroup>
      <ChoiceGroup id="resource-visibility" legend={t("visibility")} hint={t("visibilityHint")} error={errors.visibility}>
        <Radio id="resource-visibility-network" name="visibility" value="NETWORK" label={t("visibilityNetwork")} defaultChecked={visibility !== "ORGANIZATION"} />
        <Radio id="resource-visibility-organization" name="visibility" value="ORGANIZATION" label={t("visibilityOrganization")} defaultChecked={visibility === "ORGANIZATION"} />
      </ChoiceGroup>
      <SubmitButton pendingLabel={resourceId ? t("saving") : t("sharing")} className="self-start">
        {resourceId ? t("save") : t("share")}
      </SubmitButton>
    </form>
  );
}
