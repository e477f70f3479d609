import "server-only";
import { cache } from "react";
import { z } from "zod";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import { hashToken, isWellFormedToken } from "@/lib/auth/tokens";
import { findInvitationLocale } from "./data";
import { inspectInvitation, invitationList, organizationInvitations } from "./service";

const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1);
const pageOf = (page: unknown) => pageNumber.parse(Array.isArray(page) ? page[0] : (page ?? 1));

export async function loadAdminInvitations(page: unknown) {
  const current = pageOf(page);
  return { page: current, ...(await forPage("/admin/invitations", (viewer) => invitationList(viewer, { page: current }))) };
}

export async function loadOrganizationInvitations(organizationId: string, page: unknown) {
  const current = pageOf(page);
  const returnTo = `/organizations/${encodeURIComponent(organizationId)}/invitations`;
  return { page: current, ...(await forPage(returnTo, (viewer) => organizationInvitations(viewer, organizationId, current))) };
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
