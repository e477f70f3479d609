// Viewers for calling services directly, made the way the app makes them: a registered session, then the
// viewer that session stands for (lib/auth/viewer.ts), so tests see exactly what a request would.
import { db } from "@/lib/db";
import { AccountError } from "@/lib/account/errors";
import { registerSession } from "@/lib/auth/mutations";
import { viewerFromSession } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/auth/viewer-types";

export async function signInAs(user: { id: string }, options: { userAgent?: string } = {}): Promise<SignedInViewer> {
  const sessionToken = await registerSession(user.id, options.userAgent ?? null, 24 * 60 * 60);
  const { viewer } = await viewerFromSession(sessionToken);
  if (viewer.kind !== "signed-in") throw new Error(`User ${user.id} cannot be signed in (status?)`);
  return viewer;
}

/** "ok", or the AccountError's code (with its field): what the person would be told. */
export async function accountOutcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AccountError) return error.field ? `${error.code}:${error.field}` : error.code;
    throw error;
  }
}

export { db };
