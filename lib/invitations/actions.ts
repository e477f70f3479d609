"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, type ActionResult } from "@/lib/action";
import { acceptPreApprovedSchema, invitedApplySchema } from "@/lib/applications/schema";
import { loadViewer } from "@/lib/auth/viewer";
import { requestContext } from "@/lib/request-context";
import { createInvitationSchema, createOrganizationInvitationSchema, revokeInvitationSchema } from "./schema";
import { acceptPreApproved, applyWithInvitation, inviteAsAdmin, inviteToOrganization, revoke, type AcceptResult } from "./service";

export const createInvitationAction = formAction(createInvitationSchema, async (input) => {
  await inviteAsAdmin(await loadViewer(), input);
  revalidatePath("/admin/invitations");
  return { ok: true as const, data: undefined, message: (await getTranslations("AdminInvitations"))("sent") };
});

export const createOrganizationInvitationAction = formAction(createOrganizationInvitationSchema, async (input) => {
  await inviteToOrganization(await loadViewer(), input);
  revalidatePath(`/organizations/${input.organizationId}/invitations`);
  return { ok: true as const, data: undefined, message: (await getTranslations("OrganizationInvitations"))("sent") };
});

export const revokeInvitationAction = formAction(
  revokeInvitationSchema.extend({ organizationId: z.string().max(40).optional().transform((value) => value || undefined) }),
  async (input) => {
    const viewer = await loadViewer();
    await revoke(viewer, input);
    revalidatePath(input.organizationId ? `/organizations/${input.organizationId}/invitations` : "/admin/invitations");
    return { ok: true as const, data: undefined, message: (await getTranslations("AdminInvitations"))("revoked") };
  },
);

/** The outcome of accepting; a link that stopped working while the form was open goes back to its page, which says why. */
async function settle(token: string, result: AcceptResult, success: "createdBody" | "submittedBody"): Promise<ActionResult> {
  if (!result.ok) redirect(`/invitations/${encodeURIComponent(token)}`);
  return { ok: true as const, data: undefined, message: (await getTranslations("InvitationAccept"))(success) };
}

export const acceptPreApprovedAction = formAction(acceptPreApprovedSchema, async (input) =>
  settle(input.token, await acceptPreApproved(await loadViewer(), input, await requestContext()), "createdBody"),
);

export const applyWithInvitationAction = formAction(invitedApplySchema, async (input) =>
  settle(input.token, await applyWithInvitation(await loadViewer(), input, await requestContext()), "submittedBody"),
);
