// The zod building blocks for text people type, shared by every form's schema (client and server). Error
// messages are keys of the "Errors" catalogue namespace, translated by lib/action.ts.
import { z } from "zod";

/** Only for a missing value: a schema-wide message would also replace "too long" and every other check's. */
export const REQUIRED_WHEN_MISSING = { error: (issue: { code: string }) => (issue.code === "invalid_type" ? "Errors.fields.required" : undefined) };
const REQUIRED = { error: "Errors.fields.required" } as const;

/**
 * Control characters nobody types: NUL is refused by PostgreSQL's text type (a 500 before this check),
 * and the others hide or reorder what a reader sees. Multi-line text keeps tab, line feed and carriage
 * return; a single line keeps tab only (a browser never sends a line break from an <input>).
 */
const SINGLE_LINE_CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const MULTI_LINE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function hasControlCharacters(value: string, { multiline = false } = {}): boolean {
  return (multiline ? MULTI_LINE_CONTROLS : SINGLE_LINE_CONTROLS).test(value);
}

type TextOptions = { multiline?: boolean };

/** Any string without control characters (not trimmed): passwords, codes, ids. */
export const plainString = (options: TextOptions = {}) =>
  z.string(REQUIRED_WHEN_MISSING).refine((value) => !hasControlCharacters(value, options), { error: "Errors.fields.controlCharacters" });

/** A required line or passage of text, trimmed, at most `max` characters. */
export const requiredText = (max: number, options: TextOptions = {}) => plainString(options).trim().min(1, REQUIRED).max(max);

/** Optional text, trimmed: blank becomes null. */
export const optionalText = (max: number, options: TextOptions = {}) =>
  plainString(options)
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));
