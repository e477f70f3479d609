"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmEmailAction } from "@/lib/applications/actions";

/** One button: following the emailed link only shows this page, so link scanners in mailboxes cannot use it up. */
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("VerifyEmail");
  const [state, formAction] = useActionState(confirmEmailAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
