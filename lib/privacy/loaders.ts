import "server-only";
import { cache } from "react";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { dataRightsOverview, downloadDataExport, type ExportDownload } from "./service";

// What the privacy page shows of the member's data rights, through the service (which authorizes).

export const loadDataRights = cache(() => forPage("/account/privacy", (viewer) => dataRightsOverview(viewer)));

/** The download of an export for this request's viewer; null (a 404, the same for everyone) when it is not theirs to have. */
export async function loadExportDownload(exportId: string): Promise<ExportDownload | null> {
  try {
    return await downloadDataExport(await loadViewer(), exportId);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}
