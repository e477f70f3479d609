// The pages anyone on the internet may see: the public campaigns and the Bangkok Rules explainer. They are the
// same for every visitor in a language — no session is read, the header is the public one — so the server can
// cache them whole (README, "Public pages"). Their language comes from the address (`?lang=es`), else the
// language switcher's cookie, else the browser; never from a member's saved preference, which would make a
// cached page depend on who asked first.
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import { resolveLocale } from "@/lib/i18n/negotiate";

/** Request header the server sets on a public page's request: the language it renders in. */
export const PUBLIC_LOCALE_HEADER = "x-wipn-public-locale";

/** The Bangkok Rules explainer's address. */
export const RULES_EXPLAINER_PATH = "/bangkok-rules";

export function isPublicPagePath(pathname: string): boolean {
  return pathname === "/campaigns" || pathname.startsWith("/campaigns/") || pathname === RULES_EXPLAINER_PATH;
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/** The language a public page renders in, from its address, the switcher's cookie or the browser. */
export function publicPageLocale(search: URLSearchParams, cookieHeader: string | undefined, acceptLanguage: string | undefined): Locale {
  const asked = search.get("lang");
  if (asked && isLocale(asked)) return asked;
  return resolveLocale({ cookie: cookieValue(cookieHeader, LOCALE_COOKIE), acceptLanguage });
}

/** A link between public pages, keeping the language the visitor chose (`?lang=`: no cookie is set). */
export function publicPagePath(path: string, locale: Locale): string {
  return `${path}?lang=${locale}`;
}
