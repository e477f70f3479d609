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
import { itemFlagsPerMember, resourcesPerMember } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { findPlaces, findResourceAccess, findVersion, isActiveOrganization, type ResourceAccessRow } from "./data";
import { changeResourceStatus, flagResource, insertResource, updateResource, type ResourceWrite, type VersionWrite } from "./mutations";
import { canEditResource, canFlagResource, canReadResource, canRestoreResource, canUseResources, canWithdrawResource } from "./policy";
import type { EditResourceInput, FlagResourceInput, LinkResourceInput, ResourceMetadata } from "./schema";

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

/**
 * The author side's edit of a published resource (the organization it was published for stays). A link resource's
 * changed link is a new version; `file` (from the upload route) replaces the file with a new version.
 */
export async function editResource(requester: Viewer, input: EditResourceInput, file?: { storedFileId: string; fileName: string }): Promise<{ id: string; versionId: string | null }> {
  const viewer = authorize(requester, canUseResources);
  const access = await readableResource(viewer, input.resourceId);
  if (!canEditResource(viewer, access)) throw new AppError("FORBIDDEN");
  const write = await checkedResourceWrite(viewer, input, access.organizationId, false);
  const current = await findVersion(access.id, access.versionCount);
  let version: VersionWrite | null = file ?? null;
  if (!version && input.link && input.link !== current?.linkUrl) version = { linkUrl: input.link };
  const { versionId } = await updateResource(access.id, viewer.id, write, version);
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
