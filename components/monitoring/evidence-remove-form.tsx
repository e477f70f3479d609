"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { removeEvidenceAction } from "@/lib/monitoring/actions";

/** Removes one uploaded evidence file (and the stored file): a plain form, it works without JavaScript. */
export function EvidenceRemoveForm({ reportId, evidenceId, name }: { reportId: string; evidenceId: string; name: string }) {
  const t = useTranslations("ReportForm");
  const [state, action] = useActionState(removeEvidenceAction, null);
  return (
    <form action={action} className="flex flex-col gap-1">
      <FormStatus state={state} idPrefix={`evidence-remove-${evidenceId}`} fieldLabels={{}} showSuccess={false} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <SubmitButton variant="secondary" pendingLabel={t("evidenceRemoving")} className="self-start">
        {t("evidenceRemove")}<span className="sr-only"> {name}</span>
      </SubmitButton>
    </form>
  );
}
