"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInWithPasswordAction, type SignInState } from "@/lib/auth/actions";

/** Email and password; the verification-code field appears when the account uses two-step verification. */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction] = useActionState(signInWithPasswordAction, null);
  // Kept in state so a second step (the code) does not make the person type everything again.
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signInState = state as SignInState | null;
  const needsCode = signInState?.ok === false && signInState.needsCode === true;
  const fieldErrors = state?.ok === false ? state.fieldErrors : undefined;

  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="next" value={next} />
      {state?.ok === false ? <Alert variant={needsCode && state.code === "two-factor-required" ? "info" : "error"}>{state.message}</Alert> : null}
      <FormField label={t("email")} error={fieldErrors?.email} required>
        {(control) => (
          <Input {...control} name="email" type="email" autoComplete="username" inputMode="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        )}
      </FormField>
      <FormField label={t("password")} error={fieldErrors?.password} required>
        {(control) => (
          <Input {...control} name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        )}
      </FormField>
      {needsCode ? (
        <FormField label={t("code")} hint={t("codeHint")} required>
          {(control) => <Input {...control} name="code" autoComplete="one-time-code" inputMode="text" autoFocus />}
        </FormField>
      ) : null}
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
