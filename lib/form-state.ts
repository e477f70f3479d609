import "server-only";
import { formValues, type ActionResult, type ActionState, type FormValues } from "@/lib/action";

// Form state beyond lib/action.ts's result: the submitted values a refusal carries back. (Refusals of
// single fields that a service found are AppErrors with a `field`, lib/errors.ts.)

export type FormResult<T = undefined> = ActionResult<T> & { values?: FormValues };

/**
 * Wraps a formAction so a refusal carries the submitted values (never the secret ones): React resets a form
 * after its action runs, and a page rendered without JavaScript starts empty, so the form refills its
 * fields from these.
 */
export function rememberInput<T>(
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>,
  secretFields: readonly string[] = ["password"],
) {
  return async (previous: FormResult<T> | null, formData: FormData): Promise<FormResult<T>> => {
    const result = await action(previous, formData);
    // formAction already hands back the values (without passwords); a payload that is no form has none.
    if (result.ok || !(formData instanceof FormData)) return result;
    const values = { ...(result.values ?? formValues(formData)) };
    for (const field of secretFields) delete values[field];
    return { ...result, values };
  };
}
