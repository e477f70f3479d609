import "server-only";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import { organizationPage, representedOrganizations } from "./service";

/** The organizations this member represents (and may invite to); none for everyone else. */
export const loadRepresentedOrganizations = cache(() => forPage("/organizations", representedOrganizations));

export function loadOrganizationPage(slug: string) {
  return forPage(`/organizations/${encodeURIComponent(slug)}`, (viewer) => organizationPage(viewer, slug));
}
