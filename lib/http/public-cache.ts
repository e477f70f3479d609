// The public page cache: the campaign pages, their photos and share images, the Bangkok Rules explainer, robots.txt
// and the sitemap, answered from memory by the web server (scripts/serve.ts) before Next.js is involved. These
// pages are the same for every visitor in a language (lib/http/public-pages.ts), so one render serves everybody:
//
// - Key: the path and the resolved public language. Other query parameters are ignored (the page does not read
//   them), so `?x=1`, `?x=2`, … floods never render; Next.js's own client requests (RSC payloads, prefetches)
//   are not pages and pass through.
// - A miss renders once: concurrent misses of a key wait for the same render (single flight). Its response
//   (200/404/410 without Set-Cookie) is captured as it streams to the first visitor and stored; anything else
//   passes through uncached. A global cap on renders under way answers 503 beyond it, so a flood of distinct
//   addresses cannot take every core from the member area.
// - Every page carries a CSP nonce of its own (page-headers.ts). A stored page keeps the nonce it was rendered
//   with, and each hit gets a fresh one, substituted in the HTML and the policy header: the nonce is a random
//   48-character token, so replacing its occurrences is exact. Bodies are kept split at the nonce, and gzipped
//   part by part (independent deflate blocks), so a hit costs a join, not a render or a compression.
// - Entries leave when their campaign changes (`invalidate(slug)`, from PostgreSQL notifications:
//   public-cache-invalidation.ts), or all at once (`clear()`); an entry also expires after `ttlMs`, for changes
//   that come from the clock alone (a campaign's publication time passing). Memory is bounded: LRU by bytes.
import type { IncomingMessage, ServerResponse } from "node:http";
import { constants, crc32, deflateRawSync } from "node:zlib";
import { NONCE_HEADER, newNonce } from "./page-headers";
import { isPublicPagePath, PUBLIC_LOCALE_HEADER } from "./public-pages";

/** Paths outside the public pages that are cached too, and dropped on any campaign change. */
const SITE_FILES = ["/robots.txt", "/sitemap.xml"];
const CACHEABLE_STATUSES = new Set([200, 404, 410]);
/** Headers never stored: per connection, per response, or recomputed for each answer. */
const UNSTORED_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "etag", "set-cookie"]);
/**
 * What browsers and any shared cache in front are told. A withdrawal must take a page down at once, which an
 * intermediary keeping a copy for even a minute would break; each answer also carries its own nonce, which a
 * shared cache would hand to everybody. This cache answers a revalidation from memory, so nothing is lost.
 */
export const PUBLIC_CACHE_CONTROL = "no-cache";
/** Next.js's own (its client asks for RSC payloads at the same paths), and what the language is read from. */
const VARY = "RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Cookie, Accept-Language, Accept-Encoding";

export function isCacheablePath(pathname: string): boolean {
  return isPublicPagePath(pathname) || SITE_FILES.includes(pathname);
}

/** Not a page: Next.js's client navigation and prefetch requests answer the same path with an RSC payload. */
export function isNextClientRequest(request: Pick<IncomingMessage, "headers" | "url">): boolean {
  const headers = request.headers;
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-router-state-tree"] !== undefined || headers["next-action"] !== undefined) return true;
  return /[?&]_rsc=/.test(request.url ?? "");
}

/** The cache key: the path and the language the server resolved for it (`?lang`, the switcher's cookie, the browser). */
export function cacheKey(pathname: string, locale: string | undefined): string {
  return `${pathname}\u0000${locale ?? ""}`;
}

/** The campaign a path belongs to (/campaigns/<slug>/…), or null for the site-wide ones. */
export function campaignOfPath(pathname: string): string | null {
  const match = /^\/campaigns\/([^/]+)/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

type StoredHeaders = Record<string, string | string[]>;

export type CachedPage = {
  status: number;
  headers: StoredHeaders;
  /** The body split at the nonce it was rendered with (one part when it has none). */
  parts: Buffer[];
  /** The nonce the parts were split at, or null. */
  nonce: string | null;
  /** Each part as raw deflate ending on a full flush (text only; null otherwise). */
  deflatedParts: Buffer[] | null;
  /** The campaign's slug, or null for the site-wide paths. */
  campaign: string | null;
  bytes: number;
  storedAt: number;
};

function splitAt(body: Buffer, token: string | null): Buffer[] {
  if (!token) return [body];
  const needle = Buffer.from(token);
  const parts: Buffer[] = [];
  let start = 0;
  for (let index = body.indexOf(needle); index >= 0; index = body.indexOf(needle, start)) {
    parts.push(body.subarray(start, index));
    start = index + needle.length;
  }
  parts.push(body.subarray(start));
  return parts;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const FINAL_EMPTY_BLOCK = deflateRawSync(Buffer.alloc(0));

/** A non-final stored deflate block (after a full flush the stream is byte-aligned, so its header is one byte). */
function storedBlock(data: Buffer): Buffer {
  const block = Buffer.alloc(5 + data.length);
  block[0] = 0;
  block.writeUInt16LE(data.length, 1);
  block.writeUInt16LE(~data.length & 0xffff, 3);
  data.copy(block, 5);
  return block;
}

/** The page's body with `nonce` in place of the stored one. */
export function bodyWithNonce(page: Pick<CachedPage, "parts">, nonce: string): Buffer {
  if (page.parts.length === 1) return page.parts[0]!;
  const token = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  page.parts.forEach((part, index) => {
    if (index > 0) pieces.push(token);
    pieces.push(part);
  });
  return Buffer.concat(pieces);
}

/** The same body gzipped, assembled from the stored deflated parts and the nonce as a stored block. */
export function gzippedWithNonce(page: Pick<CachedPage, "parts" | "deflatedParts">, nonce: string): Buffer {
  const token = Buffer.from(nonce);
  const pieces: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  page.parts.forEach((part, index) => {
    if (index > 0) {
      pieces.push(storedBlock(token));
      crc = crc32(token, crc);
      length += token.length;
    }
    pieces.push(page.deflatedParts![index]!);
    crc = crc32(part, crc);
    length += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  pieces.push(FINAL_EMPTY_BLOCK, trailer);
  return Buffer.concat(pieces);
}

function isText(headers: StoredHeaders): boolean {
  const type = String(headers["content-type"] ?? "");
  return /^(text\/|application\/(xml|json|javascript)|image\/svg\+xml)/.test(type);
}

function headerBytes(headers: StoredHeaders): number {
  return Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + String(value).length + 4, 0);
}

/** A captured response as the cache keeps it, or null when it must not be cached. */
export function storedPage(status: number, rawHeaders: Record<string, unknown>, body: Buffer, nonce: string | null, campaign: string | null, now: number): CachedPage | null {
  if (!CACHEABLE_STATUSES.has(status) || rawHeaders["set-cookie"] !== undefined) return null;
  const headers: StoredHeaders = {};
  for (const [name, value] of Object.entries(rawHeaders)) {
    const key = name.toLowerCase();
    if (value === undefined || UNSTORED_HEADERS.has(key)) continue;
    headers[key] = Array.isArray(value) ? value.map(String) : String(value);
  }
  headers["cache-control"] = PUBLIC_CACHE_CONTROL;
  headers.vary = VARY;
  const usedNonce = nonce && body.includes(nonce) ? nonce : null;
  const parts = splitAt(body, usedNonce);
  const deflatedParts = isText(headers) && body.length >= 512 ? parts.map((part) => deflateRawSync(part, { finishFlush: constants.Z_FULL_FLUSH })) : null;
  const bytes = body.length + (deflatedParts?.reduce((sum, part) => sum + part.length, 0) ?? 0) + headerBytes(headers) + 200;
  return { status, headers, parts, nonce: usedNonce, deflatedParts, campaign, bytes, storedAt: now };
}

/** LRU by bytes: a Map keeps insertion order, and a read moves its entry to the end. */
export class ByteLru<V extends { bytes: number }> {
  private readonly entries = new Map<string, V>();
  private total = 0;
  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }
  get bytes(): number {
    return this.total;
  }
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  set(key: string, value: V): void {
    this.delete(key);
    if (value.bytes > this.maxBytes) return;
    this.entries.set(key, value);
    this.total += value.bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= entry.bytes;
    }
  }
  delete(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.total -= value.bytes;
  }
  deleteWhere(test: (value: V, key: string) => boolean): void {
    for (const [key, value] of this.entries) if (test(value, key)) this.delete(key);
  }
  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}

export type PublicCacheOptions = {
  /** Memory for stored pages, in bytes. */
  maxBytes: number;
  /** How long an entry may be served without a change having been notified. */
  ttlMs: number;
  /** Renders (cache misses) under way at once, across keys; beyond: 503. */
  maxRenders: number;
  now?: () => number;
  nonce?: () => string;
};

/** Renders the request with Next.js onto the response. */
export type Render = (request: IncomingMessage, response: ServerResponse) => unknown;

export type CacheOutcome = "hit" | "miss" | "shared" | "pass" | "busy";

type Capture = { status: number; headers: Record<string, unknown>; body: Buffer };

/**
 * Lets `render` write to `response` as usual and also keeps what it wrote: resolves when the response ends (or
 * null when the client went away first).
 */
function captureWhileRendering(request: IncomingMessage, response: ServerResponse, render: Render, cacheControl: string): Promise<Capture | null> {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
  };
  const originalWriteHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const originalWrite = response.write.bind(response) as (...args: unknown[]) => boolean;
  const originalEnd = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  return new Promise((resolve) => {
    let done = false;
    const finish = (capture: Capture | null) => {
      if (done) return;
      done = true;
      resolve(capture);
    };
    const markHeaders = () => {
      if (!response.headersSent) {
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", VARY);
      }
    };
    response.writeHead = ((...args: unknown[]) => {
      // writeHead(status, [message], [headers]): headers given here go into the stored ones too.
      const headers = args.find((arg, index) => index > 0 && arg !== null && typeof arg === "object") as Record<string, unknown> | unknown[] | undefined;
      if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) response.setHeader(name, value as string);
      markHeaders();
      return originalWriteHead(args[0], ...(typeof args[1] === "string" ? [args[1]] : []));
    }) as ServerResponse["writeHead"];
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      markHeaders();
      keep(chunk, rest[0]);
      return originalWrite(chunk, ...rest);
    }) as ServerResponse["write"];
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      markHeaders();
      keep(chunk, rest[0]);
      const result = originalEnd(chunk, ...rest);
      finish({ status: response.statusCode, headers: response.getHeaders() as Record<string, unknown>, body: Buffer.concat(chunks) });
      return result;
    }) as ServerResponse["end"];
    response.once("close", () => {
      if (!response.writableEnded) finish(null);
    });
    const failed = (error: unknown) => {
      console.error(`[public-cache] rendering ${request.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      finish(null);
      if (response.writableEnded) return;
      if (response.headersSent) response.destroy();
      else {
        originalWriteHead(500, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
        originalEnd("Internal error\n");
      }
    };
    try {
      const result = render(request, response);
      if (result instanceof Promise) result.catch(failed);
    } catch (error) {
      failed(error);
    }
  });
}

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
}

export class PublicPageCache {
  private readonly pages: ByteLru<CachedPage>;
  private readonly inFlight = new Map<string, Promise<CachedPage | null>>();
  private renders = 0;
  /** Grows with every invalidation: a render that began before one is not stored (it may show the old state). */
  private epoch = 0;
  private freshness: (() => Promise<void>) | null = null;
  private readonly now: () => number;
  private readonly nonce: () => string;

  constructor(private readonly options: PublicCacheOptions) {
    this.pages = new ByteLru(options.maxBytes);
    this.now = options.now ?? Date.now;
    this.nonce = options.nonce ?? newNonce;
  }

  get stats() {
    return { entries: this.pages.size, bytes: this.pages.bytes, renders: this.renders };
  }

  /** Drops the pages of one campaign, and the site-wide ones (robots.txt, the sitemap, the campaign list). */
  invalidate(campaign: string): void {
    this.epoch++;
    this.pages.deleteWhere((page) => page.campaign === campaign || page.campaign === null);
  }

  clear(): void {
    this.epoch++;
    this.pages.clear();
  }

  /** While notifications are not arriving: awaited before every answer (see public-cache-invalidation.ts). */
  setFreshnessCheck(check: (() => Promise<void>) | null): void {
    this.freshness = check;
  }

  /** Whether this request is one for the cache to answer (`serve`); everything else goes straight to Next.js. */
  handles(request: IncomingMessage): boolean {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    const pathname = (request.url ?? "/").split("?", 1)[0]!;
    return isCacheablePath(pathname) && !isNextClientRequest(request);
  }

  /** Answers a request `handles` accepted: from memory, or by rendering it once with `render`. */
  async serve(request: IncomingMessage, response: ServerResponse, render: Render): Promise<CacheOutcome> {
    if (this.freshness) await this.freshness();
    const pathname = (request.url ?? "/").split("?", 1)[0]!;
    const key = cacheKey(pathname, request.headers[PUBLIC_LOCALE_HEADER] as string | undefined);
    const cached = this.pages.get(key);
    if (cached && this.now() - cached.storedAt < this.options.ttlMs) {
      this.send(cached, request, response);
      return "hit";
    }
    if (cached) this.pages.delete(key);

    const pending = this.inFlight.get(key);
    if (pending) {
      const page = await pending;
      if (page) {
        this.send(page, request, response);
        return "shared";
      }
    }
    if (this.renders >= this.options.maxRenders) {
      response.writeHead(503, { "Retry-After": "1", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      response.end("Busy: try again in a moment.\n");
      return "busy";
    }
    // A HEAD request renders no body to keep, and a second miss behind a render that could not be kept renders alone.
    if (request.method === "HEAD" || pending) {
      await this.counted(async () => {
        await captureWhileRendering(request, response, render, PUBLIC_CACHE_CONTROL);
      });
      return "pass";
    }
    const epoch = this.epoch;
    const nonce = (request.headers[NONCE_HEADER] as string | undefined) ?? null;
    // Next.js would gzip the first visitor's copy; the cache keeps the plain body and compresses it itself.
    delete request.headers["accept-encoding"];
    const rendering = this.counted(async () => {
      const capture = await captureWhileRendering(request, response, render, PUBLIC_CACHE_CONTROL);
      if (!capture) return null;
      const page = storedPage(capture.status, capture.headers, capture.body, nonce, campaignOfPath(pathname), this.now());
      if (page && epoch === this.epoch) this.pages.set(key, page);
      return page && epoch === this.epoch ? page : null;
    });
    this.inFlight.set(key, rendering);
    try {
      await rendering;
    } finally {
      this.inFlight.delete(key);
    }
    return "miss";
  }

  private async counted<T>(work: () => Promise<T>): Promise<T> {
    this.renders++;
    try {
      return await work();
    } finally {
      this.renders--;
    }
  }

  private send(page: CachedPage, request: IncomingMessage, response: ServerResponse): void {
    const nonce = page.nonce ? this.nonce() : null;
    const headers: StoredHeaders = { ...page.headers };
    if (page.nonce && nonce) {
      for (const name of ["content-security-policy", "content-security-policy-report-only"]) {
        const value = headers[name];
        if (typeof value === "string") headers[name] = value.split(page.nonce).join(nonce);
      }
    }
    const gzip = page.deflatedParts !== null && acceptsGzip(request);
    const body = gzip ? gzippedWithNonce(page, nonce ?? "") : bodyWithNonce(page, nonce ?? "");
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    response.writeHead(page.status, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  }
}
