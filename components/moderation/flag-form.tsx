"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { ActionState } from "@/lib/action";

type Reason = "HARASSMENT" | "PERSONAL_INFORMATION" | "SPAM" | "OFF_TOPIC" | "OTHER";

type FlagFormProps = {
  /** The domain's flag action (board post, conversation message, request, or any queue item). */
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** What is flagged, as the action reads it, e.g. { postId } or { targetType, targetId }. */
  target: Record<string, string>;
  /** FLAG_REASONS, from the server page. */
  reasons: readonly Reason[];
  idPrefix?: string;
};

/** The one flag form: a reason and an optional note for the moderators; said once done. */
export function FlagForm({ action: flag, target, reasons, idPrefix = "flag" }: FlagFormProps) {
  const t = useTranslations("ModerationFlagForm");
  const [state, action] = useActionState(flag, null);
  if (state?.ok) return <FormStatus state={state} />;
  const fieldErrors = state?.ok === false ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} idPrefix={idPrefix} fieldLabels={{ reason: t("reason"), note: t("note") }} />
      {Object.entries(target).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormField id={`${idPrefix}-reason`} label={t("reason")} required error={fieldErrors?.reason}>
        {(control) => (
          <Select {...control} name="reason" defaultValue="HARASSMENT">
            {reasons.map((reason) => (
              <option key={reason} value={reason}>{t(`reasons.${reason}`)}</option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id={`${idPrefix}-note`} label={t("note")} hint={t("noteHint")} error={fieldErrors?.note}>
        {(control) => <Textarea {...control} name="note" rows={2} maxLength={500} />}
      </FormField>
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("sending")} className="self-start">
        {t("send")}
      </SubmitButton>
    </form>
  );
}
