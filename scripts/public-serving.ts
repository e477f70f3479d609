// The public pages' serving in front of Next.js (scripts/serve.ts): the per-address rate limit, the cap on renders
// and the page cache (lib/http/public-cache.ts), kept fresh by PostgreSQL notifications or, without them, by
// re-reading the campaigns' content versions (lib/http/public-cache-invalidation.ts). Settings: lib/env.ts,
// README "Configuration".
import type { IncomingMessage, ServerResponse } from "node:http";
import { env } from "../lib/env";
import { PublicPageCache, type Render } from "../lib/http/public-cache";
import { keepPublicCacheFresh } from "../lib/http/public-cache-invalidation";
import { publicClientAddress, sendTooManyRequests, TokenBuckets } from "../lib/rate-limit/token-bucket";

export const PUBLIC_SERVING_DEFAULTS = { cacheMb: 32, ratePerSecond: 10, rateBurst: 60, rendersMax: 4, ttlMs: 60_000 };

export type PublicServing = {
  handles(request: IncomingMessage): boolean;
  serve(request: IncomingMessage, response: ServerResponse, render: Render): Promise<void>;
  stop(): Promise<void>;
};

/** Reads the versions through the Next.js side's database client (instrumentation.ts), once it is there. */
async function readVersions(): Promise<Map<string, number>> {
  const shared = (globalThis as unknown as { wipnPublicCampaignVersions?: () => Promise<Map<string, number>> }).wipnPublicCampaignVersions;
  if (!shared) throw new Error("the app has not started yet");
  return shared();
}

export async function publicServing(): Promise<PublicServing> {
  const config = env();
  const trustedProxies = config.TRUSTED_PROXIES ?? 0;
  const limiter = new TokenBuckets({ perSecond: config.PUBLIC_RATE_PER_SECOND ?? PUBLIC_SERVING_DEFAULTS.ratePerSecond, burst: config.PUBLIC_RATE_BURST ?? PUBLIC_SERVING_DEFAULTS.rateBurst });
  const cacheMb = config.PUBLIC_CACHE_MB ?? PUBLIC_SERVING_DEFAULTS.cacheMb;
  const cache = new PublicPageCache({
    // Off (0 MB): nothing is kept, but the render cap and single flight still hold.
    maxBytes: cacheMb * 1024 * 1024,
    ttlMs: PUBLIC_SERVING_DEFAULTS.ttlMs,
    maxRenders: config.PUBLIC_RENDERS_MAX ?? PUBLIC_SERVING_DEFAULTS.rendersMax,
  });
  const listen = config.PUBLIC_CACHE_INVALIDATION !== "poll" && config.DATABASE_URL ? config.DATABASE_URL : null;
  const invalidation = keepPublicCacheFresh(cache, { connectionString: listen, readVersions });
  return {
    handles: (request) => cache.handles(request),
    async serve(request, response, render) {
      const wait = limiter.take(publicClientAddress(request, trustedProxies));
      if (wait > 0) return sendTooManyRequests(response, wait);
      try {
        await cache.serve(request, response, render);
      } catch (error) {
        console.error(`[public-cache] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (!response.headersSent) {
          response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
          response.end("Internal error\n");
        } else response.destroy();
      }
    },
    stop: () => invalidation.stop(),
  };
}
