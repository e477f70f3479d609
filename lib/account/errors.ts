// Expected refusals of the account services. Each code has a message in the "AccountErrors" namespace;
// `field` names the form field it belongs to, so the form can show it there.

export type AccountErrorCode =
  | "wrong-password"
  | "no-password"
  | "weak-password"
  | "same-password"
  | "password-mismatch"
  | "invalid-code"
  | "invalid-token"
  | "rate-limited"
  | "same-email"
  | "email-taken"
  | "two-factor-enabled"
  | "two-factor-not-enabled"
  | "two-factor-not-started"
  | "must-keep-two-factor"
  | "session-not-found";

export class AccountError extends Error {
  constructor(
    readonly code: AccountErrorCode,
    readonly field?: string,
    /** Values for the message, e.g. { minutes: 15 }. */
    readonly values: Record<string, number | string> = {},
  ) {
    super(code);
    this.name = "AccountError";
  }
}
