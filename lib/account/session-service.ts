import "server-only";
import { authorize } from "@/lib/auth/authorize";
import { canManageOwnAccount } from "@/lib/auth/policy";
import { accountRefusal, type AccountSession } from "./schema";
import { hashToken } from "@/lib/auth/tokens";
import type { Viewer } from "@/lib/auth/viewer-types";
import { findActiveSessions } from "./data";
import { endOtherSessions, endOwnSession } from "./mutations";

/** The member's sessions, this browser's first, then the most recently used. */
export async function listOwnSessions(requester: Viewer): Promise<AccountSession[]> {
  const viewer = authorize(requester, canManageOwnAccount);
  const sessions = (await findActiveSessions(viewer.id, new Date())).map((session) => ({
    key: hashToken(session.sessionToken),
    userAgent: session.userAgent,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    current: session.sessionToken === viewer.sessionToken,
  }));
  return [...sessions.filter((session) => session.current), ...sessions.filter((session) => !session.current)];
}

/** Ends one of the member's own sessions by its key; says whether it was this browser's (then sign out). */
export async function endSessionByKey(requester: Viewer, key: string): Promise<{ endedCurrent: boolean }> {
  const viewer = authorize(requester, canManageOwnAccount);
  const session = (await findActiveSessions(viewer.id, new Date())).find((candidate) => hashToken(candidate.sessionToken) === key);
  if (!session) throw accountRefusal("session-not-found");
  const current = session.sessionToken === viewer.sessionToken;
  const ended = await endOwnSession(viewer.id, session.sessionToken, {
    actorId: viewer.id,
    userId: viewer.id,
    action: "auth.session-ended",
    metadata: { current },
  });
  if (!ended) throw accountRefusal("session-not-found");
  return { endedCurrent: current };
}

/** Signs the member out everywhere but here; returns how many sessions ended. */
export async function endAllOtherSessions(requester: Viewer): Promise<number> {
  const viewer = authorize(requester, canManageOwnAccount);
  return endOtherSessions(viewer.id, viewer.sessionToken, { actorId: viewer.id, userId: viewer.id, action: "auth.other-sessions-ended" });
}
