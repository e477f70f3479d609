// What every page costs, against the production build on a scratch database with demo data: throughput and
// latency under load (autocannon, 20 connections), server time one request at a time, HTML bytes, and the
// JavaScript a browser loads (Chromium, gzip), beside a static file and the health route from the same
// server; then the landing page and the health route again with one server process per core. A measurement
// to read (figures in the README, "Benchmarks"); it exits with 1 when a target of issue 8 is missed.
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:pages [-- --seconds 10]
//   npm run bench:pages -- --profile /tmp/profiles [--path /account]   (a CPU profile of the server under load)
//
// Builds first when the build is missing or older than the sources (scripts/build-freshness.ts).
import "./load-env";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import autocannon from "autocannon";
import { PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_ADMIN_EMAIL } from "../prisma/seed/demo-data";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { buildIsCurrent } from "./build-freshness";
import { fetchPage, printProfile, run, serverEnv, sessionCookie, startServer, stopServer } from "./bench-server";
import { describeFailure } from "./cli";
import { runSeed } from "./seed";

const BASE_PORT = Number(process.env.BENCH_PORT ?? 3200);
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

const SECONDS = option("--seconds", 10);
const CONNECTIONS = option("--connections", 20);
const SEQUENTIAL = option("--sequential", 200);

type Page = { name: string; path: string; as?: "member" | "admin"; shell?: boolean };

const PAGES: Page[] = [
  { name: "health route (one query)", path: "/api/health" },
  { name: "landing / (anonymous)", path: "/", shell: true },
  { name: "sign-in (anonymous)", path: "/sign-in", shell: true },
  { name: "account (member)", path: "/account", as: "member" },
  { name: "welcome (member)", path: "/welcome", as: "member", shell: true },
  { name: "review queue (admin)", path: "/admin/applications", as: "admin" },
];

type Row = { name: string; requestsPerSecond: number; p50: number; p99: number; serverMs: number; htmlBytes: number; htmlGzip: number; jsGzip: number | null };

/** `--profile DIR [--path /]`: profile the server under load on one page instead, and print where its time goes. */
function profileOption(): string | undefined {
  const index = process.argv.indexOf("--profile");
  return index >= 0 ? path.resolve(process.argv[index + 1] ?? "profiles") : undefined;
}

function profilePath(): string {
  const index = process.argv.indexOf("--path");
  return index >= 0 ? (process.argv[index + 1] ?? "/") : "/";
}

/** Median round trip of `SEQUENTIAL` requests one after another (after a warm-up): the server's own time on loopback. */
async function serverTime(url: string, cookie: string | undefined): Promise<number> {
  for (let i = 0; i < 20; i++) await fetchPage(url, cookie);
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const started = performance.now();
    await fetchPage(url, cookie);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function load(urls: string[], cookie: string | undefined): Promise<{ requestsPerSecond: number; p50: number; p99: number }> {
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({ url, connections: Math.max(1, Math.round(CONNECTIONS / urls.length)), duration: SECONDS, headers: cookie ? { cookie } : {} }),
    ),
  );
  for (const result of results) {
    if (result.errors > 0 || result.non2xx > 0) throw new Error(`${result.url}: ${result.errors} errors and ${result.non2xx} answers other than 2xx under load`);
  }
  return {
    requestsPerSecond: results.reduce((sum, result) => sum + result.requests.average, 0),
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
  };
}

/** The JavaScript a browser loads for the page, gzip-compressed, in bytes. */
async function javascriptGzip(browser: Awaited<ReturnType<typeof chromium.launch>>, url: string, cookie: string | undefined): Promise<number> {
  const context = await browser.newContext();
  if (cookie) {
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name: name!, value: value.join("="), url }]);
  }
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => gzipSync(body).length, () => 0));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const total = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0);
  await context.close();
  return total;
}

function printTable(rows: Row[]): void {
  const header = ["request".padEnd(34), "req/s".padStart(7), "p50 ms".padStart(7), "p99 ms".padStart(7), "1-at-a-time ms".padStart(14), "HTML KB".padStart(8), "HTML gz KB".padStart(10), "JS gz KB".padStart(8)];
  console.log(header.join("  "));
  console.log(header.map((cell) => "-".repeat(cell.length)).join("  "));
  const kb = (bytes: number | null) => (bytes === null ? "–" : (bytes / 1024).toFixed(1));
  for (const row of rows) {
    console.log(
      [
        row.name.padEnd(34),
        row.requestsPerSecond.toFixed(0).padStart(7),
        String(row.p50).padStart(7),
        String(row.p99).padStart(7),
        row.serverMs.toFixed(1).padStart(14),
        kb(row.htmlBytes).padStart(8),
        kb(row.htmlGzip).padStart(10),
        kb(row.jsGzip).padStart(8),
      ].join("  "),
    );
  }
}

async function main(): Promise<void> {
  const database = await createTestDatabase("wipn_bench_pages");
  const servers: ChildProcess[] = [];
  const authSecret = randomBytes(32).toString("base64url");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
  try {
    await runSeed(prisma, { demo: true, authSecret });
    const env = serverEnv(database.url, authSecret, BASE_PORT, BASE_PORT);
    if (!buildIsCurrent()) {
      console.log("Building the app (next build) …");
      if ((await run(path.resolve("node_modules/.bin/next"), ["build"], env)) !== 0) throw new Error("next build failed");
    }
    const profileDir = profileOption();
    servers.push(await startServer(env, BASE_PORT, profileDir));
    const base = `http://localhost:${BASE_PORT}`;
    const cookies = { member: await sessionCookie(prisma, "demo-member@example.org", authSecret), admin: await sessionCookie(prisma, DEMO_ADMIN_EMAIL, authSecret) };
    if (profileDir) {
      const page = PAGES.find((candidate) => candidate.path === profilePath()) ?? PAGES[1]!;
      await load([`${base}${page.path}`], page.as ? cookies[page.as] : undefined);
      await stopServer(servers.pop()!);
      printProfile(profileDir);
      return;
    }

    const landing = await fetchPage(`${base}/`, undefined);
    const chunk = landing.body.match(/\/_next\/static\/chunks\/[^"]+\.js/)?.[0];
    if (!chunk) throw new Error("no script chunk found in the landing page");
    const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"] });

    const rows: Row[] = [];
    for (const page of [{ name: "static JS chunk (the floor)", path: chunk } as Page, ...PAGES]) {
      const url = `${base}${page.path}`;
      const cookie = page.as ? cookies[page.as] : undefined;
      const { status, body } = await fetchPage(url, cookie);
      if (status !== 200) throw new Error(`${page.path} answered ${status}${page.as ? ` for the demo ${page.as}` : ""}`);
      const serverMs = await serverTime(url, cookie);
      const measured = await load([url], cookie);
      const isPage = !page.path.startsWith("/api/") && !page.path.startsWith("/_next/");
      rows.push({
        name: page.name,
        ...measured,
        serverMs,
        htmlBytes: Buffer.byteLength(body),
        htmlGzip: gzipSync(body).length,
        jsGzip: isPage ? await javascriptGzip(browser, url, cookie) : null,
      });
    }
    await browser.close();

    // One server process per core, as behind a reverse proxy (each gets half of the connections).
    const processes = Math.max(2, Math.min(os.availableParallelism(), 4));
    for (let i = 1; i < processes; i++) servers.push(await startServer(serverEnv(database.url, authSecret, BASE_PORT + i, BASE_PORT), BASE_PORT + i));
    const ports = servers.map((_, i) => BASE_PORT + i);
    for (const page of [PAGES[0]!, PAGES[1]!]) {
      const measured = await load(ports.map((port) => `http://localhost:${port}${page.path}`), undefined);
      const single = rows.find((row) => row.name === page.name)!;
      rows.push({ ...single, ...measured, name: `${page.name}, ${processes} processes` });
    }

    console.log(`\n${os.availableParallelism()} cores, Node ${process.version}, ${CONNECTIONS} connections for ${SECONDS} s per row, ${SEQUENTIAL} one at a time\n`);
    printTable(rows);
    process.exitCode = verdicts(rows) ? 0 : 1;
  } finally {
    for (const server of servers) server.kill("SIGTERM");
    await prisma.$disconnect();
    await database.drop();
  }
}

/** Issue 8's targets: the landing page at 40 % of the health route's throughput, a member page at 30 %, the shell under 5 ms. */
function verdicts(rows: Row[]): boolean {
  const byName = (name: string) => rows.find((row) => row.name === name)!;
  const health = byName(PAGES[0]!.name).requestsPerSecond;
  const checks = [
    { what: "landing page ≥ 40 % of the health route's throughput", ok: byName(PAGES[1]!.name).requestsPerSecond >= 0.4 * health },
    { what: "a signed-in member page ≥ 30 % of the health route's throughput", ok: byName(PAGES[3]!.name).requestsPerSecond >= 0.3 * health },
    ...PAGES.filter((page) => page.shell).map((page) => ({ what: `${page.name}: under 5 ms one at a time`, ok: byName(page.name).serverMs < 5 })),
  ];
  console.log("");
  for (const check of checks) console.log(`${check.ok ? "ok  " : "MISS"}  ${check.what}`);
  return checks.every((check) => check.ok);
}

main().catch((error: unknown) => {
  console.error(describeFailure(error));
  process.exit(1);
});
