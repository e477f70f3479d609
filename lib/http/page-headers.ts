import type { IncomingMessage, ServerResponse } from "node:http";
import { PATHNAME_HEADER } from "@/lib/i18n/config";
import { isPublicPagePath, PUBLIC_LOCALE_HEADER, publicPageLocale } from "./public-pages";

// Every page gets a fresh Content-Security-Policy nonce, so only scripts that Next.js itself renders (it
// marks them with the nonce it reads from the request's CSP header) can run. The platform's server
// (scripts/serve.ts) sets it on the raw request before Next.js sees it: a Next.js proxy (middleware)
// did the same at ≈ 2 ms per request, a sixth of a page's server time (README, Benchmarks).
//
// The other security headers, and the strict policy for API routes and build assets, are in next.config.ts.

/** Request header carrying the nonce, for a server component that renders its own inline script. */
export const NONCE_HEADER = "x-nonce";

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

/** A fresh nonce: a random UUID, base64-encoded (48 characters). */
export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

/** Not pages: API routes and build assets (next.config.ts's static policy) and stored files (their route's own). */
const NOT_PAGES = ["/api/", "/_next/static/", "/_next/image", "/files/"];

/** Everything else is a page (or a public file). */
export function isPagePath(pathname: string): boolean {
  return !NOT_PAGES.some((prefix) => pathname.startsWith(prefix));
}

/**
 * Before Next.js handles a page request: a fresh nonce in the request's and the response's CSP, and the
 * page's path for lib/i18n/request.ts. Headers a client sent under these names are overwritten.
 */
export function preparePageRequest(request: IncomingMessage, response: ServerResponse, isDev: boolean): void {
  const pathname = (request.url ?? "/").split("?", 1)[0]!;
  if (!isPagePath(pathname)) return;
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, isDev);
  request.headers["content-security-policy"] = policy;
  delete request.headers["content-security-policy-report-only"];
  request.headers[NONCE_HEADER] = nonce;
  request.headers[PATHNAME_HEADER] = pathname;
  delete request.headers[PUBLIC_LOCALE_HEADER];
  if (isPublicPagePath(pathname)) {
    const search = new URLSearchParams((request.url ?? "").split("?")[1] ?? "");
    request.headers[PUBLIC_LOCALE_HEADER] = publicPageLocale(search, request.headers.cookie, request.headers["accept-language"]);
  }
  response.setHeader("Content-Security-Policy", policy);
}
