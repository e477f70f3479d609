import { loadReportExport } from "@/lib/monitoring-export/loaders";

// A monitoring report as a PDF in its language (drafts watermarked), for whoever may read it; anyone else gets
// the same 404 as for a report that does not exist. Streamed as pdfkit lays it out.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/monitoring/reports/[id]/export/pdf">): Promise<Response> {
  const { id } = await params;
  return loadReportExport(id, { kind: "pdf" });
}
