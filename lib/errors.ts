// Expected failures carry a code the UI translates (namespace "Errors" in the catalogues);
// anything else is unexpected, logged with a request id, and shown as a generic message.

export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "RATE_LIMITED"
  | "CONFLICT"
  | "INVALID_TOKEN"
  | "TWO_FACTOR_REQUIRED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** Values for the translated message, e.g. { minutes: 15 }. */
    readonly values: Record<string, string | number> = {},
    /** Overrides the default message key for the code, e.g. "Errors.emailTaken". */
    readonly messageKey?: string,
  ) {
    super(messageKey ?? code);
    this.name = "AppError";
  }
}
