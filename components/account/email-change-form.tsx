"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestEmailChangeAction } from "@/lib/account/actions";
import { fieldError, FormMessage, sentValue } from "./form-message";

export function EmailChangeForm() {
  const t = useTranslations("AccountEmail");
  const [state, action] = useActionState(requestEmailChangeAction, null);
  const [newEmail, setNewEmail] = useState(sentValue(state, "newEmail") ?? "");
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <FormField label={t("newEmail")} error={fieldError(state, "newEmail")} required>
        {(control) => (
          <Input {...control} name="newEmail" type="email" autoComplete="email" inputMode="email" value={newEmail} onChange={(event) => setNewEmail(event.target.value)} />
        )}
      </FormField>
      <FormField label={t("currentPassword")} hint={t("currentPasswordHint")} error={fieldError(state, "currentPassword")} required>
        {(control) => <Input {...control} name="currentPassword" type="password" autoComplete="current-password" />}
      </FormField>
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
