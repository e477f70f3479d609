import "server-only";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import { firstValues } from "@/lib/search-params";
import { organizationsForAdmin } from "./admin-service";
import { joinRequestsPage } from "./join-service";
import { organizationForEdit } from "./manage-service";
import { adminOrganizationFilterSchema, organizationFilterSchema } from "./schema";
import { organizationDirectory, organizationPage, representedOrganizations } from "./service";

/** The organizations this member represents (and may invite to); none for everyone else. */
export const loadRepresentedOrganizations = cache(() => forPage("/organizations", representedOrganizations));

export function loadOrganizationPage(slug: string) {
  return forPage(`/organizations/${encodeURIComponent(slug)}`, (viewer) => organizationPage(viewer, slug));
}

export function loadOrganizationDirectory(searchParams: Record<string, string | string[] | undefined>) {
  const filter = organizationFilterSchema.parse(firstValues(searchParams));
  return forPage("/organizations", async (viewer) => ({ filter, ...(await organizationDirectory(viewer, filter)) }));
}

export function loadOrganizationForEdit(slug: string) {
  return forPage(`/organizations/${encodeURIComponent(slug)}/edit`, (viewer) => organizationForEdit(viewer, slug));
}

export function loadJoinRequests(slug: string) {
  return forPage(`/organizations/${encodeURIComponent(slug)}/requests`, (viewer) => joinRequestsPage(viewer, slug));
}

export async function loadAdminOrganizations(searchParams: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const filter = adminOrganizationFilterSchema.parse({ status: first(searchParams.status), page: first(searchParams.page) });
  return { filter, ...(await forPage("/admin/organizations", (viewer) => organizationsForAdmin(viewer, filter))) };
}
