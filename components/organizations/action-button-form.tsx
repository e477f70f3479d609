"use client";

import { useActionState } from "react";
import type { ButtonVariant } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult, ActionState } from "@/lib/action";

/**
 * One button that posts a few hidden fields (accept, decline, withdraw, leave, verify…). A success goes back
 * to the page, which says what was done; a refusal is shown above the button, in the form's live region.
 */
export function ActionButtonForm<T>({
  action,
  fields,
  label,
  pendingLabel,
  variant = "secondary",
  idPrefix,
  hint,
}: {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  idPrefix: string;
  hint?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormStatus state={state} idPrefix={idPrefix} fieldLabels={{}} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      <SubmitButton variant={variant} pendingLabel={pendingLabel} className="self-start">
        {label}
      </SubmitButton>
    </form>
  );
}
