"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestPasswordResetAction } from "@/lib/account/actions";
import { fieldError, FormMessage, sentValue } from "./form-message";

export function PasswordResetRequestForm() {
  const t = useTranslations("PasswordReset");
  const [state, action] = useActionState(requestPasswordResetAction, null);
  const [email, setEmail] = useState(sentValue(state, "email") ?? "");
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <FormField label={t("email")} error={fieldError(state, "email")} required>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" inputMode="email" value={email} onChange={(event) => setEmail(event.target.value)} />}
      </FormField>
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
