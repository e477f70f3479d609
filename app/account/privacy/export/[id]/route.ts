import { loadExportDownload } from "@/lib/privacy/loaders";

// A member's data export, to its owner only while it is offered (lib/privacy/service.ts decides); anyone else
// gets the same 404. Streamed piece by piece from the database, never cached, always saved as a file.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/account/privacy/export/[id]">): Promise<Response> {
  const { id } = await params;
  const download = await loadExportDownload(id);
  if (!download) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store", "content-type": "text/plain; charset=utf-8" } });
  const chunks = download.chunks();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "application/zip",
      "content-length": String(download.byteSize),
      "content-disposition": `attachment; filename="${download.fileName}"`,
      "cache-control": "no-store, private",
      "x-content-type-options": "nosniff",
    },
  });
}
