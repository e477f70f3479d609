"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmEmailAction } from "@/lib/applications/actions";
import { FormStatus } from "./form-status";

/** One button: following the emailed link only shows this page, so link scanners in mailboxes cannot use it up. */
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("VerifyEmail");
  const [state, formAction] = useActionState(confirmEmailAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="verify" />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
