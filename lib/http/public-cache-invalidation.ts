// Keeps the public page cache (public-cache.ts) true to the database. A trigger on "Campaign" (migration
// public_cache_notify) notifies the campaign's slug on PUBLIC_PAGES_CHANNEL when its content version, slug,
// indexing or publication time changes; PostgreSQL delivers it when the change commits. Each web process LISTENs
// on a connection of its own and drops that campaign's pages (and robots.txt, the sitemap) at once.
//
// Without notifications — the connection lost, until it is back; or the embedded database, whose connections
// share one session so a notification never reaches another connection — the cache is cleared and every answer
// first re-reads the campaigns' content versions, at most once a second, dropping the pages of any that changed.
import pg from "pg";

export const PUBLIC_PAGES_CHANNEL = "wipn_public_pages";

type Invalidatable = {
  invalidate(campaign: string): void;
  clear(): void;
  setFreshnessCheck(check: (() => Promise<void>) | null): void;
};

/** Reads slug → content version (lib/campaigns/public-service.ts's publicCampaignVersions). */
export type VersionReader = () => Promise<Map<string, number>>;

/**
 * A check that re-reads the versions at most once every `intervalMs` (concurrent callers share the read) and
 * invalidates what changed since the previous read. The first read only records where things stand: the
 * cache was cleared when polling began.
 */
export function versionPoller(cache: Invalidatable, readVersions: VersionReader, intervalMs = 1000, now: () => number = Date.now): () => Promise<void> {
  let known: Map<string, number> | null = null;
  let checkedAt = -Infinity;
  let reading: Promise<void> | null = null;
  return () => {
    if (reading) return reading;
    if (now() - checkedAt < intervalMs) return Promise.resolve();
    reading = (async () => {
      try {
        const versions = await readVersions();
        if (known) {
          for (const [slug, version] of versions) if (known.get(slug) !== version) cache.invalidate(slug);
          for (const slug of known.keys()) if (!versions.has(slug)) cache.invalidate(slug);
        }
        known = versions;
        checkedAt = now();
      } catch (error) {
        // The database is unreachable: nothing may be served as fresh, so nothing stays cached.
        cache.clear();
        known = null;
        checkedAt = now();
        console.error(`[public-cache] could not read the campaigns' versions: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        reading = null;
      }
    })();
    return reading;
  };
}

export type InvalidationOptions = {
  /** null: no notifications to listen to (the embedded database): poll from the start. */
  connectionString: string | null;
  readVersions: VersionReader;
  /** Longest wait between two attempts to LISTEN again. */
  maxRetryMs?: number;
  log?: (message: string) => void;
};

export type Invalidation = {
  /** Whether notifications are arriving (false: polling). */
  readonly listening: boolean;
  /** Resolves once LISTEN is in place (or at once when polling only). */
  ready: Promise<void>;
  stop(): Promise<void>;
};

export function keepPublicCacheFresh(cache: Invalidatable, options: InvalidationOptions): Invalidation {
  const log = options.log ?? ((message: string) => console.error(`[public-cache] ${message}`));
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  let client: pg.Client | null = null;
  let listening = false;
  let stopped = false;
  let retryMs = 500;
  let retryTimer: NodeJS.Timeout | null = null;

  const poll = () => {
    cache.clear();
    cache.setFreshnessCheck(versionPoller(cache, options.readVersions));
  };
  poll();
  if (!options.connectionString) {
    return { listening: false, ready: Promise.resolve(), stop: async () => {} };
  }
  const connectionString = options.connectionString;

  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const lost = (reason: string) => {
    if (stopped) return;
    const current = client;
    client = null;
    if (current) void current.end().catch(() => {});
    if (listening) log(`notifications lost (${reason}): checking the campaigns' versions instead until they are back`);
    listening = false;
    poll();
    retryTimer = setTimeout(connect, retryMs);
    retryTimer.unref();
    retryMs = Math.min(maxRetryMs, retryMs * 2);
  };

  async function connect(): Promise<void> {
    retryTimer = null;
    if (stopped) return;
    const next = new pg.Client({ connectionString, application_name: "wipn-public-cache" });
    client = next;
    next.on("error", (error) => {
      if (client === next) lost(error.message);
    });
    next.on("end", () => {
      if (client === next) lost("connection closed");
    });
    next.on("notification", (message) => {
      if (message.channel === PUBLIC_PAGES_CHANNEL && message.payload) cache.invalidate(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${PUBLIC_PAGES_CHANNEL}`);
      if (stopped || client !== next) return;
      // Changes made while nobody listened were covered by polling; from here on notifications cover them.
      cache.setFreshnessCheck(null);
      cache.clear();
      listening = true;
      retryMs = 500;
      markReady();
    } catch (error) {
      if (client === next) lost(error instanceof Error ? error.message : String(error));
    }
  }
  void connect();

  return {
    get listening() {
      return listening;
    },
    ready,
    async stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
