"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { flagResourceAction } from "@/lib/resources/actions";

type Reason = "HARASSMENT" | "PERSONAL_INFORMATION" | "SPAM" | "OFF_TOPIC" | "OTHER";

/** Flagging a resource for the moderators: a reason and an optional note (the board's flag wording). */
export function FlagResourceForm({ resourceId, reasons }: { resourceId: string; reasons: readonly Reason[] }) {
  const t = useTranslations("BoardFlag");
  const [state, action] = useActionState(flagResourceAction, null);
  if (state?.ok) return <FormStatus state={state} />;
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} idPrefix="flag" fieldLabels={{ reason: t("reason"), note: t("note") }} />
      <input type="hidden" name="resourceId" value={resourceId} />
      <FormField id="flag-reason" label={t("reason")} required>
        {(control) => (
          <Select {...control} name="reason" defaultValue="HARASSMENT">
            {reasons.map((reason) => (
              <option key={reason} value={reason}>{t(`reasons.${reason}`)}</option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="flag-note" label={t("note")}>
        {(control) => <Textarea {...control} name="note" rows={2} maxLength={500} />}
      </FormField>
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("sending")} className="self-start">
        {t("send")}
      </SubmitButton>
    </form>
  );
}
