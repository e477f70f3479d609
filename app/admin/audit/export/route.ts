import { loadAuditExport } from "@/lib/audit/loaders";
import { auditFilterSchema } from "@/lib/audit/schema";
import { firstValues } from "@/lib/search-params";

// The audit log as CSV, with the viewer's filters, for admins; anyone else gets a 404 like any unknown address.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const filter = auditFilterSchema.parse(firstValues(Object.fromEntries(new URL(request.url).searchParams)));
  const stream = await loadAuditExport(filter);
  if (!stream) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
