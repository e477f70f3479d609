import "server-only";
// Representatives (and admins) edit their organization: details, countries of work, areas, logo.
import { authorize } from "@/lib/auth/authorize";
import { canEnterMemberArea } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { existingCountries, listCountries } from "@/lib/countries/data";
import { AppError, fieldsRefused } from "@/lib/errors";
import { processImage, readImageUpload } from "@/lib/files/images";
import { imageUploadsPerMember } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { findOrganizationDetails, findOrganizationForEdit } from "./data";
import { replaceOrganizationLogo, updateOrganizationDetails } from "./mutations";
import { canManageOrganization } from "./policy";
import type { EditOrganizationInput } from "./schema";

const isSlug = (slug: string) => /^[a-z0-9-]{1,120}$/.test(slug);

/** The edit form's organization and the countries it offers; not found for an archived or merged one. */
export async function organizationForEdit(viewer: Viewer, slug: string) {
  authorize(viewer, canEnterMemberArea);
  const organization = isSlug(slug) ? await findOrganizationForEdit(slug) : null;
  if (!organization || organization.status === "ARCHIVED") throw new AppError("NOT_FOUND");
  authorize(viewer, canManageOrganization, organization);
  return { organization, countries: await listCountries() };
}

/** Saves the edit form: every country must be one people work in; nothing is saved when one is not. */
export async function updateOrganization(viewer: Viewer, input: EditOrganizationInput): Promise<void> {
  const actor = authorize(viewer, canManageOrganization, { id: input.organizationId });
  const known = await existingCountries([input.countryCode, ...input.workCountries]);
  const refusal = fieldsRefused({
    countryCode: known.has(input.countryCode) ? undefined : "Errors.fields.invalid_value",
    workCountries: input.workCountries.every((code) => known.has(code)) ? undefined : "Errors.fields.invalid_value",
  });
  if (refusal) throw refusal;
  const current = await findOrganizationDetails(input.organizationId);
  await updateOrganizationDetails(actor.id, input, changedFields(current, input));
}

/** A new logo: decoded, limited, re-encoded as a WebP within 256 px without metadata (lib/files/images.ts). */
export async function replaceLogo(viewer: Viewer, organizationId: string, file: unknown): Promise<void> {
  const actor = authorize(viewer, canManageOrganization, { id: organizationId });
  if (!(file instanceof Blob)) throw new AppError("IMAGE_EMPTY", { field: "logo", messageKey: "Errors.codes.IMAGE_EMPTY" });
  // Counted with the member's profile photos: every upload costs a decode and a re-encode.
  await enforceLimits([imageUploadsPerMember(actor.id)]);
  const image = await processImage(await readImageUpload(file, { field: "logo" }), "ORGANIZATION_LOGO", { field: "logo" });
  await replaceOrganizationLogo(actor.id, organizationId, image);
}

export async function removeLogo(viewer: Viewer, organizationId: string): Promise<void> {
  const actor = authorize(viewer, canManageOrganization, { id: organizationId });
  await replaceOrganizationLogo(actor.id, organizationId, null);
}

type Current = Awaited<ReturnType<typeof findOrganizationDetails>>;

/** The names of the fields the form changed, for the audit entry (never their values). */
function changedFields(current: Current, input: EditOrganizationInput): string[] {
  if (!current) return [];
  const before: Record<string, unknown> = { ...current, workCountries: current.workCountries.map((row) => row.countryCode).sort() };
  const after: Record<string, unknown> = { ...input };
  return ["name", "description", "website", "kind", "countryCode", "workCountries", "areasOfWork"].filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
