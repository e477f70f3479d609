import "server-only";
// Writing collaboration requests, for an explicit viewer: posting (as oneself or for an organization one
// represents), editing, starting work, closing with an outcome, reopening, inviting a member who fits, flagging.
// What zod cannot check is checked here against the database: the organization, the tags, the named members,
// and a deadline not in the past; every problem is named on its field.
import { authorize } from "@/lib/auth/authorize";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { findApprovedAt, findKnownTags, findMentionable } from "@/lib/board/data";
import { AppError, fieldsRefused } from "@/lib/errors";
import { cookMarkdown, mentionCandidates } from "@/lib/markdown/cook";
import { collaborationInvitationsPerMember, collaborationRequestsPerMember, collaborationRequestsPerNewMember } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { findActiveMembersByHandle, findActiveOrganizationIds, findListedMember, findPlaces, findRequestAccess, wasInvited, type RequestAccessRow } from "./data";
import { changeRequestStatus, flagRequest, insertInvitation, insertRequest, updateRequest, type RequestWrite, type StatusChange } from "./mutations";
import { canCloseRequest, canEditRequest, canFlagRequest, canInvite, canReadRequest, canReopenRequest, canStartWork, canUseCollaborations } from "./policy";
import { COLLABORATION_LIMITS, todayUtc, type CloseInput, type EditRequestInput, type FlagRequestInput, type InviteInput, type RequestInput } from "./schema";
import { resolveAttachments } from "@/lib/resources/data";

/** Members approved for less than this have the tighter limits. */
const NEW_MEMBER_MS = 7 * 24 * 60 * 60 * 1000;

async function readableRequest(viewer: SignedInViewer, id: string): Promise<RequestAccessRow> {
  const request = await findRequestAccess(id);
  if (!request || !canReadRequest(viewer, request)) throw new AppError("NOT_FOUND");
  return request;
}

/** The form's fields as they will be written, or every problem at once, each on its field. */
async function checkedWrite(viewer: SignedInViewer, input: RequestInput, organizationId: string | null): Promise<Omit<RequestWrite, "authorId">> {
  const [known, named, places, attachments] = await Promise.all([
    findKnownTags(input.ruleNumbers, input.countryCodes),
    findActiveMembersByHandle(input.namedHandles),
    findPlaces(input.countryCodes),
    resolveAttachments(input.attach ?? [], { organizationIds: viewer.organizationIds }),
  ]);
  const unknownHandles = input.namedHandles.filter((handle) => !named.some((member) => member.handle === handle));
  const refusal = fieldsRefused({
    deadline: input.deadline !== null && input.deadline < todayUtc() ? "CollaborationErrors.deadlinePast" : undefined,
    "countries[]": known.countryCodes.length !== input.countryCodes.length ? "CollaborationErrors.unknownCountry" : undefined,
    "rules[]": known.ruleNumbers.length !== input.ruleNumbers.length ? "CollaborationErrors.unknownRule" : undefined,
    namedMembers:
      input.visibility === "NAMED" && input.namedHandles.length === 0 ? "CollaborationErrors.namedRequired" : unknownHandles.length ? "CollaborationErrors.unknownMembers" : undefined,
    // What the author may attach; each reader of the request gets a card only for what they may see.
    attach: attachments.refused.length ? "ResourceErrors.notAttachable" : undefined,
  }, { handles: unknownHandles.map((handle) => `@${handle}`).join(", "), entries: attachments.refused.join(", "), count: attachments.refused.length });
  if (refusal) throw refusal;
  const namedUserIds = named.map((member) => member.userId).filter((id) => id !== viewer.id);
  const { cooked, mentionedIds } = await cook(input.body, input.visibility === "NAMED" ? new Set([viewer.id, ...namedUserIds]) : null);
  return {
    organizationId,
    kind: input.kind,
    title: input.title,
    source: input.body,
    cooked,
    mentionedIds: mentionedIds.filter((id) => id !== viewer.id),
    needs: input.needs,
    languages: input.languages,
    deadline: input.deadline ? new Date(`${input.deadline}T00:00:00Z`) : null,
    collaboratorsWanted: input.collaboratorsWanted,
    visibility: input.visibility,
    countryCodes: input.countryCodes,
    ruleNumbers: input.ruleNumbers,
    namedUserIds,
    places,
    attachmentIds: attachments.resources.map((resource) => resource.id),
  };
}

/**
 * Cooks Markdown, linking mentions of active members who may read it (`readers`: a NAMED request's only); the
 * members linked are the ones a mention notifies.
 */
async function cook(source: string, readers: ReadonlySet<string> | null) {
  const handles = mentionCandidates(source).slice(0, COLLABORATION_LIMITS.mentions);
  const mentionable = (await findMentionable(handles, false)).filter((member) => !readers || readers.has(member.userId));
  const { html, mentions } = cookMarkdown(source, { mentionable: new Set(mentionable.map((member) => member.handle)) });
  const idByHandle = new Map(mentionable.map((member) => [member.handle, member.userId]));
  return { cooked: html, mentionedIds: mentions.map((handle) => idByHandle.get(handle)!) };
}

async function limitRequests(viewer: SignedInViewer) {
  const approvedAt = await findApprovedAt(viewer.id);
  const isNew = !approvedAt || Date.now() - approvedAt.getTime() < NEW_MEMBER_MS;
  await enforceLimits([(isNew ? collaborationRequestsPerNewMember : collaborationRequestsPerMember)(viewer.id)], "CollaborationErrors.rateLimited");
}

/** Posts a request, as the viewer or for an organization they represent; its address. */
export async function postRequest(requester: Viewer, input: RequestInput): Promise<{ id: string }> {
  const viewer = authorize(requester, canUseCollaborations);
  if (input.organizationId && !(viewer.representativeOf.includes(input.organizationId) && (await findActiveOrganizationIds([input.organizationId])).length === 1)) {
    throw new AppError("FORBIDDEN", { field: "organizationId", messageKey: "CollaborationErrors.notRepresentative" });
  }
  const write = await checkedWrite(viewer, input, input.organizationId);
  await limitRequests(viewer);
  return insertRequest({ ...write, authorId: viewer.id });
}

/** The author side's edit of an open request (the organization it was posted for stays). */
export async function editRequest(requester: Viewer, input: EditRequestInput): Promise<{ id: string }> {
  const viewer = authorize(requester, canUseCollaborations);
  const access = await readableRequest(viewer, input.requestId);
  if (!canEditRequest(viewer, access)) throw new AppError("FORBIDDEN");
  const write = await checkedWrite(viewer, input, access.organizationId);
  await updateRequest(access.id, viewer.id, write);
  return { id: access.id };
}

async function changeStatus(requester: Viewer, requestId: string, allowed: (viewer: Viewer, request: RequestAccessRow) => boolean, change: StatusChange) {
  const viewer = authorize(requester, canUseCollaborations);
  const access = await readableRequest(viewer, requestId);
  if (!allowed(viewer, access)) throw new AppError("FORBIDDEN");
  if (!(await changeRequestStatus(access.id, viewer.id, change))) throw new AppError("CONFLICT", { messageKey: "CollaborationErrors.statusChanged" });
  return { id: access.id };
}

/** The author side says work has started (as a first acceptance does). */
export function startRequestWork(requester: Viewer, requestId: string) {
  return changeStatus(requester, requestId, canStartWork, { to: "IN_PROGRESS" });
}

/** Closes a request: completed, with what came of it, or cancelled; the outcome may be shared with the network. */
export function closeRequest(requester: Viewer, input: CloseInput) {
  return changeStatus(requester, input.requestId, canCloseRequest, { to: input.status, outcome: input.outcome, outcomeShared: input.outcomeShared });
}

/** Reopens a closed request (its outcome is cleared). */
export function reopenRequest(requester: Viewer, requestId: string) {
  return changeStatus(requester, requestId, canReopenRequest, { to: "OPEN" });
}

/**
 * Invites a listed member to respond: a notification, once per member and request, rate-limited per inviter.
 * Only members who may read the request (for a NAMED one, those it names) and who are listed in the directory.
 */
export async function inviteToRespond(requester: Viewer, input: InviteInput): Promise<"invited" | "already"> {
  const viewer = authorize(requester, canUseCollaborations);
  const access = await readableRequest(viewer, input.requestId);
  if (!canInvite(viewer, access)) throw new AppError("FORBIDDEN");
  const member = await findListedMember(input.handle);
  if (!member || member.userId === viewer.id || (access.visibility === "NAMED" && !access.namedUserIds.includes(member.userId))) {
    throw new AppError("NOT_FOUND", { messageKey: "CollaborationErrors.cannotInvite" });
  }
  if (await wasInvited(access.id, member.userId)) return "already";
  await enforceLimits([collaborationInvitationsPerMember(viewer.id)], "CollaborationErrors.rateLimited");
  await insertInvitation(access, viewer.id, member.userId);
  return "invited";
}

/** A member flags a request for the moderators (who may then read it, even a NAMED one); "already" when flagged before. */
export async function flagCollaborationRequest(requester: Viewer, input: FlagRequestInput): Promise<"flagged" | "already"> {
  const viewer = authorize(requester, canUseCollaborations);
  const access = await readableRequest(viewer, input.requestId);
  if (!canFlagRequest(viewer, access)) throw new AppError("FORBIDDEN");
  return (await flagRequest({ targetId: access.id, reporterId: viewer.id, reason: input.reason, note: input.note })) ? "flagged" : "already";
}
