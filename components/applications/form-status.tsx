"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Alert, LiveRegion } from "@/components/ui/alert";

type State = { ok: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined> } | null;

/**
 * The outcome of a form: a success message, or the refusal with a list of the fields to correct, each a
 * link to its field. It sits in a live region present from the start so screen readers announce it, and
 * takes focus when it shows a refusal so keyboard users land on it.
 */
export function FormStatus({ state, fieldLabels = {}, idPrefix }: { state: State; fieldLabels?: Record<string, string>; idPrefix: string }) {
  const t = useTranslations("FormStatus");
  const ref = useRef<HTMLDivElement>(null);
  const failed = state !== null && !state.ok;
  useEffect(() => {
    if (failed) ref.current?.focus();
  }, [state, failed]);
  const fields = failed ? Object.entries(state.fieldErrors ?? {}).filter(([, errors]) => errors && errors.length > 0) : [];

  return (
    <LiveRegion>
      {state ? (
        <div ref={ref} tabIndex={-1} className="outline-none focus-visible:ring-2 focus-visible:ring-brand-700">
          <Alert variant={state.ok ? "success" : "error"} announce={false}>
            <p>{state.message}</p>
            {fields.length > 0 ? (
              <>
                <p className="mt-2 font-medium">{t("fieldsToCorrect")}</p>
                <ul className="mt-1 list-disc pl-5">
                  {fields.map(([field]) => (
                    <li key={field}>
                      <a href={`#${idPrefix}-${field}`} className="underline underline-offset-2">
                        {fieldLabels[field] ?? field}
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

/** Reads back what a refused form sent, so fields can be refilled. */
export function submittedValues(state: unknown) {
  const values = state && typeof state === "object" && "values" in state ? ((state as { values?: Record<string, string | string[]> }).values ?? {}) : {};
  return {
    text: (name: string): string | undefined => {
      const value = values[name];
      return typeof value === "string" ? value : undefined;
    },
    list: (name: string): string[] => {
      const value = values[name];
      return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
    },
  };
}
