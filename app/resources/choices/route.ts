import { getTranslations } from "next-intl/server";
import { loadResourceChoices } from "@/lib/resources/loaders";

// The attachment picker's search (components/resources/attachment-picker.tsx): resources the member may attach,
// matching the words of `q`, as JSON. A GET, so typing can cancel the previous question; private and never cached.
// Without JavaScript the composers take resource addresses instead and show them in the preview.
export const dynamic = "force-dynamic";

const headers = { "content-type": "application/json; charset=utf-8", "cache-control": "private, no-store" };

export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const outcome = await loadResourceChoices(q);
  if (!outcome.ok) return new Response(JSON.stringify({ items: [] }), { status: outcome.code === "UNAUTHENTICATED" ? 401 : 403, headers });
  const types = await getTranslations("ResourceTypes");
  const items = outcome.value.map((choice) => ({ ...choice, typeLabel: types(choice.type as never) }));
  return new Response(JSON.stringify({ items }), { headers });
}
