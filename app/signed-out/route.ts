import { loadViewer } from "@/lib/auth/viewer";

// Where sign-out lands: it tells the browser to drop what it cached and stored for the platform (photos,
// pages kept for the back button, unsent drafts), so the next person on a shared phone finds nothing, then
// sends it home. Only a signed-out browser is told, so a link here cannot wipe a signed-in member's drafts.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const viewer = await loadViewer();
  const headers = new Headers({ location: "/", "cache-control": "no-store" });
  if (viewer.kind !== "signed-in") headers.set("clear-site-data", '"cache", "storage"');
  return new Response(null, { status: 303, headers });
}
