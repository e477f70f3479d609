import "server-only";
// Absolute addresses of the public pages, for their metadata (canonical, alternate languages, og:url), share
// links, robots.txt and the sitemap. From AUTH_URL (lib/links.ts), never from the request's Host header.
import type { Locale } from "@/lib/i18n/config";
import { platformUrl } from "@/lib/links";

/** A public page's address in one language: `?lang=` picks it, whoever follows the link. */
export function publicPageUrl(path: string, locale?: Locale): string {
  return platformUrl(locale ? `${path}?lang=${locale}` : path);
}

/** canonical (this language's address) and alternates: one per language the page is written in, x-default without `?lang=`. */
export function publicPageAlternates(path: string, locale: Locale, available: readonly Locale[]) {
  return {
    canonical: publicPageUrl(path, locale),
    languages: Object.fromEntries([...available.map((entry) => [entry, publicPageUrl(path, entry)]), ["x-default", publicPageUrl(path)]]),
  };
}
