"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { countryChoices, OptionSelect } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { resubmitApplicationAction } from "@/lib/applications/actions";

export type UpdatableApplication = {
  workDescription: string;
  vouchedBy: string | null;
  /** Set when the application proposes a new organization, whose details can be corrected too. */
  proposedOrganization: { name: string; website: string | null; countryCode: string | null } | null;
};

/** The applicant's answer to the reviewers' question: the application goes back to the queue. */
export function UpdateApplicationForm({ application, countries }: { application: UpdatableApplication; countries: Array<{ code: string; name: string }> }) {
  const t = useTranslations("ApplicationStatus");
  const apply = useTranslations("Apply");
  const [state, formAction] = useActionState(resubmitApplicationAction, null);
  const refusal = refusalOf(state);
  const organization = application.proposedOrganization;

  // The form is gone: focus goes to what replaced it.
  if (state?.ok) return <FormStatus state={state} focusOnSuccess />;

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormStatus
        state={state}
        idPrefix="update"
        fieldLabels={{
          workDescription: apply("work.label"),
          vouchedBy: apply("vouching.label"),
          proposedOrgName: t("organizationName"),
          proposedOrgWebsite: t("organizationWebsite"),
          proposedOrgCountryCode: t("organizationCountry"),
        }}
      />
      <FormField id="update-workDescription" label={apply("work.label")} hint={apply("work.hint")} error={refusal.errors.workDescription} required>
        {(control) => (
          <Textarea {...control} name="workDescription" rows={6} maxLength={5000} defaultValue={refusal.text("workDescription") ?? application.workDescription} />
        )}
      </FormField>
      <FormField id="update-vouchedBy" label={apply("vouching.label")} hint={apply("vouching.hint")} error={refusal.errors.vouchedBy}>
        {(control) => <Textarea {...control} name="vouchedBy" rows={3} maxLength={1000} defaultValue={refusal.text("vouchedBy") ?? application.vouchedBy ?? ""} />}
      </FormField>
      {organization ? (
        <>
          <FormField id="update-proposedOrgName" label={t("organizationName")} error={refusal.errors.proposedOrgName} required>
            {(control) => <Input {...control} name="proposedOrgName" maxLength={200} defaultValue={refusal.text("proposedOrgName") ?? organization.name} />}
          </FormField>
          <FormField id="update-proposedOrgWebsite" label={t("organizationWebsite")} hint={apply("organization.websiteHint")} error={refusal.errors.proposedOrgWebsite}>
            {(control) => (
              <Input {...control} name="proposedOrgWebsite" type="url" inputMode="url" maxLength={300} defaultValue={refusal.text("proposedOrgWebsite") ?? organization.website ?? ""} />
            )}
          </FormField>
          <FormField id="update-proposedOrgCountryCode" label={t("organizationCountry")} error={refusal.errors.proposedOrgCountryCode} required>
            {(control) => (
              <OptionSelect {...control} name="proposedOrgCountryCode" defaultValue={refusal.text("proposedOrgCountryCode") ?? organization.countryCode ?? ""} options={countryChoices(countries)} />
            )}
          </FormField>
        </>
      ) : null}
      <SubmitButton pendingLabel={t("updating")} className="self-start">
        {t("updateSubmit")}
      </SubmitButton>
    </form>
  );
}
