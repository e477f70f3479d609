import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl without locale routing: the locale comes from lib/i18n/request.ts, not from the URL.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Sent with every response. The Content-Security-Policy of pages is set per request by the server
// (lib/http/page-headers.ts: it carries a nonce); API routes and build assets get the strict policy below.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Nothing leaves the site: other origins get no referrer at all. Not "no-referrer", because under that
  // policy browsers send `Origin: null` on same-site form posts, and Next.js then (rightly) rejects
  // server actions submitted before JavaScript has loaded.
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=(), " +
      "serial=(), hid=(), display-capture=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
// A closed network: nothing is for search engines — except the public pages (the campaigns, the Bangkok Rules
// explainer), whose own robots meta says whether they may be indexed (a campaign's choice; README, "Public pages").
const noIndex = { key: "X-Robots-Tag", value: "noindex, nofollow" };
const NOT_PUBLIC_PAGES = "/:path((?!campaigns(?:/|$)|bangkok-rules$).*)";

// For JSON from API routes and for build assets: nothing in them should ever run or load anything.
const lockedDownCsp = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" };
// Stored files are sandboxed besides (lib/files/download-response.ts sets the same on every file it serves).
const fileCsp = { key: "Content-Security-Policy", value: "sandbox; default-src 'none'; frame-ancestors 'none'" };

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked once, by `npm test` (tsc --noEmit, before the build); checking them again inside
  // `next build` doubled a newcomer's first `npm start` and the CI build.
  typescript: { ignoreBuildErrors: true },
  // Native or WASM packages that must be loaded by Node at run time rather than bundled; pg-boss, whose
  // stray rejections lib/jobs/worker.ts recognises by their stack (its files under node_modules/pg-boss); and
  // unpdf, whose PDF.js build (text extraction, lib/files) is loaded on first use, not on every start; and
  // file-type (lib/files), loaded through its Node entry as the tests load it, not its browser build; pdfkit and
  // fontkit (lib/pdf), loaded by Node as the tests and the benchmark load them, with their own data files.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "file-type", "fontkit", "pdfkit", "pg", "pg-boss", "sharp", "unpdf"],
  // A photo or logo may be up to 8 MB (lib/files/images.ts); the form's other fields are small.
  experimental: { serverActions: { bodySizeLimit: "9mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: NOT_PUBLIC_PAGES, headers: [noIndex] },
      { source: "/api/:path*", headers: [lockedDownCsp] },
      { source: "/_next/static/:path*", headers: [lockedDownCsp] },
      { source: "/_next/image", headers: [lockedDownCsp] },
      { source: "/files/:path*", headers: [fileCsp] },
    ];
  },
};

export default withNextIntl(nextConfig);
