import { z } from "zod";
import { MEMBER_ROLES } from "@/lib/auth/viewer-types";
import { optionalText, requiredText } from "@/lib/text-fields";

const userId = z.string().min(1).max(40);

export const suspendMemberSchema = z.object({ userId, reason: requiredText(1000, { multiline: true }) });
export type SuspendMemberInput = z.infer<typeof suspendMemberSchema>;

export const reinstateMemberSchema = z.object({ userId, reason: optionalText(1000, { multiline: true }) });
export type ReinstateMemberInput = z.infer<typeof reinstateMemberSchema>;

export const changeRoleSchema = z.object({ userId, role: z.enum(MEMBER_ROLES, { error: "Errors.fields.invalid_value" }) });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const MEMBER_FILTERS = ["all", "ACTIVE", "SUSPENDED"] as const;

/** The start of a name or email address to look for; anything unusable (too long, control characters) is no search. */
const searchQuery = z
  .string()
  .trim()
  .max(100)
  .regex(/^[^\p{Cc}]*$/u)
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined);

export const memberFilterSchema = z.object({
  status: z.enum(MEMBER_FILTERS).catch("all"),
  q: searchQuery,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type MemberFilter = z.infer<typeof memberFilterSchema>;
