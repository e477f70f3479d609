"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { approveStaffTwoFactorResetAction, cancelStaffTwoFactorResetAction, requestStaffTwoFactorResetAction } from "@/lib/account/actions";

/** The first admin's step: ask, with a reason the second admin will read. */
export function RequestTwoFactorResetForm({ userId }: { userId: string }) {
  const t = useTranslations("StaffTwoFactorReset");
  const [state, formAction] = useActionState(requestStaffTwoFactorResetAction, null);
  const refusal = refusalOf(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="reset" fieldLabels={{ reason: t("reasonLabel") }} />
      <input type="hidden" name="userId" value={userId} />
      <FormField id="reset-reason" label={t("reasonLabel")} hint={t("reasonHint")} error={refusal.errors.reason} required>
        {(control) => <Textarea {...control} name="reason" rows={3} maxLength={1000} defaultValue={refusal.text("reason")} />}
      </FormField>
      <SubmitButton variant="secondary" pendingLabel={t("requesting")} className="self-start">
        {t("request")}
      </SubmitButton>
    </form>
  );
}

/** The second admin approves (or any admin cancels) an open request. */
export function TwoFactorResetDecisionForm({ userId, resetId, kind }: { userId: string; resetId: string; kind: "approve" | "cancel" }) {
  const t = useTranslations("StaffTwoFactorReset");
  const [state, formAction] = useActionState(kind === "approve" ? approveStaffTwoFactorResetAction : cancelStaffTwoFactorResetAction, null);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} idPrefix={`reset-${kind}`} fieldLabels={{}} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="resetId" value={resetId} />
      <SubmitButton variant={kind === "approve" ? "danger" : "secondary"} pendingLabel={t(kind === "approve" ? "approving" : "cancelling")} className="self-start">
        {t(kind === "approve" ? "approve" : "cancel")}
      </SubmitButton>
    </form>
  );
}
