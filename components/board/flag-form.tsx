"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { flagAction } from "@/lib/board/actions";

type Reason = "HARASSMENT" | "PERSONAL_INFORMATION" | "SPAM" | "OFF_TOPIC" | "OTHER";

/**
 * Flags a post (or, with `action` and `field`, a conversation message) for the moderators, with a reason and an
 * optional note; said once done. `reasons`: FLAG_REASONS, from the server page.
 */
export function FlagForm({ postId, reasons, action: flag = flagAction, field = "postId" }: { postId: string; reasons: readonly Reason[]; action?: typeof flagAction; field?: string }) {
  const t = useTranslations("BoardFlag");
  const [state, action] = useActionState(flag, null);
  if (state?.ok) return <FormStatus state={state} />;
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} idPrefix={`flag-${postId}`} fieldLabels={{ reason: t("reason"), note: t("note") }} />
      <input type="hidden" name={field} value={postId} />
      <FormField id={`flag-${postId}-reason`} label={t("reason")} required>
        {(control) => (
          <Select {...control} name="reason" defaultValue="HARASSMENT">
            {reasons.map((reason) => (
              <option key={reason} value={reason}>{t(`reasons.${reason}`)}</option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id={`flag-${postId}-note`} label={t("note")} hint={t("noteHint")}>
        {(control) => <Textarea {...control} name="note" rows={2} maxLength={500} />}
      </FormField>
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("sending")} className="self-start">
        {t("send")}
      </SubmitButton>
    </form>
  );
}
