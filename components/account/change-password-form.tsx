"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordAction } from "@/lib/account/actions";
import { fieldError, FormMessage } from "./form-message";
import { NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("AccountPassword");
  const [state, action] = useActionState(changePasswordAction, null);
  return (
    // React empties the fields after each submission: passwords are never sent back to the page.
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField label={t("currentPassword")} error={fieldError(state, "currentPassword")} required>
        {(control) => <Input {...control} name="currentPassword" type="password" autoComplete="current-password" />}
      </FormField>
      <NewPasswordFields
        name="newPassword"
        labels={{ password: t("newPassword"), hint: t("newPasswordHint"), confirm: t("confirmPassword") }}
        errors={{ password: fieldError(state, "newPassword"), confirm: fieldError(state, "confirmPassword") }}
      />
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
