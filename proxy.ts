import { NextResponse, type NextRequest } from "next/server";
import { PATHNAME_HEADER } from "@/lib/i18n/config";

// Runs before every page. It does one thing: a fresh Content-Security-Policy nonce per request, so
// only scripts that Next.js itself renders (which it marks with the nonce) can run. It does no
// authorization (loaders and actions check that); for the locale it only passes the path on: next-intl
// reads the NEXT_LOCALE cookie and Accept-Language in lib/i18n/request.ts.
//
// The other security headers, and the policy for API routes and static files, are in next.config.ts.

export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    // React needs eval in development only, for its error overlays and stack traces.
    `script-src 'self' 'nonce-${nonce}'${isDev ? " 'unsafe-eval'" : ""}`,
    // Next.js and next/font inject style tags and style attributes that carry no nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");

  // Next.js reads the nonce from the request's CSP header and adds it to the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-nonce", nonce);
  // The page's path, for a page whose content carries its own language (lib/i18n/request.ts).
  requestHeaders.set(PATHNAME_HEADER, request.nextUrl.pathname);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages, metadata routes (robots.txt) and public files. API routes and build assets get a static,
  // stricter policy from next.config.ts instead.
  matcher: ["/((?!api/|_next/static/|_next/image).*)"],
};
