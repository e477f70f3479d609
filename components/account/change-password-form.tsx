"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordAction } from "@/lib/account/actions";
import { NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("AccountPassword");
  const [state, action] = useActionState(changePasswordAction, null);
  const refusal = refusalOf(state);
  return (
    // React empties the fields after each submission: passwords are never sent back to the page.
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus
        state={state}
        idPrefix="password-change"
        fieldLabels={{ currentPassword: t("currentPassword"), newPassword: t("newPassword"), confirmPassword: t("confirmPassword") }}
      />
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField id="password-change-currentPassword" label={t("currentPassword")} error={refusal.errors.currentPassword} required>
        {(control) => <Input {...control} name="currentPassword" type="password" autoComplete="current-password" />}
      </FormField>
      <NewPasswordFields
        idPrefix="password-change"
        name="newPassword"
        labels={{ password: t("newPassword"), hint: t("newPasswordHint"), confirm: t("confirmPassword") }}
        errors={{ password: refusal.errors.newPassword, confirm: refusal.errors.confirmPassword }}
      />
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
