import { z } from "zod";
import { AppError } from "@/lib/errors";
import { emailField } from "@/lib/auth/schema";
import { MEMBER_ROLES } from "@/lib/auth/viewer-types";
import { locales } from "@/lib/i18n/config";

export const INVITATION_VALID_DAYS = 7;

const checkbox = z
  .literal("on")
  .optional()
  .catch(undefined)
  .transform((value) => value === "on");

/** An admin's invitation: it may skip review (pre-approved, with a role). */
export const createInvitationSchema = z.object({
  email: emailField,
  preApproved: checkbox,
  role: z.enum(MEMBER_ROLES, { error: "Errors.fields.invalid_value" }).catch("MEMBER"),
  locale: z.enum(locales, { error: "Errors.fields.invalid_value" }),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export const ORGANIZATION_ROLES = ["MEMBER", "REPRESENTATIVE"] as const;

/**
 * An invitation to an organization. A representative's always goes through review; an admin's may skip it, with a
 * role on the platform and one in the organization (the service refuses those choices to anyone else).
 */
export const createOrganizationInvitationSchema = z.object({
  organizationId: z.string().min(1).max(40),
  email: emailField,
  locale: z.enum(locales, { error: "Errors.fields.invalid_value" }),
  preApproved: checkbox,
  role: z.enum(MEMBER_ROLES, { error: "Errors.fields.invalid_value" }).catch("MEMBER"),
  organizationRole: z.enum(ORGANIZATION_ROLES, { error: "Errors.fields.invalid_value" }).catch("MEMBER"),
});
export type CreateOrganizationInvitationInput = z.infer<typeof createOrganizationInvitationSchema>;

export const revokeInvitationSchema = z.object({ invitationId: z.string().min(1).max(40) });
export type RevokeInvitationInput = z.infer<typeof revokeInvitationSchema>;

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

/** Where an invitation stands. Pure. */
export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  // An expired invitation is closed with revokedAt = expiresAt when the next one is sent: still "expired".
  if (invitation.revokedAt && invitation.revokedAt < invitation.expiresAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "pending";
}

/** An address that cannot be invited (again); messages in "AdminInvitations.errors", shown on the email field. */
export function invitationRefusal(problem: "alreadyMember" | "alreadyInvited"): AppError {
  return new AppError("VALIDATION", { field: "email", messageKey: `AdminInvitations.errors.${problem}` });
}
