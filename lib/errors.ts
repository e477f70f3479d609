// The one refusal path from a service to a form: a service throws an AppError, formAction (lib/action.ts)
// turns it into the translated `{ ok: false, code, message, fieldErrors }` the form shows. Anything else
// thrown is unexpected: logged with a request id and shown as a generic message.

/** Codes every domain may use; their messages are `Errors.codes.<CODE>` in the catalogues. */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "RATE_LIMITED"
  | "CONFLICT"
  | "INVALID_TOKEN";

/** Values for a translated message, e.g. { count: 3 }. */
export type MessageValues = Record<string, string | number>;

export type AppErrorOptions = {
  /** The form field the refusal concerns: its message is shown there, and the form says which fields to correct. */
  field?: string;
  /** Catalogue key of the message (a full key, e.g. "AccountErrors.wrong-password"); `Errors.codes.<code>` by default. */
  messageKey?: string;
  values?: MessageValues;
  /** Refusals of further fields found by the same check, so the form lists them all at once. */
  otherFields?: ReadonlyArray<{ field: string; messageKey: string; values?: MessageValues }>;
  /** For RATE_LIMITED: how long to wait. The message says it in minutes or, past 90 minutes, in hours. */
  retryAfterSeconds?: number;
};

/**
 * An expected refusal. A domain may refuse with its own code (e.g. "wrong-password"), then it names its
 * message with `messageKey`.
 */
export class AppError extends Error {
  readonly code: string;
  readonly field?: string;
  readonly messageKey: string;
  readonly values: MessageValues;
  readonly otherFields: NonNullable<AppErrorOptions["otherFields"]>;
  readonly retryAfterSeconds?: number;

  constructor(code: AppErrorCode, options?: AppErrorOptions);
  constructor(code: string, options: AppErrorOptions & { messageKey: string });
  constructor(code: string, options: AppErrorOptions = {}) {
    super(code);
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
    this.messageKey = options.messageKey ?? `Errors.codes.${code}`;
    this.values = options.values ?? {};
    this.otherFields = options.otherFields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** Every field this refusal concerns, with its message: the first one's and the others'. */
  get fieldProblems(): Array<{ field: string; messageKey: string; values: MessageValues }> {
    const first = this.field ? [{ field: this.field, messageKey: this.messageKey, values: this.values }] : [];
    return [...first, ...this.otherFields.map((problem) => ({ ...problem, values: problem.values ?? {} }))];
  }
}

/** Refused for now: too many attempts; `messageKey` for wording of the domain's own. */
export function rateLimited(retryAfterSeconds: number, messageKey?: string): AppError {
  return new AppError("RATE_LIMITED", { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)), messageKey });
}

/**
 * Refusals of several fields at once (checks zod cannot make, such as "this country exists"): one error
 * for the first, the rest listed with it. `problems` maps each field to its message key.
 */
export function fieldsRefused(problems: Partial<Record<string, string>>, values: MessageValues = {}): AppError | null {
  const entries = Object.entries(problems).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const [first, ...others] = entries;
  if (!first) return null;
  return new AppError("VALIDATION", {
    field: first[0],
    messageKey: first[1],
    values,
    otherFields: others.map(([field, messageKey]) => ({ field, messageKey, values })),
  });
}

/** A wait as message values: `unit` picks minutes or hours in the message (ICU `select`). */
export function waitValues(retryAfterSeconds: number): MessageValues {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return minutes > 90 ? { unit: "hours", hours: Math.ceil(minutes / 60), minutes } : { unit: "minutes", minutes, hours: Math.ceil(minutes / 60) };
}
