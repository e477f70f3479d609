import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, waitValues } from "@/lib/errors";
import { issueMessage } from "@/lib/issue-messages";
import { hasControlCharacters } from "@/lib/text-fields";

/** What a form sent, as field name to value(s). */
export type FormValues = Record<string, string | string[]>;

/**
 * The one result shape every server action returns. A refusal made by formAction carries the values the
 * form sent (never passwords or codes), so the form can show them again: React resets a form after its
 * action, and without JavaScript the page is rendered afresh.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[] | undefined>; values?: FormValues };

export type ActionState<T = undefined> = ActionResult<T> | null;

export type FormActionOptions = {
  /**
   * Runs before the form is even parsed, e.g. a per-address rate limit: then a flood of invalid or
   * expensive posts is counted like any other. May throw an AppError.
   */
  before?: () => Promise<void>;
};

/**
 * Wraps a server action used with `useActionState`: parses the form with the zod schema (errors per field,
 * translated), runs the handler, and turns AppErrors into translated messages. Redirects and notFound()
 * pass through. Unexpected errors are logged with a request id and never shown to the browser.
 */
export function formAction<S extends z.ZodType, T = undefined>(
  schema: S,
  handler: (input: z.infer<S>, formData: FormData) => Promise<T | ActionResult<T>>,
  options: FormActionOptions = {},
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionResult<T>> => {
    const t = await getTranslations("Errors");
    // A replayed action may send anything instead of a form (JSON, nothing): refused like a bad form.
    if (!(formData instanceof FormData)) return { ok: false, code: "VALIDATION", message: t("validation") };
    const result = await run(formData, t);
    return result.ok ? result : { ...result, values: result.values ?? valuesToShowAgain(formData) };
  };

  async function run(formData: FormData, t: Translate): Promise<ActionResult<T>> {
    try {
      await options.before?.();
      const values = formValues(formData);
      const tainted = fieldsWithControlCharacters(values);
      if (tainted.length > 0) {
        const fieldErrors = Object.fromEntries(tainted.map((field) => [field, [t("fields.controlCharacters" as never)]]));
        return { ok: false, code: "VALIDATION", message: t("validation" as never), fieldErrors };
      }
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        return { ok: false, code: "VALIDATION", message: t("validation" as never), fieldErrors: translateIssues(parsed.error, t) };
      }
      const result = await handler(parsed.data, formData);
      if (isActionResult<T>(result)) return result;
      return { ok: true, data: result as T };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return refusal(error);
      const requestId = randomUUID();
      console.error(`[action ${requestId}]`, error);
      return { ok: false, code: "UNEXPECTED", message: t("unexpected" as never, { requestId: requestId.slice(0, 8) } as never) };
    }
  }
}

type Translate = (key: never, values?: never) => string;

/**
 * An AppError as the form shows it: its message, or — when it concerns fields — each field's message on that
 * field under the general "correct the highlighted fields".
 */
async function refusal(error: AppError): Promise<ActionResult<never>> {
  const t = (await getTranslations()) as unknown as Translate;
  const wait = error.retryAfterSeconds === undefined ? {} : waitValues(error.retryAfterSeconds);
  const problems = error.fieldProblems;
  if (problems.length === 0) return { ok: false, code: error.code, message: t(error.messageKey as never, { ...wait, ...error.values } as never) };
  const fieldErrors = Object.fromEntries(problems.map((problem) => [problem.field, [t(problem.messageKey as never, { ...wait, ...problem.values } as never)]]));
  return { ok: false, code: error.code, message: t("Errors.validation" as never), fieldErrors };
}

/** Fields never sent back to the browser: what was typed there stays secret, and is typed again. */
const SECRET_FIELD = /password|^code$/i;

function valuesToShowAgain(formData: FormData): FormValues {
  return Object.fromEntries(Object.entries(formValues(formData)).filter(([field]) => !SECRET_FIELD.test(field)));
}

function isActionResult<T>(value: unknown): value is ActionResult<T> {
  return typeof value === "object" && value !== null && "ok" in value && typeof (value as { ok: unknown }).ok === "boolean";
}

/** FormData as a plain object; repeated names (checkbox groups, multi-selects) become arrays. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return values;
}

/**
 * Every field, whatever its schema (ids, tokens, choices too), is refused with a control character other
 * than tab and line breaks: a NUL byte would otherwise reach PostgreSQL, which rejects it with a server
 * error. Schemas refuse line breaks in single-line text themselves (lib/text-fields.ts).
 */
function fieldsWithControlCharacters(values: FormValues): string[] {
  return Object.entries(values)
    .filter(([, value]) => [value].flat().some((one) => hasControlCharacters(one, { multiline: true })))
    .map(([field]) => field.replace(/\[\]$/, ""));
}

/** Field errors in the viewer's language (see lib/issue-messages.ts for what each issue says). */
function translateIssues(error: z.ZodError, t: Translate): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const { field, key, values } = issueMessage(issue);
    const message = t(key as never, values as never);
    // Two checks may say the same thing (e.g. "required" from the type and from the minimum length).
    if (!fields[field]?.includes(message)) (fields[field] ??= []).push(message);
  }
  return fields;
}
