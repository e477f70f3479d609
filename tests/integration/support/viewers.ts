// Viewers for calling services directly, made the way the app makes them: a registered session, then the
// viewer that session stands for (lib/auth/viewer.ts), so tests see exactly what a request would.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { registerSession } from "@/lib/auth/mutations";
import { viewerFromSession } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/auth/viewer-types";

export async function signInAs(user: { id: string }, options: { userAgent?: string } = {}): Promise<SignedInViewer> {
  const sessionToken = await registerSession(user.id, options.userAgent ?? null, 24 * 60 * 60);
  const { viewer } = await viewerFromSession(sessionToken);
  if (viewer.kind !== "signed-in") throw new Error(`User ${user.id} cannot be signed in (status?)`);
  return viewer;
}

/** "ok", or the refusal's code (with its field): what the person would be told. */
export async function accountOutcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.field ? `${error.code}:${error.field}` : error.code;
    throw error;
  }
}

export { db };

/**
 * How a service call ends, as the form would show it: `{ ok: true }`, the fields it refused (each with the
 * last part of its message key, e.g. { password: "weakPassword" }), or the result the service returned.
 */
export async function serviceOutcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    const value = await promise;
    return value && typeof value === "object" && "ok" in value ? value : { ok: true };
  } catch (error) {
    if (!(error instanceof AppError) || error.fieldProblems.length === 0) throw error;
    return { ok: false, fields: Object.fromEntries(error.fieldProblems.map((problem) => [problem.field, problem.messageKey.split(".").pop()])) };
  }
}
