import "server-only";
import { after } from "next/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { auth, SESSION_MAX_AGE_SECONDS } from "./auth";
import { findSessionWithViewer } from "./data";
import { touchSession } from "./mutations";
import { mustEnableTwoFactor, type Policy } from "./policy";
import { ANONYMOUS, type SignedInViewer, type Viewer } from "./viewer-types";

/** How stale "last used" may get before a request refreshes it (and slides the expiry). */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Who is making this request, as the database has it now: the JWT only names a registered session, so
 * a session ended elsewhere, a suspension or a role change takes effect on the very next request.
 * Cached for the request.
 */
export const loadViewer = cache(async (): Promise<Viewer> => {
  const sessionToken = (await auth())?.sessionToken;
  const { viewer, stale } = await viewerFromSession(sessionToken);
  if (stale && sessionToken) after(() => touchSession(sessionToken, SESSION_MAX_AGE_SECONDS));
  return viewer;
});

/** The viewer a registered session stands for right now; `stale` when its "last used" needs refreshing. */
export async function viewerFromSession(sessionToken: string | undefined): Promise<{ viewer: Viewer; stale: boolean }> {
  const signedOut = { viewer: ANONYMOUS, stale: false };
  if (!sessionToken) return signedOut;
  const session = await findSessionWithViewer(sessionToken);
  const now = Date.now();
  if (!session || session.expires.getTime() <= now) return signedOut;
  const { user } = session;
  if (user.status === "SUSPENDED" || user.status === "REJECTED") return signedOut;
  const viewer: SignedInViewer = {
    kind: "signed-in",
    id: user.id,
    email: user.email,
    displayName: user.displayName ?? user.name ?? user.email,
    status: user.status,
    role: user.role,
    locale: user.locale,
    twoFactorEnabled: user.totpEnabledAt !== null,
    organizationIds: user.organizations.map((membership) => membership.organizationId),
    representativeOf: user.organizations.filter((membership) => membership.role === "REPRESENTATIVE").map((membership) => membership.organizationId),
    sessionToken,
  };
  return { viewer, stale: now - session.lastUsedAt.getTime() > TOUCH_INTERVAL_MS };
}

/**
 * For pages: the viewer if the policy allows, otherwise sign-in (anonymous), the two-step set-up (staff
 * without it), or a plain "not found" — a refused page does not even admit it exists.
 */
export async function requirePageViewer(policy: Policy, returnTo: string): Promise<SignedInViewer> {
  const viewer = await loadViewer();
  if (viewer.kind === "anonymous") redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (policy(viewer)) return viewer;
  if (mustEnableTwoFactor(viewer)) redirect("/account/security?required=1");
  notFound();
}

/** For server actions: the viewer if the policy allows, otherwise an AppError the form shows. */
export async function requireActionViewer(policy: Policy): Promise<SignedInViewer> {
  const viewer = await loadViewer();
  if (viewer.kind === "anonymous") throw new AppError("UNAUTHENTICATED");
  if (policy(viewer)) return viewer;
  if (mustEnableTwoFactor(viewer)) throw new AppError("TWO_FACTOR_REQUIRED");
  throw new AppError("FORBIDDEN");
}
