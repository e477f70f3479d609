import { readMultipartUpload } from "@/lib/files/upload";
import { isSameOriginPost } from "@/lib/http/same-origin";
import { platformUrl } from "@/lib/links";
import { loadUploadPermission } from "@/lib/resources/loaders";

// The first step of sharing a file (README, "Resources"): a plain multipart form post, read as a stream by
// lib/files (the file goes into storage chunk by chunk, typed from its content, at most 25 MB: a server action
// would buffer the whole body). The stored file stays unclaimed (it expires by itself) until the second step —
// the description, a server action — claims it in the resource's transaction. Answers 303: to the form with the
// file's ticket, or back with the refusal's code (shown on the file field). Same-origin posts only.
export const dynamic = "force-dynamic";

const see = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginPost(request.headers, new URL(platformUrl("/")).origin)) return new Response(null, { status: 403 });
  const forId = new URL(request.url).searchParams.get("for");
  const back = forId && /^[a-z0-9]{1,40}$/.test(forId) ? `/resources/${forId}/edit` : "/resources/new";
  const permission = await loadUploadPermission(forId && /^[a-z0-9]{1,40}$/.test(forId) ? forId : null);
  if (!permission.ok) {
    if (permission.code === "UNAUTHENTICATED") return see(`/sign-in?next=${encodeURIComponent(back)}`);
    if (permission.code === "RATE_LIMITED") return see(`${back}?as=file&fileError=RATE_LIMITED`);
    return new Response(null, { status: 404 });
  }
  const upload = permission.value;
  const { file, refusal } = await readMultipartUpload(request, { kind: "RESOURCE" });
  if (refusal || !file) return see(`${back}?as=file&fileError=${refusal?.code ?? "FILE_MISSING"}`);
  return see(`${upload.next}?as=file&file=${encodeURIComponent(upload.sign(file.id))}`);
}
