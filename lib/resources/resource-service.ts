import "server-only";
// Writing resources, for an explicit viewer: sharing (as oneself or for an organization one represents), editing
// (a changed link is a new version), withdrawing and restoring, flagging. What zod cannot check is checked here
// against the database — the organization, the tags — and every problem is named on its field. The upload route
// calls `checkedResourceWrite` and `createResourceIn` the same way with a stored file.
import { authorize } from "@/lib/auth/authorize";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { findKnownTags } from "@/lib/board/data";
import { AppError, fieldsRefused } from "@/lib/errors";
import { cookMarkdown } from "@/lib/markdown/cook";
import { env } from "@/lib/env";
import { findStoredFileMeta } from "@/lib/files/data";
import { itemFlagsPerMember, resourceUploadsPerMember, resourcesPerMember } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { findPlaces, findResourceAccess, findVersion, isActiveOrganization, type ResourceAccessRow } from "./data";
import { signUploadTicket, verifyUploadTicket } from "./format";
import { changeResourceStatus, flagResource, insertFileResource, insertResource, updateResourceWithVersion, type ResourceWrite, type VersionWrite } from "./mutations";
import { canEditResource, canFlagResource, canReadResource, canRestoreResource, canUseResources, canWithdrawResource } from "./policy";
import type { EditResourceInput, FileResourceInput, FlagResourceInput, LinkResourceInput, ResourceMetadata } from "./schema";

export async function readableResource(viewer: SignedInViewer, id: string): Promise<ResourceAccessRow> {
  const resource = /^[a-z0-9]{1,40}$/.test(id) ? await findResourceAccess(id) : null;
  if (!resource || !canReadResource(viewer, resource)) throw new AppError("NOT_FOUND");
  return resource;
}

/**
 * The form's fields as they will be written, or every problem at once, each on its field. `organizationId`: the
 * organization it is (or was) published for — checked to be one the viewer represents when it is new.
 */
export async function checkedResourceWrite(viewer: SignedInViewer, input: ResourceMetadata, organizationId: string | null, isNew: boolean): Promise<ResourceWrite> {
  if (isNew && organizationId && !(viewer.representativeOf.includes(organizationId) && (await isActiveOrganization(organizationId)))) {
    throw new AppError("FORBIDDEN", { field: "organizationId", messageKey: "ResourceErrors.notRepresentative" });
  }
  const [known, places] = await Promise.all([findKnownTags(input.ruleNumbers, input.countryCodes), findPlaces(input.countryCodes)]);
  const refusal = fieldsRefused({
    "countries[]": known.countryCodes.length !== input.countryCodes.length ? "ResourceErrors.unknownCountry" : undefined,
    "rules[]": known.ruleNumbers.length !== input.ruleNumbers.length ? "ResourceErrors.unknownRule" : undefined,
    visibility: input.visibility === "ORGANIZATION" && !organizationId ? "ResourceErrors.organizationOnlyNeedsOrganization" : undefined,
  });
  if (refusal) throw refusal;
  return {
    organizationId,
    type: input.type,
    title: input.title,
    summarySource: input.summary,
    // No mentions in a summary: a resource notifies nobody by being shared.
    summaryCooked: cookMarkdown(input.summary).html,
    languages: input.languages,
    year: input.year,
    visibility: input.visibility,
    countryCodes: input.countryCodes,
    ruleNumbers: input.ruleNumbers,
    places,
  };
}

/** Shares a link resource, as the viewer or for an organization they represent; its address. */
export async function shareLinkResource(requester: Viewer, input: LinkResourceInput): Promise<{ id: string }> {
  const viewer = authorize(requester, canUseResources);
  const write = await checkedResourceWrite(viewer, input, input.organizationId, true);
  await enforceLimits([resourcesPerMember(viewer.id)], "ResourceErrors.rateLimited");
  const { id } = await insertResource(viewer.id, write, { linkUrl: input.link });
  return { id };
}

function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required to sign upload tickets");
  return secret;
}

/** The uploaded file a ticket names, if it was issued to this viewer and has not expired: its id and name. */
async function ticketedFile(viewer: SignedInViewer, ticket: string): Promise<{ storedFileId: string; fileName: string }> {
  const fileId = verifyUploadTicket(ticket, viewer.id, new Date(), authSecret());
  const file = fileId ? await findStoredFileMeta(fileId) : null;
  if (!file || file.kind !== "RESOURCE") throw new AppError("VALIDATION", { field: "file", messageKey: "ResourceErrors.uploadAgain" });
  return { storedFileId: file.id, fileName: file.filename ?? "file" };
}

/**
 * The first step of sharing (or replacing) a file, before the upload route reads the body: who may upload, how
 * often, and — for a replacement — whether the viewer may edit that resource. Returns where the member goes next
 * and how to sign the ticket of the file once it is stored.
 */
export async function prepareUpload(requester: Viewer, forResourceId: string | null): Promise<{ next: string; sign: (fileId: string) => string }> {
  const viewer = authorize(requester, canUseResources);
  if (forResourceId !== null) {
    const access = await readableResource(viewer, forResourceId);
    if (!canEditResource(viewer, access)) throw new AppError("FORBIDDEN");
  }
  await enforceLimits([resourceUploadsPerMember(viewer.id)], "ResourceErrors.rateLimited");
  const secret = authSecret();
  return { next: forResourceId ? `/resources/${forResourceId}/edit` : "/resources/new", sign: (fileId) => signUploadTicket(fileId, viewer.id, new Date(), secret) };
}

/** The second step: the description of the file uploaded in the first, claimed in the resource's transaction. */
export async function shareFileResource(requester: Viewer, input: FileResourceInput): Promise<{ id: string }> {
  const viewer = authorize(requester, canUseResources);
  const file = await ticketedFile(viewer, input.fileTicket);
  const write = await checkedResourceWrite(viewer, input, input.organizationId, true);
  await enforceLimits([resourcesPerMember(viewer.id)], "ResourceErrors.rateLimited");
  const { id } = await insertFileResource(viewer.id, write, file);
  return { id };
}

/** What the form shows of the file a ticket names (for its own member): name, size and type; null if unusable. */
export async function uploadedFile(requester: Viewer, ticket: string | undefined) {
  const viewer = authorize(requester, canUseResources);
  if (!ticket) return null;
  const fileId = verifyUploadTicket(ticket, viewer.id, new Date(), authSecret());
  const file = fileId ? await findStoredFileMeta(fileId) : null;
  return file && file.kind === "RESOURCE" ? { ticket, name: file.filename ?? "file", byteSize: file.byteSize, contentType: file.contentType } : null;
}

/**
 * The author side's edit of a published resource (the organization it was published for stays). A link resource's
 * changed link is a new version, and so is a file resource's replacement (the ticket of a file just uploaded).
 */
export async function editResource(requester: Viewer, input: EditResourceInput): Promise<{ id: string; versionId: string | null }> {
  const viewer = authorize(requester, canUseResources);
  const access = await readableResource(viewer, input.resourceId);
  if (!canEditResource(viewer, access)) throw new AppError("FORBIDDEN");
  const write = await checkedResourceWrite(viewer, input, access.organizationId, false);
  const current = await findVersion(access.id, access.versionCount);
  let version: VersionWrite | null = input.fileTicket ? await ticketedFile(viewer, input.fileTicket) : null;
  if (!version && input.link && input.link !== current?.linkUrl) version = { linkUrl: input.link };
  const { versionId } = await updateResourceWithVersion(access.id, viewer.id, write, version);
  return { id: access.id, versionId };
}

/** The author side takes a resource back: only they still see it, and may restore it. */
export async function withdrawResource(requester: Viewer, resourceId: string): Promise<{ id: string }> {
  const viewer = authorize(requester, canUseResources);
  const access = await readableResource(viewer, resourceId);
  if (!canWithdrawResource(viewer, access)) throw new AppError("FORBIDDEN");
  if (!(await changeResourceStatus(access.id, viewer.id, ["PUBLISHED"], "WITHDRAWN"))) throw new AppError("CONFLICT", { messageKey: "ResourceErrors.statusChanged" });
  return { id: access.id };
}

/** The author side publishes a withdrawn resource again (not one a moderator hid). */
export async function restoreResource(requester: Viewer, resourceId: string): Promise<{ id: string }> {
  const viewer = authorize(requester, canUseResources);
  const access = await readableResource(viewer, resourceId);
  if (!canRestoreResource(viewer, access)) throw new AppError("FORBIDDEN");
  if (!(await changeResourceStatus(access.id, viewer.id, ["WITHDRAWN"], "PUBLISHED"))) throw new AppError("CONFLICT", { messageKey: "ResourceErrors.statusChanged" });
  return { id: access.id };
}

/** A member flags a resource for the moderators, once ("already" when they had); rate-limited as other flags. */
export async function flagResourceFor(requester: Viewer, input: FlagResourceInput): Promise<"flagged" | "already"> {
  const viewer = authorize(requester, canUseResources);
  const access = await readableResource(viewer, input.resourceId);
  if (!canFlagResource(viewer, access)) throw new AppError("FORBIDDEN");
  await enforceLimits([itemFlagsPerMember(viewer.id)], "ModerationErrors.rateLimited");
  return (await flagResource({ targetId: access.id, reporterId: viewer.id, reason: input.reason, note: input.note })) ? "flagged" : "already";
}
