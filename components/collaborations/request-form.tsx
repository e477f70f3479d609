"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { RulePicker } from "@/components/profiles/rule-picker";
import { AttachmentPicker, type AttachedChoice } from "@/components/resources/attachment-picker";
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
import { editRequestAction, postRequestAction } from "@/lib/collaborations/actions";

type Option = { value: string; label: string };

/** What the form starts with: a new request's defaults, or the request being edited. */
export type RequestFormValues = {
  kind?: string;
  title?: string;
  body?: string;
  needs?: string;
  countries: string[];
  rules: string[];
  languages: string[];
  deadline?: string;
  collaboratorsWanted: string;
  visibility: "NETWORK" | "NAMED";
  namedMembers?: string;
  /** What it carries attached now (an edit). */
  attachments?: AttachedChoice[];
};

export type RequestFormProps = {
  /** Set when editing: the request's id (the organization it was posted for stays). */
  requestId?: string;
  kinds: Option[];
  countries: Option[];
  languages: Option[];
  organizations: Option[];
  ruleGroups: RuleGroup[];
  initial: RequestFormValues;
  /** COLLABORATION_LIMITS, passed by the server page (importing the schema would ship zod to the phone). */
  limits: { titleMin: number; title: number; description: number; needs: number; countries: number; rules: number; languages: number; collaboratorsMax: number; named: number; attachments: number };
};

/** A collaboration request, new or edited: a plain form that works without JavaScript, refilled after a refusal. */
export function RequestForm({ requestId, kinds, countries, languages, organizations, ruleGroups, initial, limits }: RequestFormProps) {
  const t = useTranslations("CollaborationForm");
  const [state, action] = useActionState(requestId ? editRequestAction : postRequestAction, null);
  const refused = refusalOf(state);
  const sent = state?.ok === false;
  const text = (field: keyof RequestFormValues) => (sent ? refused.text(field) : (initial[field] as string | undefined)) ?? "";
  const list = (field: "countries" | "rules" | "languages") => (sent ? refused.list(`${field}[]`) : initial[field]);
  const visibility = sent ? refused.text("visibility") : initial.visibility;
  const errors = refused.errors;
  const labels = {
    organizationId: t("postAs"), kind: t("kind"), title: t("title"), body: t("body"), needs: t("needs"), "countries[]": t("countries"), "rules[]": t("rules"),
    "languages[]": t("languages"), deadline: t("deadline"), collaboratorsWanted: t("collaboratorsWanted"), visibility: t("visibility"), namedMembers: t("namedMembers"), attach: t("attach"),
  };
  const multiple = (name: "countries" | "languages", options: Option[], max: number) => (
    <FormField id={`request-${name}[]`} label={t(name)} hint={t(`${name}Hint`, { max })} error={errors[`${name}[]`]}>
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
      <FormStatus state={state} idPrefix="request" fieldLabels={labels} showSuccess={false} />
      {requestId ? <input type="hidden" name="requestId" value={requestId} /> : null}
      {!requestId && organizations.length ? (
        <FormField id="request-organizationId" label={t("postAs")} hint={t("postAsHint")} error={errors.organizationId}>
          {(control) => (
            <Select {...control} name="organizationId" defaultValue={text("organizationId" as never)}>
              <option value="">{t("postAsSelf")}</option>
              {organizations.map((option) => (
                <option key={option.value} value={option.value}>{option.label}</option>
              ))}
            </Select>
          )}
        </FormField>
      ) : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="request-kind" label={t("kind")} error={errors.kind} required>
          {(control) => (
            <Select {...control} name="kind" defaultValue={text("kind") || kinds[0]?.value}>
              {kinds.map((option) => (
                <option key={option.value} value={option.value}>{option.label}</option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="request-collaboratorsWanted" label={t("collaboratorsWanted")} error={errors.collaboratorsWanted} required>
          {(control) => <Input {...control} name="collaboratorsWanted" type="number" inputMode="numeric" min={1} max={limits.collaboratorsMax} defaultValue={text("collaboratorsWanted")} />}
        </FormField>
      </div>
      <FormField id="request-title" label={t("title")} hint={t("titleHint", { min: limits.titleMin, max: limits.title })} error={errors.title} required>
        {(control) => <Input {...control} name="title" maxLength={limits.title} defaultValue={text("title")} />}
      </FormField>
      <FormField id="request-body" label={t("body")} hint={t("bodyHint", { max: limits.description })} error={errors.body} required>
        {(control) => <Textarea {...control} name="body" rows={8} maxLength={limits.description} defaultValue={text("body")} />}
      </FormField>
      <FormField id="request-needs" label={t("needs")} hint={t("needsHint", { max: limits.needs })} error={errors.needs} required>
        {(control) => <Textarea {...control} name="needs" rows={3} maxLength={limits.needs} defaultValue={text("needs")} />}
      </FormField>
      {multiple("countries", countries, limits.countries)}
      <ChoiceGroup id="request-rules[]" legend={t("rules")} hint={t("rulesHint", { max: limits.rules })} error={errors["rules[]"]}>
        <RulePicker groups={ruleGroups} selected={new Set(list("rules").map(Number))} idPrefix="request-rule" />
      </ChoiceGroup>
      {multiple("languages", languages, limits.languages)}
      <FormField id="request-deadline" label={t("deadline")} hint={t("deadlineHint")} error={errors.deadline}>
        {(control) => <Input {...control} name="deadline" type="date" defaultValue={text("deadline")} className="sm:max-w-xs" />}
      </FormField>
      <ChoiceGroup id="request-visibility" legend={t("visibility")} error={errors.visibility}>
        <Radio id="request-visibility-network" name="visibility" value="NETWORK" label={t("visibilityNetwork")} defaultChecked={visibility !== "NAMED"} />
        <Radio id="request-visibility-named" name="visibility" value="NAMED" label={t("visibilityNamed")} defaultChecked={visibility === "NAMED"} />
      </ChoiceGroup>
      <FormField id="request-namedMembers" label={t("namedMembers")} hint={t("namedMembersHint", { max: limits.named })} error={errors.namedMembers}>
        {(control) => <Textarea {...control} name="namedMembers" rows={2} defaultValue={text("namedMembers")} />}
      </FormField>
      <AttachmentPicker id="request-attach" initial={initial.attachments ?? []} initialText={sent ? refused.text("attach") : undefined} error={errors.attach} max={limits.attachments} />
      <SubmitButton pendingLabel={requestId ? t("saving") : t("posting")} className="self-start">
        {requestId ? t("save") : t("post")}
      </SubmitButton>
    </form>
  );
}
