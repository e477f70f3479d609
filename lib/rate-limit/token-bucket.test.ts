import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { publicClientAddress, TokenBuckets } from "./token-bucket";

describe("TokenBuckets", () => {
  it("allows a burst, then the rate, and says how long to wait", () => {
    let now = 0;
    const buckets = new TokenBuckets({ perSecond: 2, burst: 3, now: () => now });
    expect([buckets.take("a"), buckets.take("a"), buckets.take("a")]).toEqual([0, 0, 0]);
    expect(buckets.take("a")).toBe(1);
    // Another address has its own bucket.
    expect(buckets.take("b")).toBe(0);
    now = 500; // one token back
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBe(1);
    now = 60_000; // never more than the burst
    expect([buckets.take("a"), buckets.take("a"), buckets.take("a"), buckets.take("a")]).toEqual([0, 0, 0, 1]);
  });

  it("says a longer wait at a slow rate", () => {
    const buckets = new TokenBuckets({ perSecond: 0.1, burst: 1, now: () => 0 });
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBe(10);
  });

  it("forgets the least recently seen addresses beyond its size", () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 1, maxAddresses: 2, now: () => 0 });
    buckets.take("a");
    buckets.take("b");
    buckets.take("a");
    buckets.take("c");
    expect(buckets.size).toBe(2);
    // b was forgotten (starts full again); a was not.
    expect(buckets.take("b")).toBe(0);
    expect(buckets.take("c")).toBe(1);
  });
});

describe("publicClientAddress", () => {
  function request(remoteAddress: string, forwardedFor?: string) {
    const socket = new Socket();
    Object.defineProperty(socket, "remoteAddress", { value: remoteAddress });
    const message = new IncomingMessage(socket);
    message.headers = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
    return message;
  }

  it("is the connection's address without trusted proxies, whatever X-Forwarded-For says", () => {
    expect(publicClientAddress(request("::ffff:192.0.2.7", "198.51.100.1"), 0)).toBe("192.0.2.7");
    expect(publicClientAddress(request("2001:db8:1:2:3:4:5:6"), 0)).toBe("2001:db8:1:2::/64");
  });

  it("is the entry the outermost trusted proxy appended behind proxies", () => {
    expect(publicClientAddress(request("10.0.0.1", "198.51.100.1, 203.0.113.9"), 1)).toBe("203.0.113.9");
  });
});
