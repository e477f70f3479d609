import "server-only";
// Expressing interest and deciding on it, for an explicit viewer: a member (or a representative, for their
// organization) responds to a request that takes interest; its author side accepts or declines each response
// with an optional message; the responder may withdraw one not decided yet. Each is one transaction with its
// notifications; accepting also opens the request's workspace (a conversation: lib/conversations).
import { authorize } from "@/lib/auth/authorize";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { findApprovedAt } from "@/lib/board/data";
import { AppError } from "@/lib/errors";
import { cookMarkdown } from "@/lib/markdown/cook";
import { collaborationResponsesPerMember, collaborationResponsesPerNewMember } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { findActiveOrganizationIds, findRequestAccess, findResponseAccess, type RequestAccessRow } from "./data";
import { decideResponse, insertResponse, withdrawResponse } from "./mutations";
import { canDecideResponse, canReadRequest, canRespond, canUseCollaborations, canWithdrawResponse, isClosed, takesInterest } from "./policy";
import type { DecisionInput, ResponseInput } from "./schema";

const NEW_MEMBER_MS = 7 * 24 * 60 * 60 * 1000;

async function readableRequest(viewer: SignedInViewer, id: string): Promise<RequestAccessRow> {
  const request = await findRequestAccess(id);
  if (!request || !canReadRequest(viewer, request)) throw new AppError("NOT_FOUND");
  return request;
}

const closedRefusal = () => new AppError("closed", { messageKey: "CollaborationErrors.closed" });

/** Responds to a request (once while a response is open or accepted); its id. */
export async function respondToRequest(requester: Viewer, input: ResponseInput): Promise<{ id: string; requestId: string }> {
  const viewer = authorize(requester, canUseCollaborations);
  const access = await readableRequest(viewer, input.requestId);
  if (!takesInterest(access)) throw closedRefusal();
  if (!canRespond(viewer, access)) throw new AppError("FORBIDDEN");
  if (input.organizationId && !(viewer.representativeOf.includes(input.organizationId) && (await findActiveOrganizationIds([input.organizationId])).length === 1)) {
    throw new AppError("FORBIDDEN", { field: "organizationId", messageKey: "CollaborationErrors.notRepresentative" });
  }
  const approvedAt = await findApprovedAt(viewer.id);
  const isNew = !approvedAt || Date.now() - approvedAt.getTime() < NEW_MEMBER_MS;
  await enforceLimits([(isNew ? collaborationResponsesPerNewMember : collaborationResponsesPerMember)(viewer.id)], "CollaborationErrors.rateLimited");
  // Only the responder and the author side read a response: mentions would tell nobody else anything.
  const outcome = await insertResponse({ requestId: access.id, responderId: viewer.id, organizationId: input.organizationId, source: input.body, cooked: cookMarkdown(input.body).html });
  if (!outcome.ok) {
    if (outcome.reason === "already") throw new AppError("CONFLICT", { messageKey: "CollaborationErrors.alreadyResponded" });
    throw closedRefusal();
  }
  return { id: outcome.id, requestId: access.id };
}

/**
 * Accepts or declines a response; returns the request's id. Accepting opens the request's workspace, or adds
 * the responder to it, in the same transaction.
 */
export async function decideOnResponse(requester: Viewer, input: DecisionInput): Promise<{ requestId: string }> {
  const viewer = authorize(requester, canUseCollaborations);
  const response = await findResponseAccess(input.responseId);
  if (!response) throw new AppError("NOT_FOUND");
  const access = await readableRequest(viewer, response.requestId);
  if (isClosed(access)) throw closedRefusal();
  if (!canDecideResponse(viewer, access, response)) throw new AppError("FORBIDDEN");
  const outcome = await decideResponse({ responseId: response.id, deciderId: viewer.id, accept: input.decision === "accept", message: input.message });
  if (!outcome.ok) throw outcome.reason === "closed" ? closedRefusal() : new AppError("CONFLICT", { messageKey: "CollaborationErrors.alreadyDecided" });
  return { requestId: outcome.requestId };
}

/** The responder withdraws a response not decided yet; returns the request's id. */
export async function withdrawOwnResponse(requester: Viewer, responseId: string): Promise<{ requestId: string }> {
  const viewer = authorize(requester, canUseCollaborations);
  const response = await findResponseAccess(responseId);
  if (!response) throw new AppError("NOT_FOUND");
  const access = await readableRequest(viewer, response.requestId);
  if (!canWithdrawResponse(viewer, access, response)) throw new AppError("FORBIDDEN");
  const outcome = await withdrawResponse(response.id, viewer.id);
  if (!outcome.ok) throw new AppError("CONFLICT", { messageKey: "CollaborationErrors.alreadyDecided" });
  return { requestId: access.id };
}
