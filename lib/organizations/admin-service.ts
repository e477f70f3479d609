import "server-only";
// Admins verify proposed organizations, archive (and restore) them, and merge duplicates.
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { countOrganizationsByStatus, listMergeableOrganizations, listOrganizationsForAdmin } from "./data";
import { archiveOrganization, mergeOrganizations, restoreOrganization, verifyOrganization } from "./mutations";
import { canAdministerOrganizations } from "./policy";
import type { AdminOrganizationFilter } from "./schema";

export const ADMIN_ORGANIZATIONS_PAGE = 25;

export async function organizationsForAdmin(viewer: Viewer, filter: AdminOrganizationFilter) {
  authorize(viewer, canAdministerOrganizations);
  const [{ rows, total }, counts, mergeable] = await Promise.all([
    listOrganizationsForAdmin(filter.status, filter.page, ADMIN_ORGANIZATIONS_PAGE),
    countOrganizationsByStatus(),
    listMergeableOrganizations(),
  ]);
  return { rows, total, counts, mergeable, totalPages: Math.max(1, Math.ceil(total / ADMIN_ORGANIZATIONS_PAGE)) };
}

export async function verify(viewer: Viewer, input: { organizationId: string }): Promise<void> {
  const admin = authorize(viewer, canAdministerOrganizations);
  await verifyOrganization(admin.id, input.organizationId);
}

export async function archive(viewer: Viewer, input: { organizationId: string }): Promise<void> {
  const admin = authorize(viewer, canAdministerOrganizations);
  await archiveOrganization(admin.id, input.organizationId);
}

export async function restore(viewer: Viewer, input: { organizationId: string }): Promise<void> {
  const admin = authorize(viewer, canAdministerOrganizations);
  await restoreOrganization(admin.id, input.organizationId);
}

export async function merge(viewer: Viewer, input: { duplicateId: string; survivorId: string }) {
  const admin = authorize(viewer, canAdministerOrganizations);
  return mergeOrganizations(admin.id, input.duplicateId, input.survivorId);
}
