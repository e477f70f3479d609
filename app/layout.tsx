import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ErrorTextsProvider } from "@/components/shell/error-texts";
import { PublicSiteFooter, PublicSiteHeader } from "@/components/shell/public-shell";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { SkipLink } from "@/components/shell/skip-link";
import { pageNonce } from "@/lib/http/page-nonce";
import { platformUrl } from "@/lib/links";
import { isPublicPagePath } from "@/lib/http/public-pages";
import { PATHNAME_HEADER } from "@/lib/i18n/config";
import { inter } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return {
    // Absolute addresses in metadata (the public pages' share images) are the platform's own (AUTH_URL), never the Host header's.
    metadataBase: new URL(platformUrl("/")),
    title: { default: t("siteTitle"), template: `%s · ${t("siteTitle")}` },
    description: t("description"),
    applicationName: t("siteTitle"),
    // A closed network: nothing here is for search engines (robots.txt says the same).
    robots: { index: false, follow: false },
    referrer: "same-origin", // see the Referrer-Policy header in next.config.ts
    formatDetection: { telephone: false, email: false, address: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#ffffff",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // pageNonce() refuses to render a page that would go out without its Content-Security-Policy.
  const [locale, errors, , headerList] = await Promise.all([getLocale(), getTranslations("Errors"), pageNonce(), headers()]);
  // The public pages (campaigns, the Rules explainer) get a header and footer that read no session: the same
  // page for every visitor in a language, so the server can cache it (README, "Public pages").
  const isPublic = isPublicPagePath(headerList.get(PATHNAME_HEADER) ?? "");
  return (
    <html lang={locale} className={inter.variable}>
      <body className="flex min-h-dvh flex-col">
        {/* The shell's client components translate nothing, and the error page gets its texts as strings: a
            page loads next-intl's client only when its own client components translate (ClientMessages). */}
        <ErrorTextsProvider texts={{ errorTitle: errors("errorTitle"), errorBody: errors("errorBody"), retry: errors("retry"), goHome: errors("goHome") }}>
          <SkipLink />
          {isPublic ? <PublicSiteHeader /> : <SiteHeader />}
          <main id="main" tabIndex={-1} className="flex-1">
            {children}
          </main>
          {isPublic ? <PublicSiteFooter /> : <SiteFooter />}
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
