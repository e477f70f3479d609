// The one check for every redirect whose target comes from the visitor (sign-in's `next`, the language
// switcher's `returnTo`): only a path on this site, judged AFTER the URL parser has normalized it —
// "/.//evil.example" is a path when read as text but becomes "//evil.example" (another host) once its
// dot segment is resolved.

const BASE = new URL("http://return.invalid");
const MAX_LENGTH = 2048;
/** C0 controls, DEL and backslashes (browsers read "\" as "/" in URLs). */
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

/** `value` if it is a same-site path ("/board?page=2#top"), normalized; otherwise `fallback`. */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !value.startsWith("/")) return fallback;
  const decoded = decodeOrNull(value);
  // Encoded controls or backslashes ("/%09/evil", "/%5Cevil") are refused like raw ones.
  if (decoded === null || FORBIDDEN.test(value) || FORBIDDEN.test(decoded)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "//host" after normalization, or once a proxy or the browser decodes "%2F" ("/%2F%2Fevil").
  if (startsLikeAnotherHost(url.pathname) || startsLikeAnotherHost(decodeOrNull(url.pathname) ?? "//")) return fallback;
  return path;
}

function startsLikeAnotherHost(path: string): boolean {
  return !path.startsWith("/") || /^\/[/\\]/.test(path);
}

function decodeOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
