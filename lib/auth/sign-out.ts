import "server-only";
import { signOut } from "./auth";
import { endSession } from "./mutations";
import { loadViewer } from "./viewer";

/** Ends this browser's session (its row is deleted, so the cookie is worthless even if kept) and clears its cookie. */
export async function signOutThisBrowser(): Promise<void> {
  const viewer = await loadViewer();
  if (viewer.kind === "signed-in") await endSession(viewer.sessionToken);
  await signOut({ redirect: false });
}
