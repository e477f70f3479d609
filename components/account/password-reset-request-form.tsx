"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestPasswordResetAction } from "@/lib/account/actions";

export function PasswordResetRequestForm() {
  const t = useTranslations("PasswordReset");
  const [state, action] = useActionState(requestPasswordResetAction, null);
  const refusal = refusalOf(state);
  const [email, setEmail] = useState(refusal.text("email") ?? "");
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} idPrefix="reset-request" fieldLabels={{ email: t("email") }} />
      <FormField id="reset-request-email" label={t("email")} error={refusal.errors.email} required>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" inputMode="email" value={email} onChange={(event) => setEmail(event.target.value)} />}
      </FormField>
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
