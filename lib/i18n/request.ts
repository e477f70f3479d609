// next-intl request configuration (loaded by createNextIntlPlugin in next.config.ts). Runs once per
// request, during the server render. There is no locale in the URL: see resolveLocale for the order.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, PATHNAME_HEADER, type Locale } from "./config";
import { resolveLocale } from "./negotiate";
import { resolveTimeZone, TIME_ZONE_COOKIE } from "./time-zone";
import { loadViewer } from "@/lib/auth/viewer";
import { PUBLIC_LOCALE_HEADER } from "@/lib/http/public-pages";
import { invitationLocaleForPath as contentLocale } from "@/lib/invitations/loaders";
import { catalogs, type Messages } from "./catalogs";

export async function loadMessages(locale: Locale): Promise<Messages> {
  return catalogs[locale];
}

export default getRequestConfig(async ({ locale: requested }) => {
  const locale = isLocale(requested) ? requested : await requestLocale();
  // A public page is the same for every visitor in a language (it is cached whole): UTC, not the visitor's zone.
  const isPublicPage = isLocale((await headers()).get(PUBLIC_LOCALE_HEADER));
  return {
    locale,
    messages: await loadMessages(locale),
    // The browser's or chosen time zone, else UTC (see time-zone.ts).
    timeZone: isPublicPage ? "UTC" : resolveTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value),
  };
});

async function requestLocale(): Promise<Locale> {
  // A public page's language was chosen by the server from the address (lib/http/public-pages.ts), session-free.
  const publicLocale = (await headers()).get(PUBLIC_LOCALE_HEADER);
  if (isLocale(publicLocale)) return publicLocale;
  const [cookieStore, headerList, viewer] = await Promise.all([cookies(), headers(), loadViewer()]);
  const cookie = cookieStore.get(LOCALE_COOKIE)?.value;
  const preferred = viewer.kind === "signed-in" ? viewer.locale : null;
  return resolveLocale({
    // A signed-in member's saved language wins over the cookie and the browser.
    preferred,
    cookie,
    // Looked up only when no explicit choice would win anyway.
    content: preferred || cookie ? null : await contentLocale(headerList.get(PATHNAME_HEADER)),
    acceptLanguage: headerList.get("accept-language"),
  });
}
