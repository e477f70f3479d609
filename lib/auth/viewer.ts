import "server-only";
import { after } from "next/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS } from "./auth";
import { sessionCookieName } from "./session-cookie";
import { findSessionWithViewer, findUserStatus } from "./data";
import { touchSession } from "./mutations";
import { authorize } from "./authorize";
import { mustEnableTwoFactor, type Policy } from "./policy";
import { ANONYMOUS, maySignIn, type SignedInViewer, type Viewer } from "./viewer-types";

/** How stale "last used" may get before a request refreshes it (and slides the expiry). */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Who is making this request, as the database has it now: the JWT only names a registered session, so
 * a session ended elsewhere, a suspension or a role change takes effect on the very next request.
 * Cached for the request.
 */
export const loadViewer = cache(async (): Promise<Viewer> => (await resolveSession()).viewer);

/**
 * Why this browser's session cookie no longer signs it in, if it names a session that was ended (signed
 * out elsewhere, a password change, expiry) or a member since suspended. Only the cookie's holder learns it.
 */
export const loadEndedSessionReason = cache(async (): Promise<EndedSessionReason | undefined> => (await resolveSession()).ended);

const resolveSession = cache(async () => {
  const session = await readSessionCookie();
  const sessionToken = session?.sessionToken;
  const resolved = await viewerFromSession(sessionToken, session?.userId);
  if (resolved.stale && sessionToken) after(() => touchSession(sessionToken, SESSION_MAX_AGE_SECONDS));
  return resolved;
});

/**
 * The session the browser's cookie names: Auth.js's JWT, decoded with its own `decode` (which checks the
 * signature and expiry). The same as `auth()` returns, without running Auth.js's whole request pipeline on
 * every page; and a visitor without the cookie costs nothing at all.
 */
async function readSessionCookie(): Promise<{ sessionToken?: string; userId?: string } | null> {
  const { AUTH_SECRET } = env();
  const name = sessionCookieName();
  const value = (await cookies()).get(name)?.value;
  if (!value || !AUTH_SECRET) return null;
  const token = await decode({ token: value, secret: AUTH_SECRET, salt: name }).catch(() => null);
  return token ? { sessionToken: token.sid, userId: token.sub } : null;
}

export type EndedSessionReason = "session-ended" | "suspended";

/**
 * The viewer a registered session stands for right now; `stale` when its "last used" needs refreshing,
 * `ended` when the token names a session that no longer signs anyone in.
 */
export async function viewerFromSession(
  sessionToken: string | undefined,
  userId?: string,
): Promise<{ viewer: Viewer; stale: boolean; ended?: EndedSessionReason }> {
  if (!sessionToken) return { viewer: ANONYMOUS, stale: false };
  const session = await findSessionWithViewer(sessionToken);
  const now = Date.now();
  if (!session || session.expires.getTime() <= now) {
    // Suspending a member also ends her sessions: the cookie's member says which it was.
    const suspended = userId ? (await findUserStatus(userId))?.status === "SUSPENDED" : false;
    return { viewer: ANONYMOUS, stale: false, ended: suspended ? "suspended" : "session-ended" };
  }
  const { user } = session;
  if (!maySignIn(user.status)) return { viewer: ANONYMOUS, stale: false, ended: user.status === "SUSPENDED" ? "suspended" : "session-ended" };
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
 * For pages: what `read` returns for this request's viewer. `read` calls a service, which authorizes; its
 * refusal becomes navigation: sign-in (nobody signed in), the two-step set-up (staff without it), or a
 * plain "not found" — a refused page does not even admit it exists.
 */
export async function forPage<T>(returnTo: string, read: (viewer: Viewer) => Promise<T> | T): Promise<T> {
  const { viewer, ended } = await resolveSession();
  try {
    return await read(viewer);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "UNAUTHENTICATED") redirect(`/sign-in?next=${encodeURIComponent(returnTo)}${ended ? `&reason=${ended}` : ""}`);
    if (error.code === "FORBIDDEN" && mustEnableTwoFactor(viewer)) redirect("/account/security?required=1");
    if (error.code === "FORBIDDEN" || error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** For a page that shows no data of its own (an area's landing page): the viewer, if the policy lets them in. */
export function requirePageViewer(policy: Policy, returnTo: string): Promise<SignedInViewer> {
  return forPage(returnTo, (viewer) => authorize(viewer, policy));
}
