// Pure locale negotiation: no Next.js, no request objects, so it can be unit-tested and reused anywhere.
import { defaultLocale, isLocale, type Locale } from "./config";

export type LanguageRange = { tag: string; quality: number };

// Accept-Language comes from the client; cap the work done on it.
const MAX_HEADER_LENGTH = 4096;
const MAX_RANGES = 32;

/**
 * Parses an Accept-Language header into language ranges, best first. Ranges with q=0 ("not acceptable")
 * and malformed entries are dropped; ties keep the order the browser sent.
 */
export function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
  if (!header) return [];
  const ranges: Array<LanguageRange & { index: number }> = [];
  const parts = header.slice(0, MAX_HEADER_LENGTH).split(",").slice(0, MAX_RANGES);
  parts.forEach((part, index) => {
    const [rawTag = "", ...params] = part.split(";");
    const tag = rawTag.trim().toLowerCase();
    if (tag !== "*" && !/^[a-z]{1,8}(-[a-z0-9]{1,8})*$/.test(tag)) return;
    let quality = 1;
    for (const param of params) {
      const [key = "", value = ""] = param.split("=").map((s) => s.trim());
      if (key.toLowerCase() !== "q") continue;
      if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return;
      quality = Number(value);
    }
    if (quality > 0) ranges.push({ tag, quality, index });
  });
  ranges.sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranges.map(({ tag, quality }) => ({ tag, quality }));
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

/** The best supported locale for an Accept-Language header, or undefined when none is acceptable. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | undefined {
  const ranges = parseAcceptLanguage(acceptLanguage);
  for (const { tag } of ranges) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  // "*" means any language will do: the default is as good as any.
  return ranges.some(({ tag }) => tag === "*") ? defaultLocale : undefined;
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
