"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { localeNames, locales } from "@/lib/i18n/config";
import { createInvitationAction, createOrganizationInvitationAction } from "@/lib/invitations/actions";

const ROLES = ["MEMBER", "MODERATOR", "ADMIN"] as const;
const ORGANIZATION_ROLES = ["MEMBER", "REPRESENTATIVE"] as const;

/**
 * Invite by email: an admin may approve in advance (with a role, and in an organization a role there too); a
 * representative invites to their organization, always through review.
 */
export function InvitationForm({ organizationId, canPreApprove = !organizationId }: { organizationId?: string; canPreApprove?: boolean }) {
  const t = useTranslations("AdminInvitations");
  const locale = useLocale();
  const [state, formAction] = useActionState(organizationId ? createOrganizationInvitationAction : createInvitationAction, null);
  // After a refusal every field shows what was sent (React resets the form; without JavaScript it is new).
  const refusal = refusalOf(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="invite" fieldLabels={{ email: t("email"), locale: t("locale"), role: t("role"), organizationRole: t("organizationRole") }} />
      {organizationId ? <input type="hidden" name="organizationId" value={organizationId} /> : null}
      <FormField id="invite-email" label={t("email")} error={refusal.errors.email} required>
        {(control) => <Input {...control} name="email" type="email" inputMode="email" autoComplete="off" maxLength={254} defaultValue={refusal.text("email")} />}
      </FormField>
      <FormField id="invite-locale" label={t("locale")} error={refusal.errors.locale}>
        {(control) => (
          <Select {...control} name="locale" defaultValue={refusal.text("locale") ?? locale}>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {localeNames[code]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      {canPreApprove ? (
        <>
          <Checkbox
            id="invite-preApproved"
            name="preApproved"
            label={t("preApproved")}
            hint={t("preApprovedHint")}
            defaultChecked={refusal.text("preApproved") === "on"}
          />
          <FormField id="invite-role" label={t("role")} hint={t("roleHint")} error={refusal.errors.role}>
            {(control) => (
              <Select {...control} name="role" defaultValue={refusal.text("role") ?? "MEMBER"}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`roles.${role}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          {organizationId ? (
            <FormField id="invite-organizationRole" label={t("organizationRole")} hint={t("organizationRoleHint")} error={refusal.errors.organizationRole}>
              {(control) => (
                <Select {...control} name="organizationRole" defaultValue={refusal.text("organizationRole") ?? "MEMBER"}>
                  {ORGANIZATION_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`organizationRoles.${role}`)}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
          ) : null}
        </>
      ) : null}
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
