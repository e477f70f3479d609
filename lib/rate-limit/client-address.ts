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
import { isIP } from "node:net";
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

/** A canonical form of an IP address (with an optional port or brackets), or null if it is not one. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "").toLowerCase();
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return null;
  const groups = expandIPv6(value);
  // An IPv4 client seen through an IPv6 socket (::ffff:192.0.2.1) is that IPv4 client.
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
  }
  return `${groups.slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (which may end in dotted IPv4). */
function expandIPv6(address: string): number[] {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split(".").map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
