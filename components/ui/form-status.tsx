"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/action";
import { Alert, LiveRegion } from "./alert";

/** Links from a refusal to the fields it names: field `email` is the control with id `${idPrefix}-email`. */
type FieldLinks =
  | { idPrefix: string; /** The fields that can be refused, in the form's order, with their labels. */ fieldLabels: Record<string, string> }
  | { idPrefix?: never; fieldLabels?: never };

export type FormStatusProps = FieldLinks & {
  state: ActionState<unknown>;
  /** Show a success's message (when it has one). Off where what replaces the form says it already. */
  showSuccess?: boolean;
  /** Take focus on a success too: where the form, and the button pressed with it, is gone afterwards. */
  focusOnSuccess?: boolean;
};

/**
 * The outcome of a form's last submission, the same in every form. It sits in a live region that is on
 * the page before anything shows in it, so a success is announced. A refusal (role="alert") takes focus,
 * so keyboard and screen-reader users land on it — also when it says the same as the last one, which a
 * live region would not repeat — and lists the fields to correct, each a link to its field.
 */
export function FormStatus({ state, idPrefix, fieldLabels = {}, showSuccess = true, focusOnSuccess = false }: FormStatusProps) {
  const t = useTranslations("FormStatus");
  const ref = useRef<HTMLDivElement>(null);
  const refused = state?.ok === false;
  const shown = state !== null && (refused || (showSuccess && Boolean(state.message)));
  const takesFocus = shown && (refused || focusOnSuccess);
  useEffect(() => {
    if (takesFocus) ref.current?.focus();
  }, [state, takesFocus]);
  // Listed in the form's order; a field without a label (a hidden one) has nothing to go to.
  const errors = refused ? (state.fieldErrors ?? {}) : {};
  const fields = Object.entries(fieldLabels).filter(([field]) => (errors[field]?.length ?? 0) > 0);

  return (
    <LiveRegion>
      {shown ? (
        <div ref={ref} tabIndex={-1} role={refused ? "alert" : "status"} className="rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand-700">
          <Alert variant={refused ? "error" : "success"} announce={false}>
            <p>{state.message}</p>
            {fields.length > 0 ? (
              <>
                <p className="mt-2 font-medium">{t("fieldsToCorrect")}</p>
                <ul className="mt-1 list-disc pl-5">
                  {fields.map(([field, label]) => (
                    <li key={field}>
                      <a href={`#${idPrefix}-${field}`} className="underline underline-offset-2">
                        {label}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Alert>
        </div>
      ) : null}
    </LiveRegion>
  );
}
