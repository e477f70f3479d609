import { readMultipartUpload } from "@/lib/files/upload";
import { isSameOriginPost } from "@/lib/http/same-origin";
import { platformUrl } from "@/lib/links";
import { loadEvidenceAttachment, loadEvidenceUploadPermission } from "@/lib/monitoring/loaders";

// A file uploaded as a finding's evidence (README, "Monitoring reports"): a plain multipart form post from the
// draft's page, read as a stream by lib/files (typed from its content, images re-encoded without metadata, at most
// 25 MB), then claimed as the finding's evidence by the monitoring service — or deleted when refused. Answers 303
// back to the form's section, with what was done or the refusal's code (shown on its field). Same-origin only.
export const dynamic = "force-dynamic";

const see = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });

/** The refusal's code for the form: lib/files' codes as they are, the monitoring service's by their message key. */
function codeOf(error: { code: string; messageKey?: string }): string {
  const key = error.messageKey?.startsWith("MonitoringErrors.") ? error.messageKey.slice("MonitoringErrors.".length) : null;
  return key ?? error.code;
}

export async function POST(request: Request, { params }: RouteContext<"/monitoring/reports/[id]/evidence">): Promise<Response> {
  if (!isSameOriginPost(request.headers, new URL(platformUrl("/")).origin)) return new Response(null, { status: 403 });
  const { id } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(id)) return new Response(null, { status: 404 });
  const back = (query: string) => see(`/monitoring/reports/${id}/edit?${query}#evidence`);
  const permission = await loadEvidenceUploadPermission(id);
  if (!permission.ok) {
    if (permission.code === "UNAUTHENTICATED") return see(`/sign-in?next=${encodeURIComponent(`/monitoring/reports/${id}/edit`)}`);
    if (permission.code === "RATE_LIMITED") return back(`evidenceError=${codeOf(permission.error)}`);
    // The report can no longer change (sent for review, withdrawn): its page says where it stands.
    if (permission.code === "FORBIDDEN") return see(`/monitoring/reports/${id}`);
    return new Response(null, { status: 404 });
  }
  const { fields, file, refusal } = await readMultipartUpload(request, { kind: "MONITORING_EVIDENCE", maxFields: 10, maxFieldBytes: 4096 });
  const rule = /^\d{1,2}$/.test(String(fields.get("ruleNumber") ?? "")) ? `&rule=${String(fields.get("ruleNumber"))}` : "";
  if (refusal || !file) return back(`evidenceError=${refusal?.code ?? "FILE_MISSING"}${rule}`);
  const attached = await loadEvidenceAttachment({ ...Object.fromEntries(fields.entries()), reportId: id }, file.id);
  if (!attached.ok) return attached.code === "FORBIDDEN" ? see(`/monitoring/reports/${id}`) : back(`evidenceError=${codeOf(attached.error)}${rule}`);
  return back(`done=evidenceAdded${rule}`);
}
