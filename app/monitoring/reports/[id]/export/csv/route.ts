import { loadReportExport } from "@/lib/monitoring-export/loaders";

// A monitoring report's findings as CSV (`?table=recommendations`: its recommendations), UTF-8 with a byte
// order mark for spreadsheet programs, formula-safe cells; for whoever may read it, a 404 for anyone else.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/monitoring/reports/[id]/export/csv">): Promise<Response> {
  const { id } = await params;
  const table = new URL(request.url).searchParams.get("table") === "recommendations" ? "recommendations" : "findings";
  return loadReportExport(id, { kind: "csv", table });
}
