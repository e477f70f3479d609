import type { ActionState } from "@/lib/action";

/**
 * What a refused submission handed back, read the same way by every form: the errors of each field, and
 * what was sent, to show it again (React resets a form after its action; without JavaScript the page is
 * new). Empty before the first submission and after a success.
 */
export type Refusal = {
  /** Each field's errors, e.g. for FormField's `error`. */
  errors: Readonly<Record<string, string[] | undefined>>;
  /** What was sent in a field with one value. */
  text(field: string): string | undefined;
  /** What was sent in a field with several values (checkbox groups, multi-selects). */
  list(field: string): string[];
};

export function refusalOf(state: ActionState<unknown>): Refusal {
  const refused = state?.ok === false ? state : undefined;
  const values = refused?.values ?? {};
  return {
    errors: refused?.fieldErrors ?? {},
    text: (field) => {
      const value = values[field];
      return typeof value === "string" ? value : undefined;
    },
    list: (field) => {
      const value = values[field];
      return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
    },
  };
}
