"use client";

import { useActionState, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ButtonVariant } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult, ActionState } from "@/lib/action";

/** A form that is only a button (and hidden fields), with its outcome announced above it. */
export function SimpleActionForm({
  action: serverAction,
  label,
  pendingLabel,
  variant = "secondary",
  hidden = {},
  buttonLabel,
  showSuccess = true,
  className,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionResult>;
  label: ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
  hidden?: Record<string, string>;
  /** An accessible name that says more than the visible label, e.g. which session a button ends. */
  buttonLabel?: string;
  showSuccess?: boolean;
  className?: string;
}) {
  const [state, action] = useActionState(serverAction, null);
  return (
    <form action={action} className={className ?? "flex flex-col items-start gap-3"}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} showSuccess={showSuccess} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel} aria-label={buttonLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
