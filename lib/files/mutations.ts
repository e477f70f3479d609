import "server-only";
// Writes of stored files, inside the caller's transaction: a profile or organization service stores the
// new image, points its row at it and deletes the old file in one transaction, so no image is left
// behind or lost half-way.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoredFileKind } from "@/lib/generated/prisma/enums";
import type { ProcessedImage } from "./images";

type Tx = Prisma.TransactionClient;

/** Stores an image processImage made for this kind; returns the new file's id (a new id for every image). */
export async function storeImage(tx: Tx, image: ProcessedImage, kind: StoredFileKind): Promise<string> {
  // A square photo stored as a logo (or the reverse) would be a programming error, not a member's.
  if (image.purpose !== kind) throw new Error(`An image processed as ${image.purpose} cannot be stored as ${kind}`);
  const file = await tx.storedFile.create({
    data: {
      kind,
      contentType: image.contentType,
      byteSize: image.bytes.byteLength,
      width: image.width,
      height: image.height,
      sha256: createHash("sha256").update(image.bytes).digest("hex"),
      bytes: new Uint8Array(image.bytes),
    },
    select: { id: true },
  });
  return file.id;
}

/** Deletes a stored file; the profile or organization pointing at it loses it (onDelete: SetNull). False if there was none. */
export async function deleteStoredFile(tx: Tx, fileId: string): Promise<boolean> {
  const { count } = await tx.storedFile.deleteMany({ where: { id: fileId } });
  return count === 1;
}
