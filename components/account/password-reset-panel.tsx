"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { FormStatus } from "@/components/ui/form-status";
import { ButtonLink } from "@/components/ui/link";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { resetPasswordAction } from "@/lib/account/actions";
import type { LinkTokenState } from "@/lib/account/schema";
import { LinkRefusal } from "./link-refusal";
import { NewPasswordFields } from "./new-password-fields";

/**
 * What a reset link opens: the new-password form, then the way to sign in. One component for every state,
 * so the success survives the page rendering again around it (the link is spent by then; without
 * JavaScript the whole page is rendered anew with the action's result).
 */
export function PasswordResetPanel({ token, link }: { token: string; link: LinkTokenState }) {
  const t = useTranslations("PasswordReset");
  const [state, action] = useActionState(resetPasswordAction, null);

  const done = useRef<HTMLHeadingElement>(null);
  // The form is gone once it succeeds: take keyboard and screen-reader users to what replaced it.
  useEffect(() => {
    if (state?.ok) done.current?.focus();
  }, [state]);

  if (state?.ok) {
    return (
      <div className="flex flex-col items-start gap-5">
        <h1 ref={done} tabIndex={-1} className="text-3xl font-semibold tracking-tight text-ink outline-none">
          {t("doneTitle")}
        </h1>
        <Alert variant="success">{state.message}</Alert>
        <ButtonLink href="/sign-in">{t("signIn")}</ButtonLink>
      </div>
    );
  }
  if (link !== "valid") {
    const body = link === "expired" ? t("expiredBody") : link === "used" ? t("usedBody") : t("unknownBody");
    return <LinkRefusal title={t("invalidTitle")} body={body} action={<ButtonLink href="/reset-password">{t("requestNew")}</ButtonLink>} />;
  }
  const refusal = refusalOf(state);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("newTitle")}</h1>
        <p className="text-muted">{t("newIntro")}</p>
      </div>
      <form action={action} className="flex flex-col gap-5" noValidate>
        <input type="hidden" name="token" value={token} />
        <FormStatus state={state} idPrefix="reset" fieldLabels={{ password: t("password"), confirmPassword: t("confirmPassword") }} />
        <NewPasswordFields
          idPrefix="reset"
          name="password"
          labels={{ password: t("password"), hint: t("passwordHint"), confirm: t("confirmPassword") }}
          errors={{ password: refusal.errors.password, confirm: refusal.errors.confirmPassword }}
        />
        <SubmitButton pendingLabel={t("saving")} className="self-start">
          {t("save")}
        </SubmitButton>
      </form>
    </div>
  );
}
