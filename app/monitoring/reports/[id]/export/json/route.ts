import { loadReportExport } from "@/lib/monitoring-export/loaders";

// A monitoring report, its findings and recommendations as one JSON document (README, "Exports: PDF, JSON,
// CSV"), for whoever may read it; anyone else gets the same 404 as for a report that does not exist.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/monitoring/reports/[id]/export/json">): Promise<Response> {
  const { id } = await params;
  return loadReportExport(id, { kind: "json" });
}
