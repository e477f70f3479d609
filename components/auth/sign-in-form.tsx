"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { linkClasses } from "@/components/ui/link";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInWithPasswordAction, type SignInState } from "@/lib/auth/actions";

/**
 * Email and password, then — for accounts with two-step verification — the code step. The code step
 * carries only the token of the passed first step (`challenge`, from the password step or from an opened
 * sign-in link), so it works the same without JavaScript.
 */
export function SignInForm({ next, challenge: linkChallenge }: { next: string; challenge?: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction] = useActionState(signInWithPasswordAction, null);
  const refused = state?.ok === false ? (state as Extract<SignInState, { ok: false }>) : undefined;
  const refusal = refusalOf(state);
  // Kept in state so an error does not make the person type the address again; without JavaScript the
  // server draws the refused form with the address it was sent (never the password).
  const [email, setEmail] = useState(() => refusal.text("email") ?? "");
  const [password, setPassword] = useState("");
  const challenge = state ? refused?.challenge : linkChallenge;

  if (challenge) {
    // Being asked for the code is the next step, not a refusal: the code field takes focus (autoFocus).
    const asked = !refused || refused.code === "two-factor-required";
    return (
      <form action={formAction} className="flex flex-col gap-5" noValidate>
        <input type="hidden" name="step" value="code" />
        <input type="hidden" name="challenge" value={challenge} />
        <input type="hidden" name="next" value={next} />
        {asked ? <Alert variant="info">{refused?.message ?? t("refused.two-factor-required")}</Alert> : null}
        <FormStatus state={asked ? null : state} idPrefix="sign-in" fieldLabels={{ code: t("code") }} />
        <FormField id="sign-in-code" label={t("code")} hint={t("codeHint")} error={refusal.errors.code} required>
          {(control) => <Input {...control} name="code" autoComplete="one-time-code" inputMode="text" autoFocus />}
        </FormField>
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
          {/* A full page load, so the form starts again from its first step. */}
          <a href="/sign-in" className={linkClasses()}>
            {t("startOver")}
          </a>
        </div>
      </form>
    );
  }

  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="step" value="password" />
      <input type="hidden" name="next" value={next} />
      <FormStatus state={state} idPrefix="sign-in" fieldLabels={{ email: t("email"), password: t("password") }} />
      <FormField id="sign-in-email" label={t("email")} error={refusal.errors.email} required>
        {(control) => (
          <Input {...control} name="email" type="email" autoComplete="username" inputMode="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        )}
      </FormField>
      <FormField id="sign-in-password" label={t("password")} error={refusal.errors.password} required>
        {(control) => (
          <Input {...control} name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        )}
      </FormField>
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
