"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestEmailChangeAction } from "@/lib/account/actions";

export function EmailChangeForm() {
  const t = useTranslations("AccountEmail");
  const [state, action] = useActionState(requestEmailChangeAction, null);
  const refusal = refusalOf(state);
  const [newEmail, setNewEmail] = useState(refusal.text("newEmail") ?? "");
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} idPrefix="email-change" fieldLabels={{ newEmail: t("newEmail"), currentPassword: t("currentPassword") }} />
      <FormField id="email-change-newEmail" label={t("newEmail")} error={refusal.errors.newEmail} required>
        {(control) => (
          <Input {...control} name="newEmail" type="email" autoComplete="email" inputMode="email" value={newEmail} onChange={(event) => setNewEmail(event.target.value)} />
        )}
      </FormField>
      <FormField id="email-change-currentPassword" label={t("currentPassword")} hint={t("currentPasswordHint")} error={refusal.errors.currentPassword} required>
        {(control) => <Input {...control} name="currentPassword" type="password" autoComplete="current-password" />}
      </FormField>
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
