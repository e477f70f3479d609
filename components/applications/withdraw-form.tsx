"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { withdrawApplicationAction } from "@/lib/applications/actions";

/** Withdrawing deletes the account: a ticked confirmation is required (it works without JavaScript too). */
export function WithdrawForm() {
  const t = useTranslations("ApplicationStatus");
  const [state, formAction] = useActionState(withdrawApplicationAction, null);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="withdraw" fieldLabels={{ confirm: t("withdrawConfirm") }} />
      <Checkbox id="withdraw-confirm" name="confirm" label={t("withdrawConfirm")} error={refusalOf(state).errors.confirm} />
      <SubmitButton variant="danger" pendingLabel={t("withdrawing")} className="self-start">
        {t("withdrawSubmit")}
      </SubmitButton>
    </form>
  );
}
