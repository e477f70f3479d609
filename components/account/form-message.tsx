"use client";

import { Alert, LiveRegion } from "@/components/ui/alert";
import type { ActionState } from "@/lib/action";

/**
 * The outcome of a form's last submission, in a live region that is on the page before it changes, so
 * screen readers announce it. Success messages only show when `showSuccess`.
 */
export function FormMessage<T>({ state, showSuccess = true }: { state: ActionState<T>; showSuccess?: boolean }) {
  const visible = state && (!state.ok || (showSuccess && state.message));
  return (
    <LiveRegion politeness={state?.ok === false ? "assertive" : "polite"}>
      {visible ? (
        <Alert variant={state.ok ? "success" : "error"} announce={false}>
          {state.message}
        </Alert>
      ) : null}
    </LiveRegion>
  );
}

/** The errors of one field from the last submission. */
export function fieldError<T>(state: ActionState<T>, field: string): string[] | undefined {
  return state?.ok === false ? state.fieldErrors?.[field] : undefined;
}

/** What a refused submission sent in one field, to show it again (the page is new without JavaScript). */
export function sentValue<T>(state: ActionState<T>, field: string): string | undefined {
  const value = state?.ok === false ? state.values?.[field] : undefined;
  return typeof value === "string" ? value : undefined;
}
