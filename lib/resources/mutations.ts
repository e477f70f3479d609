import "server-only";
// Writes of resources. A resource, its tags (countries, rules, filter tokens) and its first version are one
// transaction; an edit that changes the link or the file adds a version in the same transaction as the fields
// (the resource's row locked first, so two edits never take the same number). Status changes are conditional
// updates: a resource withdrawn or hidden meanwhile is not changed again.
import { db } from "@/lib/db";
import type { Prisma, ResourceStatus, ResourceType } from "@/lib/generated/prisma/client";
import type { PlaceCodes } from "@/lib/collaborations/format";
import { writeAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors";
import { claimStoredFile } from "@/lib/files/mutations";
import { enqueue } from "@/lib/jobs/boss";
import { notifyFlag } from "@/lib/notifications/mutations";
import { resourceSearchDocument, resourceTokens } from "./format";

type Tx = Prisma.TransactionClient;

export type ResourceWrite = {
  organizationId: string | null;
  type: ResourceType;
  title: string;
  summarySource: string;
  summaryCooked: string;
  languages: string[];
  year: number | null;
  visibility: "NETWORK" | "ORGANIZATION";
  countryCodes: string[];
  ruleNumbers: number[];
  places: PlaceCodes[];
};

/** Where a version is: a link, or a file already stored by lib/files. */
export type VersionWrite = { linkUrl: string } | { storedFileId: string; fileName: string };

function columns(write: ResourceWrite, extractedText: string | null) {
  return {
    type: write.type,
    title: write.title,
    summarySource: write.summarySource,
    summaryCooked: write.summaryCooked,
    languages: write.languages,
    year: write.year,
    visibility: write.visibility,
    searchText: resourceSearchDocument({ title: write.title, summary: write.summarySource, extractedText }),
    filterTokens: resourceTokens({ type: write.type, countries: write.places, ruleNumbers: write.ruleNumbers, languages: write.languages, organizationId: write.organizationId, year: write.year }),
  };
}

const versionData = (version: VersionWrite) => ("linkUrl" in version ? { linkUrl: version.linkUrl } : { storedFileId: version.storedFileId, fileName: version.fileName });

/** A new resource with its first version; returns its id and the version's (for the text-extraction job). */
export async function insertResource(authorId: string, write: ResourceWrite, version: VersionWrite, tx?: Tx): Promise<{ id: string; versionId: string }> {
  const run = async (client: Tx) => {
    const created = await client.resource.create({
      data: {
        ...columns(write, null),
        authorId,
        organizationId: write.organizationId,
        countries: write.countryCodes.length ? { createMany: { data: write.countryCodes.map((countryCode) => ({ countryCode })) } } : undefined,
        rules: write.ruleNumbers.length ? { createMany: { data: write.ruleNumbers.map((ruleNumber) => ({ ruleNumber })) } } : undefined,
        versions: { create: { number: 1, createdById: authorId, ...versionData(version) } },
      },
      select: { id: true, versions: { select: { id: true } } },
    });
    return { id: created.id, versionId: created.versions[0]!.id };
  };
  return tx ? run(tx) : db().$transaction(run);
}

/** The job that extracts a file version's text for the search (queue "resource-text"). */
export const TEXT_EXTRACTION_QUEUE = "resource-text" as const;

/** Claims an uploaded file for a version (or refuses: expired, already used) and asks for its text, in `tx`. */
async function claimForVersion(tx: Tx, version: VersionWrite): Promise<void> {
  if ("linkUrl" in version) return;
  if (!(await claimStoredFile(tx, version.storedFileId))) throw new AppError("CONFLICT", { field: "file", messageKey: "ResourceErrors.uploadAgain" });
}

/**
 * A file resource: the upload claimed (so the clean-up no longer deletes it), the resource and its first version,
 * and the text-extraction job, in one transaction — an error leaves the file unclaimed, to expire by itself.
 */
export async function insertFileResource(authorId: string, write: ResourceWrite, file: { storedFileId: string; fileName: string }): Promise<{ id: string; versionId: string }> {
  return db().$transaction(async (tx) => {
    await claimForVersion(tx, file);
    const created = await insertResource(authorId, write, file, tx);
    await enqueue(tx, TEXT_EXTRACTION_QUEUE, { versionId: created.versionId });
    return created;
  });
}

/** An edit with a new version (a link or a claimed file, whose text is then extracted), in one transaction. */
export async function updateResourceWithVersion(id: string, editorId: string, write: Omit<ResourceWrite, "organizationId">, version: VersionWrite | null): Promise<{ versionId: string | null }> {
  return db().$transaction(async (tx) => {
    if (version) await claimForVersion(tx, version);
    const updated = await updateResource(id, editorId, write, version, tx);
    if (updated.versionId && version && !("linkUrl" in version)) await enqueue(tx, TEXT_EXTRACTION_QUEUE, { versionId: updated.versionId });
    return updated;
  });
}

/**
 * The "resource-text" job: the version's file as text (`extract`, lib/files' extractor, passed by the job registry),
 * folded into the search document while it is the current version. Safe to run twice; a version without a file,
 * or already extracted, is left alone.
 */
export async function extractVersionText(versionId: string, extract: (fileId: string) => Promise<string | null>): Promise<{ extracted: boolean }> {
  const version = await db().resourceVersion.findUnique({ where: { id: versionId }, select: { storedFileId: true, extractedAt: true } });
  if (!version?.storedFileId || version.extractedAt) return { extracted: false };
  await storeExtractedText(versionId, (await extract(version.storedFileId)) ?? "");
  return { extracted: true };
}

/**
 * The author side's edit: the fields and every tag replaced at once, and — when `version` is given — a new version
 * that becomes the current one (the earlier ones stay). Returns the new version's id, if any.
 */
export async function updateResource(id: string, editorId: string, write: Omit<ResourceWrite, "organizationId">, version: VersionWrite | null, tx?: Tx): Promise<{ versionId: string | null }> {
  const run = async (client: Tx) => {
    const [locked] = await client.$queryRaw<Array<{ versionCount: number; organizationId: string | null }>>`SELECT "versionCount", "organizationId" FROM "Resource" WHERE id = ${id} FOR UPDATE`;
    if (!locked) return { versionId: null };
    const number = version ? locked.versionCount + 1 : locked.versionCount;
    const current = version ? null : await client.resourceVersion.findUnique({ where: { resourceId_number: { resourceId: id, number } }, select: { extractedText: true } });
    await client.resource.update({ where: { id }, data: { ...columns({ ...write, organizationId: locked.organizationId }, current?.extractedText ?? null), versionCount: number } });
    await client.resourceCountry.deleteMany({ where: { resourceId: id } });
    await client.resourceRule.deleteMany({ where: { resourceId: id } });
    if (write.countryCodes.length) await client.resourceCountry.createMany({ data: write.countryCodes.map((countryCode) => ({ resourceId: id, countryCode })) });
    if (write.ruleNumbers.length) await client.resourceRule.createMany({ data: write.ruleNumbers.map((ruleNumber) => ({ resourceId: id, ruleNumber })) });
    if (!version) return { versionId: null };
    const created = await client.resourceVersion.create({ data: { resourceId: id, number, createdById: editorId, ...versionData(version) }, select: { id: true } });
    return { versionId: created.id };
  };
  return tx ? run(tx) : db().$transaction(run);
}

/** Moves a resource from one of `from` to `to`; false when it was in none of them (changed meanwhile). */
export async function changeResourceStatus(id: string, actorId: string, from: ResourceStatus[], to: ResourceStatus, tx?: Tx): Promise<boolean> {
  const { count } = await (tx ?? db()).resource.updateMany({ where: { id, status: { in: from } }, data: { status: to, statusChangedAt: new Date(), statusChangedById: actorId } });
  return count === 1;
}

/**
 * A moderator hides a resource (only staff see it then; its open flags are upheld) or restores it to the status it
 * had before (published, or withdrawn by its author side); audited. Called inside the moderation queue's step, in its transaction.
 */
export async function setResourceHiddenIn(tx: Tx, actorId: string, resourceId: string, hidden: boolean, reason: string | null): Promise<void> {
  const now = new Date();
  // Hiding keeps the status it had (a withdrawn resource stays withdrawn once restored); hiding twice keeps the
  // first; restoring brings that status back, and changes nothing that is not hidden.
  if (hidden) {
    await tx.$executeRaw`
      UPDATE "Resource" SET "statusBeforeHidden" = CASE WHEN status = 'HIDDEN' THEN "statusBeforeHidden" ELSE status END,
             status = 'HIDDEN', "statusChangedAt" = ${now}, "statusChangedById" = ${actorId}, "updatedAt" = ${now}
       WHERE id = ${resourceId}`;
  } else {
    await tx.$executeRaw`
      UPDATE "Resource" SET status = COALESCE("statusBeforeHidden", 'PUBLISHED'), "statusBeforeHidden" = NULL,
             "statusChangedAt" = ${now}, "statusChangedById" = ${actorId}, "updatedAt" = ${now}
       WHERE id = ${resourceId} AND status = 'HIDDEN'`;
  }
  if (hidden) await tx.moderationFlag.updateMany({ where: { targetType: "Resource", targetId: resourceId, status: "OPEN" }, data: { status: "UPHELD", resolvedAt: now, resolvedById: actorId } });
  await writeAudit(tx, { actorId, action: hidden ? "resource.hidden" : "resource.restored", targetType: "Resource", targetId: resourceId, reason: reason ?? undefined });
}

/**
 * Stores a version's extracted text and, when it is still its resource's current version, folds it into the
 * resource's search document (in one transaction, the resource's row locked, so an edit in between is not lost).
 */
export async function storeExtractedText(versionId: string, text: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const version = await tx.resourceVersion.update({ where: { id: versionId }, data: { extractedText: text, extractedAt: new Date() }, select: { resourceId: true, number: true } });
    const [resource] = await tx.$queryRaw<Array<{ title: string; summarySource: string; versionCount: number }>>`
      SELECT title, "summarySource", "versionCount" FROM "Resource" WHERE id = ${version.resourceId} FOR UPDATE`;
    if (!resource || resource.versionCount !== version.number) return;
    await tx.resource.update({ where: { id: version.resourceId }, data: { searchText: resourceSearchDocument({ title: resource.title, summary: resource.summarySource, extractedText: text }) } });
  });
}

/** A member's flag on a resource (the trigger files it in the one queue); false when they had flagged it. */
export async function flagResource(flag: { targetId: string; reporterId: string; reason: "HARASSMENT" | "PERSONAL_INFORMATION" | "SPAM" | "OFF_TOPIC" | "OTHER"; note: string | null }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.moderationFlag.createMany({ data: [{ targetType: "Resource", ...flag }], skipDuplicates: true });
    if (count === 1) await notifyFlag(tx, { type: "Resource", id: flag.targetId }, flag.reporterId);
    return count === 1;
  });
}

/** Where attachments hang: one post, request or message. */
export type AttachmentTarget = { postId: string } | { requestId: string } | { messageId: string };

/**
 * Sets what a post, request or message carries attached (the resources in the writer's order, already checked by
 * the service), inside the transaction that writes it: a reference, never a copy. An empty list drops them all.
 */
export async function replaceAttachmentsIn(tx: Tx, target: AttachmentTarget, resourceIds: string[]): Promise<void> {
  await tx.resourceAttachment.deleteMany({ where: target });
  if (resourceIds.length) await tx.resourceAttachment.createMany({ data: resourceIds.map((resourceId, position) => ({ ...target, resourceId, position })) });
}
