// Form input of members' data rights. Field messages are the "Errors" namespace's (lib/action.ts); refusals the service makes are in "DataRights.errors".
import { z } from "zod";
import { AppError } from "@/lib/errors";

const required = { error: "Errors.fields.required" } as const;

export const requestExportSchema = z.object({});

export const deleteAccountSchema = z.object({
  /** Checked against the hash, never trimmed. */
  password: z.string().min(1, required).max(1000),
  /** The authenticator's code or a recovery code, when two-step verification is on (the service decides). */
  code: z.string().trim().max(40).default(""),
  /** Unchosen: "Please choose one of the options." */
  posts: z.enum(["delete", "keep"]),
  /** The box ticked, like a consent: "This field is required." otherwise. */
  confirm: z.literal("yes", required),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

export type DataRightsRefusalCode = "last-admin";

export function dataRightsRefusal(code: DataRightsRefusalCode, field?: string): AppError {
  return new AppError(code, { field, messageKey: `DataRights.errors.${code}` });
}
