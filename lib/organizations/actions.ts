"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { archive, merge, restore, verify } from "./admin-service";
import { changeMemberRole, decide, leave, removeMember, requestToJoin, withdrawOwnJoinRequest } from "./join-service";
import { removeLogo, replaceLogo, updateOrganization } from "./manage-service";
import {
  decideJoinRequestSchema,
  editOrganizationSchema,
  joinRequestIdSchema,
  joinRequestSchema,
  memberActionSchema,
  memberRoleSchema,
  mergeOrganizationsSchema,
  organizationIdSchema,
} from "./schema";

// Thin adapters: parse (formAction), hand the request's viewer to the service, then go back to the page,
// which says what was done (with or without JavaScript). `returnTo` is never taken from the form.

function refreshOrganizations(): void {
  revalidatePath("/organizations", "layout");
  revalidatePath("/admin/organizations");
  revalidatePath("/directory");
}

/** Back to a page of the organization (by id, resolved to its current address by the page itself). */
function backTo(path: string, done: string): never {
  refreshOrganizations();
  redirect(`${path}${path.includes("?") ? "&" : "?"}done=${done}`);
}

export const updateOrganizationAction = formAction(editOrganizationSchema, async (input, formData) => {
  await updateOrganization(await loadViewer(), input);
  backTo(`/organizations/${slugFrom(formData)}`, "updated");
});

// The file itself is read from the form data by the service (formAction parses the text fields only).
export const uploadLogoAction = formAction(organizationIdSchema, async (input, formData) => {
  await replaceLogo(await loadViewer(), input.organizationId, formData.get("logo"));
  refreshOrganizations();
  const t = await getTranslations("OrganizationEdit");
  return { ok: true, data: undefined, message: t("logoSaved") };
});

export const removeLogoAction = formAction(organizationIdSchema, async (input) => {
  await removeLogo(await loadViewer(), input.organizationId);
  refreshOrganizations();
  const t = await getTranslations("OrganizationEdit");
  return { ok: true, data: undefined, message: t("logoRemoved") };
});

export const requestToJoinAction = formAction(joinRequestSchema, async (input, formData) => {
  await requestToJoin(await loadViewer(), input);
  backTo(`/organizations/${slugFrom(formData)}`, "requested");
});

export const withdrawJoinRequestAction = formAction(joinRequestIdSchema, async (input, formData) => {
  await withdrawOwnJoinRequest(await loadViewer(), input);
  backTo(`/organizations/${slugFrom(formData)}`, "withdrawn");
});

export const leaveOrganizationAction = formAction(organizationIdSchema, async (input, formData) => {
  await leave(await loadViewer(), input);
  backTo(`/organizations/${slugFrom(formData)}`, "left");
});

export const decideJoinRequestAction = formAction(decideJoinRequestSchema, async (input, formData) => {
  await decide(await loadViewer(), input);
  backTo(`/organizations/${slugFrom(formData)}/requests`, input.decision === "accept" ? "accepted" : "declined");
});

export const changeMemberRoleAction = formAction(memberRoleSchema, async (input, formData) => {
  await changeMemberRole(await loadViewer(), input);
  backTo(`/organizations/${slugFrom(formData)}/requests`, input.role === "REPRESENTATIVE" ? "promoted" : "demoted");
});

export const removeMemberAction = formAction(memberActionSchema, async (input, formData) => {
  await removeMember(await loadViewer(), input);
  backTo(`/organizations/${slugFrom(formData)}/requests`, "removed");
});

export const verifyOrganizationAction = formAction(organizationIdSchema, async (input) => {
  await verify(await loadViewer(), input);
  backTo("/admin/organizations?status=PROPOSED", "verified");
});

export const archiveOrganizationAction = formAction(organizationIdSchema, async (input) => {
  await archive(await loadViewer(), input);
  backTo("/admin/organizations?status=ARCHIVED", "archived");
});

export const restoreOrganizationAction = formAction(organizationIdSchema, async (input) => {
  await restore(await loadViewer(), input);
  backTo("/admin/organizations?status=ACTIVE", "restored");
});

export const mergeOrganizationsAction = formAction(mergeOrganizationsSchema, async (input) => {
  await merge(await loadViewer(), input);
  backTo("/admin/organizations?status=ARCHIVED", "merged");
});

/** The page's own address, sent by the form; anything but a slug sends to the list instead. */
function slugFrom(formData: FormData): string {
  const slug = formData.get("slug");
  return typeof slug === "string" && /^[a-z0-9-]{1,120}$/.test(slug) ? slug : "";
}
