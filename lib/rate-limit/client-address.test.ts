import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress } from "./client-address";

const from = (headers: Record<string, string>) => clientAddress(new Headers(headers));

describe("clientAddress", () => {
  it("takes the first hop of X-Forwarded-For, then X-Real-IP", () => {
    expect(from({ "x-forwarded-for": "203.0.113.7, 10.0.0.2, 10.0.0.1", "x-real-ip": "10.0.0.1" })).toBe("203.0.113.7");
    expect(from({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(from({ "x-forwarded-for": "garbage", "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
  });

  it('says "unknown" when no trusted proxy told us', () => {
    expect(from({})).toBe("unknown");
    expect(from({ "x-forwarded-for": "", "x-real-ip": "not-an-ip" })).toBe("unknown");
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
});
