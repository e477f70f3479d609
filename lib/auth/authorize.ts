import { AppError } from "@/lib/errors";
import type { Policy } from "./policy";
import type { SignedInViewer, Viewer } from "./viewer-types";

/**
 * The viewer, if the policy allows; otherwise the error an action reports (UNAUTHENTICATED for nobody,
 * FORBIDDEN for anyone else). Services call it with the viewer they are given; pure, like the policies.
 */
export function authorize(viewer: Viewer, policy: Policy): SignedInViewer {
  if (!policy(viewer) || viewer.kind !== "signed-in") throw new AppError(viewer.kind === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
  return viewer;
}
