import "server-only";
// Reads of stored files. The access facts (what a file belongs to) are read without the bytes, so a
// refused download never loads them; the bytes are read for one file once it has been allowed.
import { db } from "@/lib/db";
import type { StoredFileKind } from "@/lib/generated/prisma/enums";
import type { FileOwners } from "./policy";

export type StoredFileSummary = {
  id: string;
  kind: StoredFileKind;
  contentType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  sha256: string;
  owners: FileOwners;
};

/** A stored file's description and what it belongs to, or null. */
export async function findStoredFile(fileId: string): Promise<StoredFileSummary | null> {
  const file = await db().storedFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      kind: true,
      contentType: true,
      byteSize: true,
      width: true,
      height: true,
      sha256: true,
      profilePhoto: { select: { userId: true, photoVisibility: true, hiddenFromDirectory: true, user: { select: { status: true } } } },
      organizationLogo: { select: { id: true, status: true } },
    },
  });
  if (!file) return null;
  const { profilePhoto: photo, organizationLogo: logo, ...summary } = file;
  return {
    ...summary,
    owners: {
      profilePhoto: photo ? { ownerId: photo.userId, ownerStatus: photo.user.status, hiddenFromDirectory: photo.hiddenFromDirectory, visibility: photo.photoVisibility } : null,
      organizationLogo: logo ? { organizationId: logo.id, status: logo.status } : null,
    },
  };
}

/** The stored bytes of one file (null if it was deleted meanwhile). */
export async function readStoredFileBytes(fileId: string): Promise<Uint8Array | null> {
  const file = await db().storedFile.findUnique({ where: { id: fileId }, select: { bytes: true } });
  return file?.bytes ?? null;
}
