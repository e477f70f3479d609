import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { NONCE_HEADER, preparePageRequest } from "./page-headers";
import { ByteLru, bodyWithNonce, cacheKey, campaignOfPath, gzippedWithNonce, PUBLIC_CACHE_CONTROL, PublicPageCache, storedPage, type PublicCacheOptions } from "./public-cache";
import { versionPoller } from "./public-cache-invalidation";

type Upstream = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** A page as Next.js renders it: the request's nonce in the HTML (twice) and in the policy header. */
const page: Upstream = (request, response) => {
  const nonce = request.headers[NONCE_HEADER] as string;
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  response.write(`<!DOCTYPE html><html><head><script nonce="${nonce}" src="/a.js"></script></head><body>${"<p>Story</p>".repeat(100)}`);
  response.end(`<script nonce="${nonce}">self.__next_f=[]</script>${request.url}</body></html>`);
};

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** The cache in front of a fake upstream, on a real HTTP server; `renders` counts the upstream's renders. */
async function harness(upstream: Upstream, options: Partial<PublicCacheOptions> = {}) {
  const cache = new PublicPageCache({ maxBytes: 1024 * 1024, ttlMs: 60_000, maxRenders: 4, ...options });
  const state = { renders: 0 };
  const render = (request: IncomingMessage, response: ServerResponse) => {
    state.renders++;
    return upstream(request, response);
  };
  const server = createServer((request, response) => {
    preparePageRequest(request, response, false);
    if (cache.handles(request)) void cache.serve(request, response, render);
    else void render(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
  return { cache, state, get };
}

function nonceOf(html: string): string {
  return /nonce="([^"]+)"/.exec(html)![1]!;
}

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe("the public page cache's key", () => {
  it("is the path and the resolved language: other query parameters render nothing new", async () => {
    const { state, get } = await harness(page);
    const first = await get("/campaigns/br10?x=1");
    expect(first.status).toBe(200);
    await first.text();
    await (await get("/campaigns/br10?x=2&utm_source=a")).text();
    await (await get("/campaigns/br10")).text();
    expect(state.renders).toBe(1);

    await (await get("/campaigns/br10?lang=es")).text();
    await (await get("/campaigns/br10", { "accept-language": "es" })).text();
    await (await get("/campaigns/br10", { cookie: "NEXT_LOCALE=es" })).text();
    expect(state.renders).toBe(2);
    expect(cacheKey("/campaigns/br10", "es")).not.toBe(cacheKey("/campaigns/br10", "fr"));
  });

  it("leaves Next.js's client requests, other methods and member pages alone", async () => {
    const { state, get } = await harness(page);
    for (let i = 0; i < 2; i++) {
      await (await get("/campaigns/br10", { rsc: "1" })).text();
      await (await get("/campaigns/br10?_rsc=abc")).text();
      await (await get("/board")).text();
    }
    expect(state.renders).toBe(6);
  });

  it("names the campaign a path belongs to", () => {
    expect(campaignOfPath("/campaigns/br10/maria/opengraph-image")).toBe("br10");
    expect(campaignOfPath("/campaigns/caf%C3%A9")).toBe("café");
    expect(campaignOfPath("/bangkok-rules")).toBeNull();
    expect(campaignOfPath("/robots.txt")).toBeNull();
  });
});

describe("a cached page", () => {
  it("carries a fresh nonce in its HTML and its policy on every answer, plain or gzipped", async () => {
    const { state, get } = await harness(page);
    const first = await get("/campaigns/br10/maria");
    const firstHtml = await first.text();
    const stored = nonceOf(firstHtml);
    expect(first.headers.get("content-security-policy")).toContain(`'nonce-${stored}'`);
    expect(first.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);

    const hit = await get("/campaigns/br10/maria");
    const hitHtml = await hit.text();
    const fresh = nonceOf(hitHtml);
    expect(state.renders).toBe(1);
    expect(fresh).not.toBe(stored);
    expect(hitHtml).not.toContain(stored);
    expect(hitHtml.split(`nonce="${fresh}"`)).toHaveLength(3);
    expect(hitHtml.replaceAll(fresh, stored)).toBe(firstHtml);
    expect(hit.headers.get("content-security-policy")).toContain(`'nonce-${fresh}'`);
    expect(hit.headers.get("content-security-policy")).not.toContain(stored);
    expect(hit.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(hit.headers.get("vary")).toContain("Accept-Language");

    // fetch() asks for gzip and decompresses: the assembled stream must be valid, with a nonce of its own.
    const gzipped = await get("/campaigns/br10/maria", { "accept-encoding": "gzip" });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    const gzippedHtml = await gzipped.text();
    expect(nonceOf(gzippedHtml)).not.toBe(fresh);
    expect(gzippedHtml.replaceAll(nonceOf(gzippedHtml), stored)).toBe(firstHtml);
  });

  it("assembles a gzip stream that decompresses to the body with the new nonce", () => {
    const body = Buffer.from(`a${"x".repeat(600)}NONCE-1b NONCE-1${"y".repeat(70_000)}NONCE-1`);
    const stored = storedPage(200, { "content-type": "text/html" }, body, "NONCE-1", "br10", 0)!;
    expect(stored.parts).toHaveLength(4);
    const expected = body.toString().replaceAll("NONCE-1", "N2");
    expect(gunzipSync(gzippedWithNonce(stored, "N2")).toString()).toBe(expected);
    expect(bodyWithNonce(stored, "N2").toString()).toBe(expected);
  });

  it("answers HEAD from memory without a body", async () => {
    const { state, get } = await harness(page);
    await (await get("/bangkok-rules")).text();
    const head = await fetch((await get("/bangkok-rules")).url, { method: "HEAD", headers: { "accept-encoding": "identity" } });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(1000);
    expect(state.renders).toBe(1);
  });

  it("keeps 404 and 410, never an answer that sets a cookie or another status", async () => {
    const statuses: Record<string, number> = { "/campaigns/a": 404, "/campaigns/b": 410, "/campaigns/c": 500, "/campaigns/d": 302 };
    const { state, get } = await harness((request, response) => {
      const path = request.url!.split("?")[0]!;
      if (path === "/campaigns/e") response.setHeader("Set-Cookie", "x=1");
      response.statusCode = statuses[path] ?? 200;
      response.end("body");
    });
    for (const path of ["/campaigns/a", "/campaigns/b", "/campaigns/c", "/campaigns/d", "/campaigns/e"]) {
      for (let i = 0; i < 2; i++) await (await get(path, {})).text();
    }
    // a and b rendered once each; c, d and e twice.
    expect(state.renders).toBe(2 + 6);
    expect((await get("/campaigns/b")).status).toBe(410);
  });
});

describe("renders", () => {
  it("happen once for concurrent misses of one key (single flight)", async () => {
    const gate = deferred();
    const { state, get } = await harness(async (request, response) => {
      await gate.promise;
      page(request, response);
    });
    const answers = Array.from({ length: 8 }, () => get("/campaigns/br10"));
    await expect.poll(() => state.renders).toBe(1);
    gate.release();
    const bodies = await Promise.all((await Promise.all(answers)).map((answer) => answer.text()));
    expect(state.renders).toBe(1);
    expect(new Set(bodies.map(nonceOf)).size).toBe(8);
  });

  it("are capped across keys: beyond the cap, 503 with Retry-After", async () => {
    const gate = deferred();
    const { cache, get } = await harness(async (request, response) => {
      await gate.promise;
      page(request, response);
    }, { maxRenders: 1 });
    const first = get("/campaigns/a");
    await expect.poll(() => cache.stats.renders).toBe(1);
    const second = await get("/campaigns/b");
    expect(second.status).toBe(503);
    expect(second.headers.get("retry-after")).toBe("1");
    gate.release();
    expect((await first).status).toBe(200);
  });

  it("that began before an invalidation are not kept", async () => {
    const gate = deferred();
    let hold = true;
    const { cache, state, get } = await harness(async (request, response) => {
      if (hold) await gate.promise;
      page(request, response);
    });
    const first = get("/campaigns/br10");
    await expect.poll(() => state.renders).toBe(1);
    cache.invalidate("br10");
    hold = false;
    gate.release();
    await (await first).text();
    await (await get("/campaigns/br10")).text();
    expect(state.renders).toBe(2);
  });

  it("answer 500 when the upstream fails, and keep nothing", async () => {
    let fail = true;
    const { state, get } = await harness(async (request, response) => {
      if (fail) throw new Error("upstream down");
      page(request, response);
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect((await get("/campaigns/br10")).status).toBe(500);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    fail = false;
    expect((await get("/campaigns/br10")).status).toBe(200);
    expect(state.renders).toBe(2);
  });
});

describe("invalidation", () => {
  it("drops the campaign's pages and the site-wide ones, and keeps other campaigns'", async () => {
    const { cache, state, get } = await harness(page);
    const paths = ["/campaigns/br10", "/campaigns/br10/maria", "/campaigns/other", "/robots.txt", "/bangkok-rules"];
    for (const path of paths) await (await get(path)).text();
    expect(state.renders).toBe(5);
    cache.invalidate("br10");
    for (const path of paths) await (await get(path)).text();
    // br10's two pages, robots.txt and the explainer rendered again; the other campaign's page did not.
    expect(state.renders).toBe(9);
    cache.clear();
    await (await get("/campaigns/other")).text();
    expect(state.renders).toBe(10);
  });

  it("expires entries after the time to live", async () => {
    let now = 1_000;
    const { state, get } = await harness(page, { ttlMs: 60_000, now: () => now });
    await (await get("/campaigns/br10")).text();
    now += 59_000;
    await (await get("/campaigns/br10")).text();
    expect(state.renders).toBe(1);
    now += 2_000;
    await (await get("/campaigns/br10")).text();
    expect(state.renders).toBe(2);
  });

  it("when polling, reads the versions at most once a second and drops what changed", async () => {
    let now = 0;
    let versions = new Map([["br10", 1], ["other", 1]]);
    let reads = 0;
    const dropped: string[] = [];
    const cache = { invalidate: (slug: string) => dropped.push(slug), clear: () => dropped.push("*"), setFreshnessCheck: () => {} };
    const check = versionPoller(cache, async () => (reads++, versions), 1000, () => now);
    await Promise.all([check(), check(), check()]);
    expect(reads).toBe(1);
    versions = new Map([["br10", 2], ["new", 1]]);
    now = 500;
    await check();
    expect(reads).toBe(1);
    now = 1000;
    await check();
    expect(reads).toBe(2);
    expect(dropped.sort()).toEqual(["br10", "new", "other"]);
  });
});

describe("ByteLru", () => {
  it("evicts the least recently used entries beyond its size in bytes", () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set("a", { bytes: 40 });
    lru.set("b", { bytes: 40 });
    lru.get("a");
    lru.set("c", { bytes: 40 });
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBeDefined();
    expect(lru.get("c")).toBeDefined();
    expect(lru.bytes).toBe(80);
    lru.set("huge", { bytes: 101 });
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.size).toBe(2);
    lru.set("a", { bytes: 10 });
    expect(lru.bytes).toBe(50);
  });
});
