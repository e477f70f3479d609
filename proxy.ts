// The one thing the app asks Next.js's proxy for: a withdrawn spotlight's page answers 410 Gone (Next.js has
// notFound() but no gone()). The proxy runs only on spotlight addresses (the matcher), asks whether the consent
// was withdrawn, and if so lets the page render its "no longer public" content with the status 410. Everything
// else (CSP nonces, the public pages' language) is set by the server before Next.js (scripts/serve.ts): a proxy
// on every request cost ≈ 2 ms each (README, Benchmarks).
import { NextResponse, type NextRequest } from "next/server";
// The public service itself, not lib/campaigns/loaders.ts: no session, no React, nothing else in the proxy's bundle.
import { publicSpotlightPage } from "@/lib/campaigns/public-service";

function segment(value: string | undefined): string | null {
  try {
    return value ? decodeURIComponent(value) : null;
  } catch {
    return null; // malformed: the page's own 404
  }
}

export async function proxy(request: NextRequest) {
  const [, , slug, spotlight] = request.nextUrl.pathname.split("/").map(segment);
  if (slug && spotlight && (await publicSpotlightPage(slug, spotlight, "en")).status === "gone") return NextResponse.next({ status: 410 });
  return NextResponse.next();
}

export const config = {
  // /campaigns/<slug>/<spotlight> exactly: not its photo or share image, not the campaign page.
  matcher: [{ source: "/campaigns/:slug/:spotlight", missing: [{ type: "header", key: "next-action" }] }],
};
