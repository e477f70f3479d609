import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { z } from "zod";
import { canInviteAsAdmin, canInviteToOrganization } from "@/lib/auth/policy";
import { loadViewer, requirePageViewer } from "@/lib/auth/viewer";
import { hashToken, isWellFormedToken } from "@/lib/auth/tokens";
import { findInvitationLocale, findOrganization } from "./data";
import { inspectInvitation, invitationList } from "./service";

const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1);

export async function loadAdminInvitations(page: unknown) {
  const viewer = await requirePageViewer(canInviteAsAdmin, "/admin/invitations");
  const current = pageNumber.parse(Array.isArray(page) ? page[0] : (page ?? 1));
  return { page: current, ...(await invitationList(viewer, { page: current })) };
}

export async function loadOrganizationInvitations(organizationId: string, page: unknown) {
  const viewer = await requirePageViewer((candidate) => canInviteToOrganization(candidate, organizationId), `/organizations/${encodeURIComponent(organizationId)}/invitations`);
  const organization = await findOrganization(organizationId);
  if (!organization || organization.status !== "ACTIVE") notFound();
  const current = pageNumber.parse(Array.isArray(page) ? page[0] : (page ?? 1));
  return { organization, page: current, ...(await invitationList(viewer, { organizationId, page: current })) };
}

/** The invitation behind a link, and whether the visitor is signed in (invitations are for newcomers). */
export async function loadInvitation(token: string) {
  const [viewer, invitation] = await Promise.all([loadViewer(), inspectInvitation(token)]);
  return { signedIn: viewer.kind === "signed-in", invitation };
}

/** The language an invitation was sent in, when `pathname` is an invitation's page: it opens in that language. */
export const invitationLocaleForPath = cache(async (pathname: string | null): Promise<string | null> => {
  const token = pathname?.match(/^\/invitations\/([^/]+)\/?$/)?.[1];
  return isWellFormedToken(token) ? findInvitationLocale(hashToken(token)) : null;
});
