// Who may do what with collaboration requests: pure functions of the viewer and the request (and response) as
// the database has them now, so a closed request or a suspended member is refused however old the page.
//
// Visibility follows least privilege. A NETWORK request is read by every active member. A NAMED one only by
// its "author side" (the author and, for an organization's request, its representatives) and the members the
// author named. Moderators and admins get no standing access to NAMED requests: they read one only while it is
// flagged to them (a named member raised a flag), to judge the flag — never in lists, never its responses.
// Responses are read by the responder and the author side only, never by staff.
import { isActiveMember, isModerator, isSignedIn, type Policy, type ResourcePolicy } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { todayUtc } from "./schema";

export type RequestAccess = {
  authorId: string;
  organizationId: string | null;
  visibility: "NETWORK" | "NAMED";
  status: "OPEN" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";
  deadline: Date | null;
  /** Members named on a NAMED request. */
  namedUserIds: readonly string[];
  /** Whether the request has an open flag, which lets moderators read it. */
  flagged: boolean;
};

export type ResponseAccess = { responderId: string; status: "OPEN" | "ACCEPTED" | "DECLINED" | "WITHDRAWN" };

export const canUseCollaborations: Policy = isActiveMember;

/** The author, and the representatives of the organization it was posted for. */
export const isAuthorSide: ResourcePolicy<RequestAccess> = (viewer, request) =>
  isActiveMember(viewer) && isSignedIn(viewer) && (viewer.id === request.authorId || (request.organizationId !== null && viewer.representativeOf.includes(request.organizationId)));

const isNamed = (viewer: Viewer, request: RequestAccess) => isSignedIn(viewer) && request.visibility === "NAMED" && request.namedUserIds.includes(viewer.id);

/** Who takes part: a reader of a NETWORK request, or someone a NAMED one is meant for. */
const isAudience: ResourcePolicy<RequestAccess> = (viewer, request) =>
  isActiveMember(viewer) && (request.visibility === "NETWORK" || isAuthorSide(viewer, request) || isNamed(viewer, request));

export const canReadRequest: ResourcePolicy<RequestAccess> = (viewer, request) => isAudience(viewer, request) || (request.flagged && isModerator(viewer));

export const isClosed = (request: Pick<RequestAccess, "status">) => request.status === "COMPLETED" || request.status === "CANCELLED";

/** Whether a request takes new interest now: not closed, and not past its deadline (the whole deadline day counts). */
export function takesInterest(request: Pick<RequestAccess, "status" | "deadline">, now: Date = new Date()): boolean {
  return !isClosed(request) && (request.deadline === null || request.deadline.toISOString().slice(0, 10) >= todayUtc(now));
}

/** Responding: someone the request is meant for, not its author side, while it takes interest. */
export const canRespond = (viewer: Viewer, request: RequestAccess, now: Date = new Date()) => isAudience(viewer, request) && !isAuthorSide(viewer, request) && takesInterest(request, now);

/** Editing, closing, reopening, starting work, reading every response and inviting: the author side. */
export const canManageRequest = isAuthorSide;

export const canEditRequest: ResourcePolicy<RequestAccess> = (viewer, request) => isAuthorSide(viewer, request) && !isClosed(request);
export const canCloseRequest = canEditRequest;
export const canStartWork: ResourcePolicy<RequestAccess> = (viewer, request) => isAuthorSide(viewer, request) && request.status === "OPEN";
export const canReopenRequest: ResourcePolicy<RequestAccess> = (viewer, request) => isAuthorSide(viewer, request) && isClosed(request);

/** Inviting a fitting member to respond: the author side, while the request takes interest. */
export const canInvite = (viewer: Viewer, request: RequestAccess, now: Date = new Date()) => isAuthorSide(viewer, request) && takesInterest(request, now);

/** A response is read by its responder and the request's author side only. */
export const canReadResponse = (viewer: Viewer, request: RequestAccess, response: ResponseAccess) =>
  isActiveMember(viewer) && isSignedIn(viewer) && (viewer.id === response.responderId || isAuthorSide(viewer, request));

/** Accepting or declining: the author side, an open response, a request not closed. */
export const canDecideResponse = (viewer: Viewer, request: RequestAccess, response: ResponseAccess) =>
  isAuthorSide(viewer, request) && response.status === "OPEN" && !isClosed(request);

/** The responder takes back a response not decided yet. */
export const canWithdrawResponse = (viewer: Viewer, request: RequestAccess, response: ResponseAccess) =>
  isActiveMember(viewer) && isSignedIn(viewer) && viewer.id === response.responderId && response.status === "OPEN" && canReadRequest(viewer, request);

/** Flagging: anyone the request is meant for, except its author side. */
export const canFlagRequest: ResourcePolicy<RequestAccess> = (viewer, request) => isAudience(viewer, request) && !isAuthorSide(viewer, request);

/** The outcome of a closed request: its author side and accepted collaborators, and everyone who reads it once shared. */
export const canReadOutcome = (viewer: Viewer, request: RequestAccess & { outcomeShared: boolean }, acceptedResponder: boolean) =>
  canReadRequest(viewer, request) && (request.outcomeShared || isAuthorSide(viewer, request) || acceptedResponder);
