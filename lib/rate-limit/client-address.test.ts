import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress } from "./client-address";

/** Behind one trusted proxy unless told otherwise. */
const from = (headers: Record<string, string>, trustedProxies = 1) => clientAddress(new Headers(headers), trustedProxies);

describe("clientAddress", () => {
  it("takes the address the trusted proxy appended, never what the client put before it", () => {
    // The client sent "203.0.113.7, 10.0.0.2"; our one proxy appended the address it saw.
    expect(from({ "x-forwarded-for": "203.0.113.7, 10.0.0.2, 198.51.100.4" })).toBe("198.51.100.4");
    expect(from({ "x-forwarded-for": "198.51.100.4" })).toBe("198.51.100.4");
  });

  it("counts hops from the right with several proxies (a load balancer, then nginx)", () => {
    expect(from({ "x-forwarded-for": "1.2.3.4, 198.51.100.4, 10.0.0.5" }, 2)).toBe("198.51.100.4");
    // Fewer entries than proxies: the leftmost is the furthest address known.
    expect(from({ "x-forwarded-for": "198.51.100.4" }, 2)).toBe("198.51.100.4");
  });

  it("ignores X-Forwarded-For and X-Real-IP without a trusted proxy (TRUSTED_PROXIES unset or 0)", () => {
    expect(from({ "x-forwarded-for": "203.0.113.7" }, 0)).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.7" }))).toBe("unknown");
    expect(from({ "x-real-ip": "198.51.100.4" })).toBe("unknown");
  });

  it('says "unknown" when the trusted entry is missing or not an address', () => {
    expect(from({})).toBe("unknown");
    expect(from({ "x-forwarded-for": " , " })).toBe("unknown");
    expect(from({ "x-forwarded-for": "198.51.100.4, garbage" })).toBe("unknown");
  });

  it("reduces IPv6 addresses to their /64, and unwraps IPv4 seen through IPv6", () => {
    expect(from({ "x-forwarded-for": "2001:DB8:1:2:aaaa:bbbb:cccc:dddd" })).toBe("2001:db8:1:2::/64");
    expect(from({ "x-forwarded-for": "2001:db8:1:2::9" })).toBe("2001:db8:1:2::/64");
    expect(from({ "x-forwarded-for": "::ffff:192.0.2.1" })).toBe("192.0.2.1");
    expect(from({ "x-forwarded-for": "::1" })).toBe("0:0:0:0::/64");
  });

  it("drops ports and brackets", () => {
    expect(normalizeAddress("192.0.2.1:51234")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normalizeAddress("999.1.1.1")).toBeNull();
  });

  it("accepts only plain addresses", () => {
    expect(normalizeAddress(" 192.0.2.1 ")).toBe("192.0.2.1");
    expect(normalizeAddress("[192.0.2.1]:80")).toBe("192.0.2.1");
    expect(normalizeAddress("[::ffff:192.0.2.1]:8080")).toBe("192.0.2.1");
    expect(normalizeAddress("::ffff:c000:0201")).toBe("192.0.2.1");
    expect(normalizeAddress("1:2:3:4:5:6:1.2.3.4")).toBe("1:2:3:4::/64");
    expect(normalizeAddress("2001:db8::1%25en0.1")).toBe("2001:db8:0:0::/64");
    for (const notAnAddress of ["127.1", "0x7f.0.0.1", "010.0.0.1", "1.2.3", "1::2::3", "12345::1", "g::1", "[2001:db8::1", "192.0.2.1:", "", "unknown"]) {
      expect(normalizeAddress(notAnAddress), notAnAddress).toBeNull();
    }
    expect(normalizeAddress(null)).toBeNull();
  });

  it("reads the deprecated IPv4-compatible form (::192.0.2.1) as that IPv4 client, as ipaddr.js does", () => {
    expect(normalizeAddress("::192.0.2.1")).toBe("192.0.2.1");
  });
});
