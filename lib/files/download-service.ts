import "server-only";
// Downloading a stored image, for an explicit viewer: this is where it is authorized (README, Architecture).
// Only active members get anything; a file they may not see is NOT_FOUND, exactly like one that does not
// exist, so a download never reveals that a hidden member has a photo.
import { authorize } from "@/lib/auth/authorize";
import { isActiveMember } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { findStoredFile, readStoredFileBytes } from "./data";
import { canDownloadFile } from "./policy";

export type FileDownload =
  | { kind: "not-modified"; sha256: string }
  | { kind: "file"; sha256: string; contentType: string; byteSize: number; bytes: Uint8Array };

/** Ids are cuids; anything else is not looked up at all. */
const FILE_ID = /^[a-z0-9]{1,64}$/;

/**
 * The file, or `not-modified` when the browser already holds this version (`cachedVersions`: the sha256
 * values it sent, "*" for any), in which case the bytes are not read.
 */
export async function downloadFile(viewer: Viewer, fileId: string, cachedVersions: readonly string[] = []): Promise<FileDownload> {
  const member = authorize(viewer, isActiveMember);
  const file = FILE_ID.test(fileId) ? await findStoredFile(fileId) : null;
  if (!file || !canDownloadFile(member, file.owners)) throw new AppError("NOT_FOUND");
  if (cachedVersions.includes(file.sha256) || cachedVersions.includes("*")) return { kind: "not-modified", sha256: file.sha256 };
  const bytes = await readStoredFileBytes(file.id);
  if (!bytes) throw new AppError("NOT_FOUND");
  return { kind: "file", sha256: file.sha256, contentType: file.contentType, byteSize: bytes.byteLength, bytes };
}
