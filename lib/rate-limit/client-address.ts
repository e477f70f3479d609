// The address a request comes from, for per-address rate limits.
//
// Only a reverse proxy can know it: the app must run behind one that SETS (overwrites, not appends to)
// X-Forwarded-For or X-Real-IP with the address it received the connection from — e.g. nginx
// `proxy_set_header X-Forwarded-For $remote_addr;` or `proxy_set_header X-Real-IP $remote_addr;`.
// Without such a proxy a client can send any value and escape per-address limits (the per-account limits
// still hold). We read the first hop of X-Forwarded-For, then X-Real-IP, and fall back to "unknown", for
// which the per-address limits do not apply (see limits.ts: one shared counter would let anyone lock
// everybody out).
import { isIP } from "node:net";

export const UNKNOWN_ADDRESS = "unknown";

type HeaderSource = { get(name: string): string | null };

/**
 * The client's IP address from the trusted proxy's headers. IPv6 addresses are reduced to their /64
 * network, because one household or phone typically holds a whole /64 and could otherwise rotate through it.
 */
export function clientAddress(headers: HeaderSource): string {
  const candidates = [headers.get("x-forwarded-for")?.split(",")[0], headers.get("x-real-ip")];
  for (const candidate of candidates) {
    const address = normalizeAddress(candidate);
    if (address) return address;
  }
  return UNKNOWN_ADDRESS;
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
