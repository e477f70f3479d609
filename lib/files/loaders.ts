import "server-only";
// For the download route (app/files/[id]): the request's viewer in, the download or nothing out. Every
// refusal (nobody signed in, not a member, not allowed, no such file) is the same "nothing", which the
// route answers with one 404.
import { loadViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { downloadFile, type FileDownload } from "./download-service";

export type { FileDownload } from "./download-service";

const NOT_SHOWN = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];

export async function loadFileDownload(fileId: string, cachedVersions: readonly string[]): Promise<FileDownload | null> {
  try {
    return await downloadFile(await loadViewer(), fileId, cachedVersions);
  } catch (error) {
    if (error instanceof AppError && NOT_SHOWN.includes(error.code)) return null;
    throw error;
  }
}
