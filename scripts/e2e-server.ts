// Web servers for the Playwright projects (see playwright.config.ts). Playwright starts them before any
// global setup and stops them last, by sending SIGTERM to the whole process group; so each server owns
// its database or data folder and removes it itself when it stops.
//
// `tsx scripts/e2e-server.ts --port 3100`: a fresh database (on the server named by TEST_DATABASE_URL
//   when set, else an in-memory embedded one), migrated and seeded with reference and demo data, then
//   the production build (built first only when missing or stale) on that port. Prints
//   "E2E_DATABASE_URL=<url>" on stdout once the app answers, so tests can create data with the factories.
// `tsx scripts/e2e-server.ts --zero-setup --port 3101`: `npm start` exactly as a newcomer runs it (no
//   DATABASE_URL, nothing configured) with WIPN_DATA_DIR in a fresh temporary folder, removed afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/embedded-db/embedded-postgres";
import { PrismaClient } from "../lib/generated/prisma/client";
import { applyMigrations } from "../lib/migrations/apply-migrations";
import { buildIsCurrent } from "./build-freshness";
import { webServerCommand } from "./cli";
import { runSeed } from "./seed";

type Database = { url: string; description: string; poolMax?: number; remove(): Promise<void> };

const cleanups: Array<() => Promise<void> | void> = [];
let child: ChildProcess | undefined;
let stopping = false;

function log(line: string): void {
  // stderr: Playwright shows a web server's stderr by default and hides its stdout.
  process.stderr.write(`[e2e-server] ${line}\n`);
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function createDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    // The embedded server runs every connection in one session: one connection keeps transactions apart.
    return { url: embedded.url, description: "embedded (in memory)", poolMax: 1, remove: () => embedded.stop() };
  }
  const name = `wipn_e2e_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    description: `${name} on ${url.hostname}:${url.port || "5432"}`,
    remove: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

async function withAdminClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function prepareDatabase(database: Database, authSecret: string): Promise<void> {
  const report = await applyMigrations({ connectionString: database.url });
  log(`applied ${report.applied.length} migration(s)`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 1 }) });
  try {
    await runSeed(prisma, { demo: true, authSecret, log });
  } finally {
    await prisma.$disconnect();
  }
}

function nextBin(): string {
  return path.resolve("node_modules/.bin/next");
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  child = started;
  return new Promise((resolve) =>
    started.on("exit", (code, signal) => {
      if (!stopping && (code !== 0 || signal)) log(`${command} ${args.join(" ")} ended (exit code ${code}, signal ${signal})`);
      resolve(code ?? 1);
    }),
  );
}

async function waitUntilHealthy(url: string, exited: Promise<number>, timeoutMs: number): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + timeoutMs;
  while (!done && Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(done ? "the app exited before it answered" : `the app did not answer ${url} within ${timeoutMs / 1000}s`);
}

/** Fails fast when something already listens on the port: the tests would otherwise talk to it. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === "EADDRINUSE" ? `port ${port} is in use: stop whatever runs there first` : error.message)),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}

async function serveApp(port: number): Promise<number> {
  const database = await createDatabase();
  cleanups.push(() => database.remove());
  log(`created database ${database.description}`);
  const authSecret = randomBytes(32).toString("base64url");
  await prepareDatabase(database, authSecret);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    DATABASE_POOL_MAX: database.poolMax ? String(database.poolMax) : "",
    AUTH_SECRET: authSecret,
    // Tests that seal TOTP secrets or compute links need what the server uses.
    AUTH_URL: `http://localhost:${port}`,
    AUTH_TRUST_HOST: "true",
    // As behind one reverse proxy: each test sends its own X-Forwarded-For (tests/e2e/support/test.ts),
    // which the app then believes, so per-address limits are per test.
    TRUSTED_PROXIES: "1",
    // The embedded server's connections share one session, so no notification reaches the public page cache's
    // LISTEN: it polls the campaigns' versions instead, as under `npm start`.
    PUBLIC_CACHE_INVALIDATION: database.poolMax === 1 ? "poll" : "",
    PORT: String(port),
  };
  if (!buildIsCurrent()) {
    log("building the app (next build) …");
    const code = await runToEnd(nextBin(), ["build"], env);
    if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  }
  if (stopping) return 0;
  const exited = runToEnd(...webServerCommand(), env);
  await waitUntilHealthy(`http://localhost:${port}/api/health`, exited, 60_000);
  // Playwright waits for this line (config webServer.wait) and hands the URL to the test workers.
  process.stdout.write(`E2E_DATABASE_URL=${database.url}\n`);
  log(`serving http://localhost:${port} with database ${database.description}`);
  return exited;
}

async function serveZeroSetup(port: number): Promise<number> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "wipn-zero-setup-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  log(`npm start with WIPN_DATA_DIR=${dataDir}`);
  // As a newcomer has it: no database, no secret, no test settings. Empty rather than absent, so that a
  // developer's .env (which npm start loads, without overriding variables that are set) cannot fill them
  // in; the platform reads an empty variable as unset.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), WIPN_DATA_DIR: dataDir, DATABASE_URL: "", AUTH_SECRET: "", DATABASE_POOL_MAX: "" };
  for (const name of ["TEST_DATABASE_URL", "E2E_DATABASE_URL", "AUTH_URL"]) delete env[name];
  return runToEnd("npm", ["start"], env);
}

let cleaning: Promise<void> | undefined;
/** Runs the clean-ups once, newest first, whoever asks first (a signal or the end of the server). */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        log(`clean-up failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}

async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null && child.signalCode === null) {
    const running = child;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    // Playwright signals the whole process group, so the child has the signal already; pass it on only
    // when it was sent to this process alone. (Signalling twice makes tsx's own parent process, inside
    // npm start, kill its script before it has stopped the database.)
    const timer = setTimeout(() => running.kill(signal), 3000);
    await exited;
    clearTimeout(timer);
  }
  await cleanUp();
  process.exit(0);
}

process.on("SIGINT", (signal) => void stop(signal));
process.on("SIGTERM", (signal) => void stop(signal));

const port = Number(argValue("--port") ?? 3100);
try {
  await assertPortFree(port);
  const code = process.argv.includes("--zero-setup") ? await serveZeroSetup(port) : await serveApp(port);
  if (!stopping) {
    log("the server stopped by itself");
    await cleanUp();
    process.exit(code === 0 ? 1 : code);
  }
} catch (error) {
  if (!stopping) {
    log(`failed: ${(error as Error).message}`);
    if (child && child.exitCode === null) child.kill("SIGTERM");
    await cleanUp();
    process.exit(1);
  }
}
