// The cross-site check of a route handler that takes form posts (server actions have Next's own). Browsers send
// Sec-Fetch-Site; without it, Origin must be the platform's own (AUTH_URL) — never compared with the Host header,
// which the client sends as well. Anything unreadable is refused.

/** Whether a POST with these headers came from the platform's own pages at `platformOrigin`. */
export function isSameOriginPost(headers: Headers, platformOrigin: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = headers.get("origin");
  if (!origin || !URL.canParse(origin)) return false;
  return new URL(origin).origin === platformOrigin;
}
