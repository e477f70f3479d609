import "server-only";
import { getTranslations } from "next-intl/server";
import { formValues, type ActionResult, type ActionState, type FormValues } from "@/lib/action";

// Form state beyond lib/action.ts's result: the submitted values a refusal carries back, and refusals of
// single fields that a service found (it needs the database, so zod cannot).

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

/** Problems the service found with some fields (message keys of one namespace), as a translated refusal. */
export async function refuseFields(
  problems: Partial<Record<string, string>>,
  namespace: "ApplicationErrors" | "AdminInvitations.errors" = "ApplicationErrors",
): Promise<ActionResult<never>> {
  const [errors, messages] = await Promise.all([getTranslations("Errors"), getTranslations(namespace)]);
  const fieldErrors = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, [messages(problem as never)]]));
  return { ok: false, code: "VALIDATION", message: errors("validation"), fieldErrors };
}
