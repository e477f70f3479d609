"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/action";
import { ConsentField, CountryField, LanguageFields } from "./applicant-fields";
import { ChoiceGroup, Radio } from "@/components/ui/choice";
import { OrganizationFields, type OrganizationOption } from "./organization-fields";

export type Option = { code: string; name: string };

type ApplyAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** How the form is reached: openly, or from an invitation that fixes the address (and maybe the organization). */
export type ApplyMode =
  | { type: "public" }
  | { type: "invited"; token: string; email: string; organization: { id: string; name: string } | null };

export function ApplyForm({
  action,
  mode,
  countries,
  organizations,
  languages,
  privacyHref = "/privacy",
}: {
  action: ApplyAction;
  mode: ApplyMode;
  countries: Option[];
  organizations: OrganizationOption[];
  languages: Option[];
  privacyHref?: string;
}) {
  const t = useTranslations("Apply");
  const invitation = useTranslations("InvitationAccept");
  const required = useTranslations("ui.formField")("required");
  const [state, formAction] = useActionState(action, null);
  const refusal = refusalOf(state);
  const fixedOrganization = mode.type === "invited" ? mode.organization : null;

  if (state?.ok) {
    return (
      <Alert variant="success" title={mode.type === "invited" ? invitation("submittedTitle") : t("sentTitle")}>
        <p>{state.message ?? t("sentBody")}</p>
      </Alert>
    );
  }

  // In the form's order, which is the order of the fields to correct.
  const labels: Record<string, string> = {
    kind: t("kind.legend"),
    name: t("name.label"),
    displayName: t("displayName.label"),
    countryCode: t("country.label"),
    languages: t("languages.legend"),
    organizationChoice: t("organization.legend"),
    organizationId: t("organization.existingLabel"),
    proposedOrgName: t("organization.nameLabel"),
    proposedOrgWebsite: t("organization.websiteLabel"),
    proposedOrgCountryCode: t("organization.countryLabel"),
    workDescription: t("work.label"),
    vouchedBy: t("vouching.label"),
    livedExperience: t("livedExperience.label"),
    email: t("email.label"),
    password: t("password.label"),
    consent: t("consent.legend"),
  };

  return (
    <form action={formAction} noValidate className="group flex flex-col gap-8">
      <FormStatus state={state} fieldLabels={labels} idPrefix="apply" />
      {mode.type === "invited" ? <input type="hidden" name="token" value={mode.token} /> : null}

      <section aria-labelledby="apply-about" className="flex flex-col gap-5">
        <h2 id="apply-about" className="text-xl font-semibold text-ink">
          {t("sections.about")}
        </h2>
        {fixedOrganization ? (
          <>
            <input type="hidden" name="kind" value="ORGANIZATION" />
            <input type="hidden" name="organizationChoice" value="existing" />
            <input type="hidden" name="organizationId" value={fixedOrganization.id} />
            <p>{t("organization.fixed", { name: fixedOrganization.name })}</p>
          </>
        ) : (
          <ChoiceGroup id="apply-kind" legend={labels.kind} error={refusal.errors.kind} required requiredLabel={required}>
            <Radio id="apply-kind-individual" name="kind" value="INDIVIDUAL" label={t("kind.individual")} defaultChecked={(refusal.text("kind") ?? "INDIVIDUAL") === "INDIVIDUAL"} />
            <Radio id="apply-kind-organization" name="kind" value="ORGANIZATION" label={t("kind.organization")} defaultChecked={refusal.text("kind") === "ORGANIZATION"} />
          </ChoiceGroup>
        )}
        <FormField id="apply-name" label={labels.name} hint={t("name.hint")} error={refusal.errors.name} required>
          {(control) => <Input {...control} name="name" autoComplete="name" maxLength={200} defaultValue={refusal.text("name")} />}
        </FormField>
        <FormField id="apply-displayName" label={labels.displayName} hint={t("displayName.hint")} error={refusal.errors.displayName} required>
          {(control) => <Input {...control} name="displayName" autoComplete="nickname" maxLength={80} defaultValue={refusal.text("displayName")} />}
        </FormField>
        <CountryField idPrefix="apply" countries={countries} selected={refusal.text("countryCode")} error={refusal.errors.countryCode} />
        <LanguageFields idPrefix="apply" languages={languages} selected={refusal.list("languages[]")} error={refusal.errors.languages} />
      </section>

      {fixedOrganization ? null : (
        <OrganizationFields organizations={organizations} countries={countries} values={refusal} errors={refusal.errors} />
      )}

      <section aria-labelledby="apply-work" className="flex flex-col gap-5">
        <h2 id="apply-work" className="text-xl font-semibold text-ink">
          {t("sections.work")}
        </h2>
        <FormField id="apply-workDescription" label={labels.workDescription} hint={t("work.hint")} error={refusal.errors.workDescription} required>
          {(control) => <Textarea {...control} name="workDescription" rows={6} maxLength={5000} defaultValue={refusal.text("workDescription")} />}
        </FormField>
        <FormField id="apply-vouchedBy" label={labels.vouchedBy} hint={t("vouching.hint")} error={refusal.errors.vouchedBy}>
          {(control) => <Textarea {...control} name="vouchedBy" rows={3} maxLength={1000} defaultValue={refusal.text("vouchedBy")} />}
        </FormField>
        <div className="flex flex-col gap-3 rounded-md border border-line bg-brand-50 p-4">
          <FormField id="apply-livedExperience" label={labels.livedExperience} hint={t("livedExperience.hint")} error={refusal.errors.livedExperience}>
            {(control) => <Textarea {...control} name="livedExperience" rows={4} maxLength={5000} defaultValue={refusal.text("livedExperience")} />}
          </FormField>
        </div>
      </section>

      <section aria-labelledby="apply-account" className="flex flex-col gap-5">
        <h2 id="apply-account" className="text-xl font-semibold text-ink">
          {t("sections.account")}
        </h2>
        {mode.type === "invited" ? (
          <FormField id="apply-email" label={labels.email} hint={t("email.fixedHint")}>
            {(control) => <Input {...control} type="email" value={mode.email} readOnly autoComplete="username" />}
          </FormField>
        ) : (
          <FormField id="apply-email" label={labels.email} hint={t("email.hint")} error={refusal.errors.email} required>
            {(control) => <Input {...control} name="email" type="email" inputMode="email" autoComplete="email" maxLength={254} defaultValue={refusal.text("email")} />}
          </FormField>
        )}
        <FormField id="apply-password" label={labels.password} hint={t("password.hint")} error={refusal.errors.password} required>
          {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" maxLength={200} />}
        </FormField>
      </section>

      <ConsentField idPrefix="apply" privacyHref={privacyHref} error={refusal.errors.consent} checked={refusal.text("consent") === "on"} />

      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
