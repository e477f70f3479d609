"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeReapplyPeriodAction } from "@/lib/applications/actions";

/** How many months a rejected applicant waits before applying again (0: at once). */
export function ReapplyPeriodForm({ months, max }: { months: number; max: number }) {
  const t = useTranslations("MembershipSettings");
  const [state, formAction] = useActionState(changeReapplyPeriodAction, null);
  const refusal = refusalOf(state);
  return (
    <form action={formAction} noValidate className="flex max-w-md flex-col gap-4">
      <FormStatus state={state} idPrefix="settings" fieldLabels={{ months: t("monthsLabel") }} />
      <FormField id="settings-months" label={t("monthsLabel")} hint={t("monthsHint", { max })} error={refusal.errors.months} required>
        {(control) => <Input {...control} name="months" type="number" inputMode="numeric" min={0} max={max} step={1} className="w-28" defaultValue={refusal.text("months") ?? String(months)} />}
      </FormField>
      <SubmitButton pendingLabel={t("saving")} className="self-start">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
