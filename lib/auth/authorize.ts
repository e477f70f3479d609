import { AppError } from "@/lib/errors";
import { mustEnableTwoFactor, type Policy, type ResourcePolicy } from "./policy";
import type { SignedInViewer, Viewer } from "./viewer-types";

/**
 * The viewer, if the policy allows; otherwise the refusal: UNAUTHENTICATED for nobody, FORBIDDEN for anyone
 * else (saying "set up two-step verification first" to staff who have not). Services — the one
 * layer that authorizes (README, Architecture) — call it with the viewer they are given, and the resource
 * when the policy concerns one: `authorize(viewer, canInviteToOrganization, organization)`.
 */
export function authorize(viewer: Viewer, policy: Policy): SignedInViewer;
export function authorize<R>(viewer: Viewer, policy: ResourcePolicy<R>, resource: R): SignedInViewer;
export function authorize<R>(viewer: Viewer, policy: Policy | ResourcePolicy<R>, resource?: R): SignedInViewer {
  const allowed = (policy as ResourcePolicy<R | undefined>)(viewer, resource);
  if (viewer.kind !== "signed-in") throw new AppError("UNAUTHENTICATED");
  if (allowed) return viewer;
  // Staff who have not set up two-step verification yet are told to, rather than just refused.
  throw new AppError("FORBIDDEN", mustEnableTwoFactor(viewer) ? { messageKey: "Errors.codes.TWO_FACTOR_REQUIRED" } : {});
}
