// Per-address limits for the public pages, in memory. The platform's other limits (limits.ts) are counted in
// PostgreSQL so they hold across instances; the public pages are the one place a campaign going viral may send
// thousands of requests a second, and a database write per request would be the load the limit is there to
// prevent. So: a token bucket per client address in each web process (`burst` requests at once, then `perSecond`),
// checked before the page cache (lib/http/public-cache.ts). Each process keeps its own buckets: with N processes
// behind a proxy, an address may get up to N times the rate, which is what a per-process limit can promise.
import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddress, normalizeAddress, UNKNOWN_ADDRESS } from "./client-address";

export type TokenBucketOptions = {
  /** Requests a second an address may keep up. */
  perSecond: number;
  /** Requests an address may make at once (the bucket's size). */
  burst: number;
  /** Addresses remembered at most; the least recently seen are forgotten first (they start again full). */
  maxAddresses?: number;
  now?: () => number;
};

type Bucket = { tokens: number; updatedAt: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxAddresses: number;

  constructor(private readonly options: TokenBucketOptions) {
    this.now = options.now ?? Date.now;
    this.maxAddresses = options.maxAddresses ?? 100_000;
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Takes one token for `address`: 0 when allowed, else the seconds until a token is back (for Retry-After). */
  take(address: string): number {
    const now = this.now();
    const existing = this.buckets.get(address);
    let bucket: Bucket;
    if (existing) {
      this.buckets.delete(address);
      const refilled = existing.tokens + ((now - existing.updatedAt) / 1000) * this.options.perSecond;
      bucket = { tokens: Math.min(this.options.burst, refilled), updatedAt: now };
    } else {
      bucket = { tokens: this.options.burst, updatedAt: now };
      if (this.buckets.size >= this.maxAddresses) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    }
    this.buckets.set(address, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.perSecond));
  }
}

/**
 * The address a public request is counted under. Behind trusted proxies (TRUSTED_PROXIES ≥ 1), the one the
 * outermost proxy appended to X-Forwarded-For, as for every per-address limit; without (the app reached
 * directly, as the README's deployment section requires then), the connection's own address.
 */
export function publicClientAddress(request: Pick<IncomingMessage, "headers" | "socket">, trustedProxies: number): string {
  if (trustedProxies >= 1) {
    return clientAddress({ get: (name) => (request.headers[name] as string | undefined) ?? null }, trustedProxies);
  }
  return normalizeAddress(request.socket.remoteAddress) ?? UNKNOWN_ADDRESS;
}

/** 429 with the seconds to wait. */
export function sendTooManyRequests(response: ServerResponse, retryAfterSeconds: number): void {
  response.writeHead(429, { "Retry-After": String(retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  response.end("Too many requests: try again in a moment.\n");
}
