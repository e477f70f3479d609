import "server-only";
import { writeAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProcessedImage } from "@/lib/files/images";
import { deleteStoredFile, storeImage } from "@/lib/files/mutations";
import { profileSearchColumns } from "./format";
import { newProfileHandle, type ProfileInput } from "./schema";

/**
 * Saves the whole profile form in one transaction: the display name, every field and its visibility, the
 * rules worked on, and the titles in the member's organizations. The audit entry names the fields that
 * changed, never their values.
 */
export async function saveProfile(userId: string, input: ProfileInput, changedFields: string[]): Promise<void> {
  const { displayName, ruleNumbers, organizationTitles, ...fields } = input;
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { displayName } });
    // Approval creates the profile; an account from before profiles existed gets one on its first save.
    await tx.advocateProfile.upsert({ where: { userId }, update: fields, create: { ...fields, userId, handle: newProfileHandle() } });
    await tx.profileRuleInterest.deleteMany({ where: { userId, ruleNumber: { notIn: ruleNumbers } } });
    await tx.profileRuleInterest.createMany({ data: ruleNumbers.map((ruleNumber) => ({ userId, ruleNumber })), skipDuplicates: true });
    for (const { organizationId, title } of organizationTitles) {
      await tx.organizationMembership.updateMany({ where: { userId, organizationId }, data: { title } });
    }
    await refreshProfileSearch(tx, userId);
    await writeAudit(tx, { actorId: userId, action: "profile.updated", targetType: "User", targetId: userId, metadata: { fields: changedFields } });
  });
}

/** An admin's read of a member's private fields, which the member can see on /account/privacy. */
export function recordPrivateRead(actorId: string, userId: string, fields: string[]): Promise<void> {
  return writeAudit(db(), { actorId, action: "profile.private-fields-read", targetType: "User", targetId: userId, metadata: { fields } });
}

/** Replaces the member's photo (or removes it, with null) and deletes the old file, in one transaction. */
export async function replacePhoto(userId: string, image: ProcessedImage | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.advocateProfile.findUnique({ where: { userId }, select: { photoId: true } });
    const photoId = image ? await storeImage(tx, image, "PROFILE_PHOTO") : null;
    await tx.advocateProfile.upsert({ where: { userId }, update: { photoId }, create: { userId, handle: newProfileHandle(), photoId } });
    if (current?.photoId) await deleteStoredFile(tx, current.photoId);
    await writeAudit(tx, { actorId: userId, action: image ? "profile.photo-replaced" : "profile.photo-removed", targetType: "User", targetId: userId });
  });
}

/**
 * Refolds the member's sort name and search text from what is stored, inside the caller's transaction: every
 * write that changes the display name, the bio, areas, keywords or their visibility calls it.
 */
export async function refreshProfileSearch(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const row = await tx.advocateProfile.findUnique({
    where: { userId },
    select: { bio: true, bioVisibility: true, areasOfWork: true, keywords: true, areasVisibility: true, user: { select: { displayName: true } } },
  });
  if (!row) return;
  const { user, ...profile } = row;
  await tx.advocateProfile.update({ where: { userId }, data: profileSearchColumns(user.displayName, profile) });
}
