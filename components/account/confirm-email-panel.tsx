"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { FormStatus } from "@/components/ui/form-status";
import { ButtonLink } from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmEmailChangeAction } from "@/lib/account/actions";
import type { LinkTokenState } from "@/lib/account/schema";
import { LinkRefusal } from "./link-refusal";

/**
 * What an email-change link opens. Opening it changes nothing; the button does (mail scanners that follow
 * links cannot confirm). One component for every state, so the success survives the page rendering again.
 */
export function ConfirmEmailPanel({ token, link, newEmail, signedIn }: { token: string; link: LinkTokenState; newEmail: string | null; signedIn: boolean }) {
  const t = useTranslations("EmailConfirmation");
  const [state, action] = useActionState(confirmEmailChangeAction, null);

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
        <ButtonLink href={signedIn ? "/account" : "/sign-in"}>{signedIn ? t("continue") : t("doneSignIn")}</ButtonLink>
      </div>
    );
  }
  if (link !== "valid" || !newEmail) {
    const body = link === "expired" ? t("expiredBody") : link === "used" ? t("usedBody") : t("unknownBody");
    return <LinkRefusal title={t("invalidTitle")} body={body} action={<ButtonLink href="/account/email">{t("account")}</ButtonLink>} />;
  }
  return (
    <div className="flex flex-col items-start gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="break-all text-muted">{t("body", { email: newEmail })}</p>
      </div>
      <form action={action} className="flex flex-col items-start gap-5">
        <input type="hidden" name="token" value={token} />
        <FormStatus state={state} />
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </form>
    </div>
  );
}
