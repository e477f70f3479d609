import "server-only";
// A stored file as an HTTP response, streamed from its chunks. Authorization is the caller's: the photo
// route (app/files/[id]) asks download-service.ts, a resource's download route asks the resources service,
// then either hands over the file id.
import { findStoredFileMeta, type StoredFileMeta } from "./data";
import { fileNotFoundResponse, fileResponse, type FileResponseOptions } from "./download-response";
import { openFileStream } from "./storage";

export type { FileResponseOptions } from "./download-response";

/**
 * The response for a stored file (200, 206 for a single Range, 304 for If-None-Match, 416), or the one 404
 * when it does not exist (or is still being uploaded). `file` is its id or its already-read description.
 */
export async function fileDownloadResponse(file: string | StoredFileMeta, request: Request, options: FileResponseOptions = {}): Promise<Response> {
  const meta = typeof file === "string" ? await findStoredFileMeta(file) : file;
  if (!meta) return fileNotFoundResponse();
  return fileResponse(meta, request, (range) => openFileStream(meta.id, range), options);
}
