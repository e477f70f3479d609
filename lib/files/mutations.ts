import "server-only";
// Writes of stored files. An image is stored inside the caller's transaction (a profile or organization
// service stores the new image, points its row at it and deletes the old one at once). A streamed upload
// is written chunk by chunk, each its own statement, on a file row that expires until what it is for
// claims it (claimStoredFile, in that transaction): an upload that fails or is never used leaves nothing.
import { createHash } from "node:crypto";
import { db, dbPool } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoredFileKind } from "@/lib/generated/prisma/enums";
import { FILE_CHUNK_BYTES } from "./file-limits";
import type { ProcessedImage } from "./images";

type Tx = Prisma.TransactionClient;

function chunksOf(bytes: Uint8Array): Array<{ index: number; bytes: Uint8Array<ArrayBuffer> }> {
  const chunks = [];
  for (let index = 0; index === 0 || index * FILE_CHUNK_BYTES < bytes.byteLength; index++) {
    chunks.push({ index, bytes: new Uint8Array(bytes.subarray(index * FILE_CHUNK_BYTES, (index + 1) * FILE_CHUNK_BYTES)) });
  }
  return chunks;
}

/** Stores an image processImage made for this kind; returns the new file's id (a new id for every image). */
export async function storeImage(tx: Tx, image: ProcessedImage, kind: StoredFileKind): Promise<string> {
  // A square photo stored as a logo (or the reverse) would be a programming error, not a member's.
  if (image.purpose !== kind) throw new Error(`An image processed as ${image.purpose} cannot be stored as ${kind}`);
  return storeFileBytes(tx, { kind, contentType: image.contentType, width: image.width, height: image.height, filename: null, expiresAt: null }, image.bytes);
}

export type NewFile = { kind: StoredFileKind; contentType: string; width: number | null; height: number | null; filename: string | null; expiresAt: Date | null };

/** Stores bytes already in memory (a re-encoded image) as one file with its chunks; returns its id. */
export async function storeFileBytes(tx: Tx, file: NewFile, bytes: Uint8Array): Promise<string> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const created = await tx.storedFile.create({
    data: { ...file, byteSize: bytes.byteLength, sha256, chunks: { createMany: { data: chunksOf(bytes) } } },
    select: { id: true },
  });
  return created.id;
}

/** The same outside any transaction (one statement, so the file and its chunks are written together or not at all). */
export async function storeUnclaimedFile(file: NewFile & { expiresAt: Date }, bytes: Uint8Array): Promise<string> {
  return storeFileBytes(db(), file, bytes);
}

/** A file row for an upload about to stream in: no sha256 (so nothing serves it) and an expiry. */
export async function createUploadingFile(file: Pick<NewFile, "kind" | "filename"> & { expiresAt: Date }): Promise<string> {
  const created = await db().storedFile.create({ data: { ...file, contentType: "application/octet-stream", byteSize: 0 }, select: { id: true } });
  return created.id;
}

/**
 * One chunk of a streaming upload, straight through the pool (node-postgres sends a Buffer as binary): through
 * Prisma each 256 KB chunk left several copies behind for the garbage collector (npm run bench:resources).
 */
export async function appendFileChunk(fileId: string, index: number, bytes: Uint8Array): Promise<void> {
  await dbPool().query('INSERT INTO "StoredFileChunk" ("fileId", "index", "bytes") VALUES ($1, $2, $3)', [fileId, index, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
}

/** Marks an upload complete: from now on it can be read and served (still expiring until claimed). */
export async function completeUploadingFile(fileId: string, done: { contentType: string; byteSize: number; sha256: string }): Promise<void> {
  await db().storedFile.update({ where: { id: fileId }, data: done });
}

/**
 * Claims a complete, unclaimed upload for what refers to it (call it in the transaction that stores the
 * reference): it no longer expires. False when there is no such file (deleted, expired, or already claimed).
 */
export async function claimStoredFile(tx: Tx, fileId: string): Promise<boolean> {
  const { count } = await tx.storedFile.updateMany({ where: { id: fileId, sha256: { not: null }, expiresAt: { gt: new Date() } }, data: { expiresAt: null } });
  return count === 1;
}

/** Deletes a stored file and its chunks; what points at it loses it (onDelete: SetNull). False if there was none. */
export async function deleteStoredFile(tx: Tx, fileId: string): Promise<boolean> {
  const { count } = await tx.storedFile.deleteMany({ where: { id: fileId } });
  return count === 1;
}

/** The clean-up job: uploads that expired unclaimed (failed half-way, or never used), with their chunks. */
export async function deleteExpiredFiles(now: Date): Promise<number> {
  const { count } = await db().storedFile.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

/** Deletes an upload that was refused or failed half-way (outside any transaction: its chunks were committed one by one). */
export async function discardUpload(fileId: string): Promise<void> {
  await db().storedFile.deleteMany({ where: { id: fileId } });
}
