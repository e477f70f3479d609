// The address a request comes from, for per-address rate limits.
//
// Only a reverse proxy can know it. X-Forwarded-For is a list each proxy appends to; its leftmost entries
// are whatever the client chose to send, so only the entries our own proxies appended can be believed.
// TRUSTED_PROXIES says how many proxies there are (like Express's "trust proxy" hop count): with N, the
// client is the Nth entry from the right, the one the outermost proxy appended (nginx:
// `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;`). With 0 (the default) the header is
// ignored: `next start` passes it through as the client sent it (it only fills it in from the socket
// when absent, and we cannot tell which happened). The address is then "unknown", for which the
// per-address limits do not apply (see limits.ts: one shared counter would let anyone lock everybody out);
// the per-account limits still hold. X-Real-IP is not read: a proxy that sets only it leaves Next to fill
// X-Forwarded-For with the proxy's own address.
import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";

export const UNKNOWN_ADDRESS = "unknown";

type HeaderSource = { get(name: string): string | null };

/**
 * The client's IP address as the trusted proxies saw it. IPv6 addresses are reduced to their /64
 * network, because one household or phone typically holds a whole /64 and could otherwise rotate through it.
 */
export function clientAddress(headers: HeaderSource, trustedProxies: number = env().TRUSTED_PROXIES ?? 0): string {
  if (trustedProxies < 1) return UNKNOWN_ADDRESS;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => hop !== "");
  if (hops.length === 0) return UNKNOWN_ADDRESS;
  // Fewer entries than proxies: the request skipped some of them; the leftmost is the furthest we know.
  const appendedByOutermostProxy = hops[Math.max(0, hops.length - trustedProxies)];
  return normalizeAddress(appendedByOutermostProxy) ?? UNKNOWN_ADDRESS;
}

/**
 * A canonical form of an IP address (with an optional port, brackets or zone id), or null if it is not
 * one. `ipaddr.js` validates and parses; IPv4 must be plain dotted decimal (no "127.1", octal or hex).
 */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  // Proxies write "[2001:db8::1]:443" and "192.0.2.1:51234"; neither form is an address to ipaddr.js.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  // A zone id ("%eth0") names the receiving interface, not the client.
  value = value.replace(/%.*$/, "");
  if (ipaddr.IPv4.isValidFourPartDecimal(value)) return ipaddr.IPv4.parse(value).toString();
  if (!ipaddr.IPv6.isValid(value)) return null;
  const address = ipaddr.IPv6.parse(value);
  // An IPv4 client seen through an IPv6 socket (::ffff:192.0.2.1) is that IPv4 client.
  if (address.isIPv4MappedAddress()) return address.toIPv4Address().toString();
  return `${address.parts.slice(0, 4).map((part) => part.toString(16)).join(":")}::/64`;
}
