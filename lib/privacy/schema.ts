// Form input of members' data rights. Message keys point at the "Errors" and "DataRights" namespaces.
import { z } from "zod";
import { AppError } from "@/lib/errors";

const required = { error: "Errors.fields.required" } as const;

export const requestExportSchema = z.object({});

export const deleteAccountSchema = z.object({
  /** Checked against the hash, never trimmed. */
  password: z.string().min(1, required).max(1000),
  /** The authenticator's code or a recovery code, when two-step verification is on (the service decides). */
  code: z.string().trim().max(40).default(""),
  posts: z.enum(["delete", "keep"], { error: "DataRights.errors.choosePosts" }),
  confirm: z.literal("yes", { error: "DataRights.errors.confirm" }),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

export type DataRightsRefusalCode = "last-admin" | "export-not-found";

export function dataRightsRefusal(code: DataRightsRefusalCode, field?: string): AppError {
  return new AppError(code, { field, messageKey: `DataRights.errors.${code}` });
}
