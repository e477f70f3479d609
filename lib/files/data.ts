import "server-only";
// Reads of stored files. The access facts (what a file belongs to) are read without the bytes, so a
// refused download never loads them; the bytes are read chunk by chunk, only for a file allowed to go out.
import { db } from "@/lib/db";
import type { StoredFileKind } from "@/lib/generated/prisma/enums";
import type { FileOwners } from "./policy";

/** A complete stored file's description (an upload still being written has no sha256 and is not one). */
export type StoredFileMeta = {
  id: string;
  kind: StoredFileKind;
  contentType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  sha256: string;
  filename: string | null;
};

export type StoredFileSummary = StoredFileMeta & { owners: FileOwners };

const META = { id: true, kind: true, contentType: true, byteSize: true, width: true, height: true, sha256: true, filename: true } as const;

/** A complete stored file's description, or null. */
export async function findStoredFileMeta(fileId: string): Promise<StoredFileMeta | null> {
  const file = await db().storedFile.findUnique({ where: { id: fileId }, select: META });
  return file?.sha256 ? { ...file, sha256: file.sha256 } : null;
}

/** The complete stored files among these ids, described (one query; missing or unfinished ones are left out). */
export async function findStoredFileMetas(fileIds: readonly string[]): Promise<StoredFileMeta[]> {
  if (fileIds.length === 0) return [];
  const files = await db().storedFile.findMany({ where: { id: { in: [...fileIds] }, sha256: { not: null } }, select: META });
  return files.flatMap((file) => (file.sha256 ? [{ ...file, sha256: file.sha256 }] : []));
}

/** A stored file's description and what it belongs to, or null. */
export async function findStoredFile(fileId: string): Promise<StoredFileSummary | null> {
  const file = await db().storedFile.findUnique({
    where: { id: fileId },
    select: {
      ...META,
      profilePhoto: { select: { userId: true, photoVisibility: true, hiddenFromDirectory: true, user: { select: { status: true } } } },
      organizationLogo: { select: { id: true, status: true } },
    },
  });
  if (!file?.sha256) return null;
  const { profilePhoto: photo, organizationLogo: logo, sha256, ...summary } = file;
  return {
    ...summary,
    sha256,
    owners: {
      profilePhoto: photo ? { ownerId: photo.userId, ownerStatus: photo.user.status, hiddenFromDirectory: photo.hiddenFromDirectory, visibility: photo.photoVisibility } : null,
      organizationLogo: logo ? { organizationId: logo.id, status: logo.status } : null,
    },
  };
}

/** Chunks `first` … `last` of a file, in order (fewer if the file was deleted meanwhile). */
export async function readFileChunks(fileId: string, first: number, last: number): Promise<Uint8Array[]> {
  const chunks = await db().storedFileChunk.findMany({
    where: { fileId, index: { gte: first, lte: last } },
    orderBy: { index: "asc" },
    select: { bytes: true },
  });
  return chunks.map((chunk) => chunk.bytes);
}
