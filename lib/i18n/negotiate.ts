// Pure locale negotiation: no Next.js, no request objects, so it can be unit-tested and reused anywhere.
import Negotiator from "negotiator";
import { defaultLocale, isLocale, locales, type Locale } from "./config";

// Accept-Language comes from the client; cap the work done on it.
const MAX_HEADER_LENGTH = 4096;
const MAX_RANGES = 32;

function negotiatorFor(header: string): Negotiator {
  const capped = header.slice(0, MAX_HEADER_LENGTH).split(",").slice(0, MAX_RANGES).join(",");
  return new Negotiator({ headers: { "accept-language": capped } });
}

/**
 * The supported locale a single language tag asks for, if any: exact match first, then the primary
 * language ("pt-BR" -> "pt", "es-419" -> "es", "fr-CA" -> "fr").
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const normalized = tag.trim().toLowerCase().replace(/_/g, "-");
  if (isLocale(normalized)) return normalized;
  const primary = normalized.split("-")[0];
  return isLocale(primary) ? primary : undefined;
}

/**
 * The best supported locale for an Accept-Language header, or undefined when none is acceptable.
 * `negotiator` parses the header and orders its ranges (quality, then the browser's order; q=0 and
 * unreadable qualities dropped). The first range naming a supported language, exactly or by its primary
 * language, wins: among equal qualities the browser's order counts, so "pt-BR,en" (how navigator.languages
 * reads when joined) stays Portuguese, which negotiator's own matching would turn into English because an
 * exact match outranks a regional one there.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | undefined {
  // An absent header means "anything" to negotiator; here it means the browser said nothing.
  if (!acceptLanguage) return undefined;
  const negotiator = negotiatorFor(acceptLanguage);
  for (const tag of negotiator.languages()) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  // Only "*" can still match: any language not refused with q=0, the default first.
  const wildcard = negotiator.language(locales);
  return isLocale(wildcard) ? wildcard : undefined;
}

export type LocaleSources = {
  /** The signed-in member's saved preference (fed by the membership issue; null/undefined for now). */
  preferred?: string | null;
  /** The NEXT_LOCALE cookie set by the language switcher. */
  cookie?: string | null;
  /** The language the page's content was written for (an invitation's), if it has one. */
  content?: string | null;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | null;
};

/**
 * Picks the locale for a request: the member's saved preference, then the language-switcher cookie (both
 * explicit choices), then the language of the page's content (an invitation sent in French opens in
 * French), then the browser's Accept-Language, then English. Invalid values at any step are ignored.
 */
export function resolveLocale({ preferred, cookie, content, acceptLanguage }: LocaleSources): Locale {
  return matchLocale(preferred) ?? matchLocale(cookie) ?? matchLocale(content) ?? negotiateLocale(acceptLanguage) ?? defaultLocale;
}
