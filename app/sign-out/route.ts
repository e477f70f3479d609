import { signOutThisBrowser } from "@/lib/auth/sign-out";

// Signing out is a plain form post here (not a server action) so that its answer can carry
// Clear-Site-Data: the browser drops what it cached and stored for the platform (photos, pages kept for the
// back button, unsent drafts), and the next person on a shared phone finds nothing. Same-origin posts only,
// so no other site can sign a member out or wipe her drafts.
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  await signOutThisBrowser();
  return new Response(null, { status: 303, headers: { location: "/", "cache-control": "no-store", "clear-site-data": '"cache", "storage"' } });
}

function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  return origin !== null && origin !== "null" && new URL(origin).host === request.headers.get("host");
}
