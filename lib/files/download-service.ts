import "server-only";
// Downloading a stored image, for an explicit viewer: this is where it is authorized (README, Architecture).
// Only active members get anything; a file they may not see is NOT_FOUND, exactly like one that does not
// exist, so a download never reveals that a hidden member has a photo. Resource files are authorized by
// the resources service instead (they belong to no profile or organization, so this refuses them).
import { authorize } from "@/lib/auth/authorize";
import { isActiveMember } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { findStoredFile, type StoredFileMeta } from "./data";
import { canDownloadFile } from "./policy";

/** The allowed file's description; `not-modified` when the browser already holds this version. */
export type FileDownload = { kind: "not-modified" | "file"; file: StoredFileMeta };

/** Ids are cuids; anything else is not looked up at all. */
const FILE_ID = /^[a-z0-9]{1,64}$/;

/** `cachedVersions`: the sha256 values the browser sent in If-None-Match, "*" for any. */
export async function downloadFile(viewer: Viewer, fileId: string, cachedVersions: readonly string[] = []): Promise<FileDownload> {
  const member = authorize(viewer, isActiveMember);
  const found = FILE_ID.test(fileId) ? await findStoredFile(fileId) : null;
  if (!found || !canDownloadFile(member, found.owners)) throw new AppError("NOT_FOUND");
  const { owners: _owners, ...file } = found;
  const cached = cachedVersions.includes(file.sha256) || cachedVersions.includes("*");
  return { kind: cached ? "not-modified" : "file", file };
}
