"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { flagItemAction } from "@/lib/moderation/actions";

type Reason = "HARASSMENT" | "PERSONAL_INFORMATION" | "SPAM" | "OFF_TOPIC" | "OTHER";

/** Flags a thread, a profile or an organization for the moderators, with a reason and an optional note. */
export function ItemFlagForm({ targetType, targetId, reasons }: { targetType: string; targetId: string; reasons: readonly Reason[] }) {
  const t = useTranslations("ModerationFlagForm");
  const [state, action] = useActionState(flagItemAction, null);
  if (state?.ok) return <FormStatus state={state} />;
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} idPrefix="flag" fieldLabels={{ reason: t("reason"), note: t("note") }} />
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <FormField id="flag-reason" label={t("reason")} required error={state?.ok === false ? state.fieldErrors?.reason : undefined}>
        {(control) => (
          <Select {...control} name="reason" defaultValue="HARASSMENT">
            {reasons.map((reason) => (
              <option key={reason} value={reason}>{t(`reasons.${reason}`)}</option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="flag-note" label={t("note")} hint={t("noteHint")} error={state?.ok === false ? state.fieldErrors?.note : undefined}>
        {(control) => <Textarea {...control} name="note" rows={2} maxLength={500} />}
      </FormField>
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("sending")} className="self-start">
        {t("send")}
      </SubmitButton>
    </form>
  );
}
