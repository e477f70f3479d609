// What each zod issue tells the person who filled in the form: what is wrong, and the limit when there is
// one ("At most 80 characters"), as a key of the "Errors" catalogue namespace with its values. A schema's
// own key ("Errors.fields.email") wins; zod's English messages never reach the browser.
import type { z } from "zod";

export type IssueMessage = { field: string; key: string; values: Record<string, number> };

/** The form field an issue belongs to ("languages[]" is the languages field). */
export function issueField(issue: z.core.$ZodIssue): string {
  return String(issue.path[0] ?? "form").replace(/\[\]$/, "");
}

export function issueMessage(issue: z.core.$ZodIssue): IssueMessage {
  const field = issueField(issue);
  const limits = limitValues(issue);
  if (issue.message.startsWith("Errors.")) return { field, key: issue.message.slice("Errors.".length), values: limits };
  return { field, key: `fields.${genericKey(issue)}`, values: limits };
}

function genericKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return "required";
    case "too_big":
      if (issue.origin === "string") return "tooLong";
      if (issue.origin === "array" || issue.origin === "set") return "tooManyChoices";
      return "tooLarge";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "required" : "tooShort";
      if (issue.origin === "array" || issue.origin === "set") return Number(issue.minimum) <= 1 ? "chooseOne" : "tooFewChoices";
      return "tooSmall";
    case "invalid_format":
      if (issue.format === "email") return "email";
      if (issue.format === "url") return "website";
      return "invalidFormat";
    case "invalid_value":
      return "invalid_value";
    default:
      return "invalid";
  }
}

function limitValues(issue: z.core.$ZodIssue): Record<string, number> {
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  return {};
}
