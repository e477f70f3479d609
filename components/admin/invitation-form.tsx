"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, submittedValues } from "@/components/applications/form-status";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { localeNames, locales } from "@/lib/i18n/config";
import { createInvitationAction, createOrganizationInvitationAction } from "@/lib/invitations/actions";

const ROLES = ["MEMBER", "MODERATOR", "ADMIN"] as const;

/** Invite by email: an admin may approve in advance; a representative invites to their organization. */
export function InvitationForm({ organizationId }: { organizationId?: string }) {
  const t = useTranslations("AdminInvitations");
  const locale = useLocale();
  const [state, formAction] = useActionState(organizationId ? createOrganizationInvitationAction : createInvitationAction, null);
  const errors = state?.ok === false ? (state.fieldErrors ?? {}) : {};
  // After a refusal every field shows what was sent (React resets the form; without JavaScript it is new).
  const values = submittedValues(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="invite" fieldLabels={{ email: t("email"), locale: t("locale"), role: t("role") }} />
      {organizationId ? <input type="hidden" name="organizationId" value={organizationId} /> : null}
      <FormField id="invite-email" label={t("email")} error={errors.email} required>
        {(control) => <Input {...control} name="email" type="email" inputMode="email" autoComplete="off" maxLength={254} defaultValue={values.text("email")} />}
      </FormField>
      <FormField id="invite-locale" label={t("locale")} error={errors.locale}>
        {(control) => (
          <Select {...control} name="locale" defaultValue={values.text("locale") ?? locale}>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {localeNames[code]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      {organizationId ? null : (
        <>
          <Checkbox
            id="invite-preApproved"
            name="preApproved"
            label={t("preApproved")}
            hint={t("preApprovedHint")}
            defaultChecked={values.text("preApproved") === "on"}
          />
          <FormField id="invite-role" label={t("role")} hint={t("roleHint")} error={errors.role}>
            {(control) => (
              <Select {...control} name="role" defaultValue={values.text("role") ?? "MEMBER"}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`roles.${role}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </>
      )}
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
