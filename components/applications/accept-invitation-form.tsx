"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { ButtonLink } from "@/components/ui/link";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { acceptPreApprovedAction } from "@/lib/invitations/actions";
import { ConsentField, CountryField, LanguageFields } from "./applicant-fields";

type Option = { code: string; name: string };

/** Accepting an admin's pre-approved invitation: what the profile needs, and a password. */
export function AcceptInvitationForm({ token, email, countries, languages }: { token: string; email: string; countries: Option[]; languages: Option[] }) {
  const t = useTranslations("Apply");
  const invitation = useTranslations("InvitationAccept");
  const [state, formAction] = useActionState(acceptPreApprovedAction, null);
  const refusal = refusalOf(state);

  if (state?.ok) {
    return (
      <div className="flex flex-col items-start gap-4">
        <Alert variant="success" title={invitation("createdTitle")}>
          <p>{state.message}</p>
        </Alert>
        <ButtonLink href="/sign-in">{invitation("signIn")}</ButtonLink>
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormStatus
        state={state}
        idPrefix="apply"
        fieldLabels={{
          name: t("name.label"),
          displayName: t("displayName.label"),
          password: t("password.label"),
          countryCode: t("country.label"),
          languages: t("languages.legend"),
          livedExperience: t("livedExperience.label"),
          consent: t("consent.legend"),
        }}
      />
      <input type="hidden" name="token" value={token} />
      <FormField id="apply-email" label={t("email.label")} hint={t("email.fixedHint")}>
        {(control) => <Input {...control} type="email" value={email} readOnly autoComplete="username" />}
      </FormField>
      <FormField id="apply-name" label={t("name.label")} hint={invitation("preApprovedForm.nameHint")} error={refusal.errors.name} required>
        {(control) => <Input {...control} name="name" autoComplete="name" maxLength={200} defaultValue={refusal.text("name")} />}
      </FormField>
      <FormField id="apply-displayName" label={t("displayName.label")} hint={t("displayName.hint")} error={refusal.errors.displayName} required>
        {(control) => <Input {...control} name="displayName" autoComplete="nickname" maxLength={80} defaultValue={refusal.text("displayName")} />}
      </FormField>
      <FormField id="apply-password" label={t("password.label")} hint={t("password.hint")} error={refusal.errors.password} required>
        {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" maxLength={200} />}
      </FormField>
      <CountryField idPrefix="apply" countries={countries} selected={refusal.text("countryCode")} error={refusal.errors.countryCode} />
      <LanguageFields idPrefix="apply" languages={languages} selected={refusal.list("languages[]")} error={refusal.errors.languages} />
      <div className="flex flex-col gap-3 rounded-md border border-line bg-brand-50 p-4">
        <FormField id="apply-livedExperience" label={t("livedExperience.label")} hint={t("livedExperience.hint")} error={refusal.errors.livedExperience}>
          {(control) => <Textarea {...control} name="livedExperience" rows={4} maxLength={5000} defaultValue={refusal.text("livedExperience")} />}
        </FormField>
      </div>
      <ConsentField
        idPrefix="apply"
        privacyHref="/privacy"
        error={refusal.errors.consent}
        checked={refusal.text("consent") === "on"}
        wording={{ label: invitation("preApprovedForm.consentLabel"), error: invitation("preApprovedForm.consentError") }}
      />
      <SubmitButton pendingLabel={invitation("creating")} className="self-start">
        {invitation("createAccount")}
      </SubmitButton>
    </form>
  );
}
