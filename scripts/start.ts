// `npm start`: runs the platform.
// - No DATABASE_URL: starts the embedded PostgreSQL (data under WIPN_DATA_DIR, default .data/), applies
//   migrations, seeds reference data, and demo data on the very first run only.
// - DATABASE_URL set: uses that server, refuses to start while migrations are pending, never seeds demo data.
// Then builds the app if the build is missing or older than the sources, and runs the web server
// (scripts/serve.ts; `npm run dev`: its development mode). Ctrl-C / SIGTERM stop the app, then the database, cleanly.
import "./load-env";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseEnv, type Env } from "../lib/env";
import { PrismaClient } from "../lib/generated/prisma/client";
import { hasEmbeddedData, startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/embedded-db/embedded-postgres";
import { applyMigrations, pendingMigrations } from "../lib/migrations/apply-migrations";

import { DEMO_ADMIN_TOTP_SECRET, DEMO_SIGN_INS } from "../prisma/seed/demo-data";
import { runSeed } from "./seed";
import { CliError, describeFailure, webServerCommand } from "./cli";
import { buildIsCurrent } from "./build-freshness";

const dev = process.argv.includes("--dev");
let database: EmbeddedPostgres | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function main(): Promise<void> {
  const config = parseEnv(process.env);
  const port = config.PORT ?? 3000;
  const dataDir = path.resolve(config.WIPN_DATA_DIR ?? ".data");
  const appEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };

  if (config.DATABASE_URL) {
    if (!config.AUTH_SECRET && !dev) throw new CliError("Missing environment variable AUTH_SECRET: set it to a random string of 32+ characters (openssl rand -base64 32)");
    await checkExternalDatabase(config.DATABASE_URL);
    appEnv.AUTH_SECRET = config.AUTH_SECRET ?? embeddedAuthSecret(dataDir);
  } else {
    const firstRun = !hasEmbeddedData(path.join(dataDir, "db"));
    console.log(firstRun ? `Creating the embedded database in ${dataDir} …` : `Starting the embedded database in ${dataDir} …`);
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "db") });
    appEnv.AUTH_SECRET = config.AUTH_SECRET ?? embeddedAuthSecret(dataDir);
    await prepareEmbeddedDatabase(database.url, firstRun || !existsSync(demoMarker(dataDir)), dataDir, appEnv.AUTH_SECRET);
    appEnv.DATABASE_URL = database.url;
    // The embedded server runs every connection in one session: one connection keeps transactions apart.
    appEnv.DATABASE_POOL_MAX = "1";
    // ... and a notification never reaches another connection: the public page cache polls instead.
    appEnv.PUBLIC_CACHE_INVALIDATION = "poll";
  }
  appEnv.AUTH_URL ??= `http://localhost:${port}`;
  appEnv.AUTH_TRUST_HOST ??= "true";

  if (!dev && !buildIsCurrent()) {
    console.log("Building the app (on the first start and after changes; about a minute) …");
    const builtIn = await timed(() => runQuietly("next", ["build"], { ...appEnv, NODE_ENV: "production" }));
    console.log(`Built the app in ${builtIn} s.`);
  }
  // The embedded set-up holds demo accounts with published passwords: only this machine may reach it.
  const host = config.HOST ?? (config.DATABASE_URL ? undefined : "127.0.0.1");
  console.log(`Starting the server on ${host ?? "every network interface"}, port ${port} …`);
  await serve(config, port, host, appEnv);
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = Date.now();
  await work();
  return Math.round((Date.now() - started) / 1000);
}

async function checkExternalDatabase(url: string): Promise<void> {
  const pending = await pendingMigrations(url);
  if (pending.length > 0) {
    throw new CliError(`The database has ${pending.length} pending migration(s) (${pending[0]}…): run \`npm run db:migrate\` first`);
  }
}

async function prepareEmbeddedDatabase(url: string, seedDemo: boolean, dataDir: string, authSecret: string): Promise<void> {
  const report = await applyMigrations({ connectionString: url });
  if (report.applied.length > 0) console.log(`Applied ${report.applied.length} migration(s).`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  try {
    await runSeed(prisma, { demo: seedDemo, authSecret, log: (line) => console.log(line) });
    if (seedDemo) writeFileSync(demoMarker(dataDir), new Date().toISOString());
  } finally {
    await prisma.$disconnect();
  }
}

const demoMarker = (dataDir: string) => path.join(dataDir, "demo-seeded");

/** A per-installation secret for the embedded set-up, kept beside its data so sessions survive restarts. */
function embeddedAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function serve(config: Env, port: number, host: string | undefined, appEnv: NodeJS.ProcessEnv): Promise<void> {
  const [command, args] = webServerCommand({ dev });
  const env: NodeJS.ProcessEnv = { ...appEnv, PORT: String(port), HOST: host ?? "", NODE_ENV: dev ? "development" : "production" };
  app = spawn(command, args, { env, stdio: ["ignore", "pipe", "inherit"] });
  // The server's "Ready" line (and Next's banner in development) is replaced by the announcement below;
  // what the server prints after it (logs) passes through.
  let banner = "";
  let announced = false;
  app.stdout?.on("data", (chunk: Buffer) => {
    if (announced) return void process.stdout.write(chunk);
    banner += chunk.toString();
    if (/Ready|started server/i.test(banner)) {
      announced = true;
      announce(config, port, host);
    }
  });
  const code = await new Promise<number>((resolve) => app?.on("exit", (exitCode) => resolve(exitCode ?? 0)));
  if (!announced) process.stdout.write(banner);
  if (!stopping) {
    await database?.stop();
    process.exit(code === 0 ? 1 : code);
  }
}

function announce(config: Env, port: number, host: string | undefined): void {
  const lines = ["", `The Women in Prison Network platform is running at http://localhost:${port}`];
  if (!config.DATABASE_URL) {
    lines.push("Embedded database with demo data. Demo sign-ins (fictional people; every password is the same):");
    for (const signIn of DEMO_SIGN_INS) lines.push(`  ${signIn.role.padEnd(30)} ${signIn.email.padEnd(36)} ${signIn.password}`);
    lines.push(`  The admin uses two-step verification: add the secret ${DEMO_ADMIN_TOTP_SECRET} to an authenticator app.`);
    lines.push("  The moderator is asked to set up two-step verification at the first sign-in (staff must have it).");
    if (!isLoopback(host)) lines.push(`Warning: HOST=${host} lets other devices on the network open it, demo accounts included.`);
  }
  lines.push("Press Ctrl-C to stop.", "");
  console.log(lines.join("\n"));
}

function isLoopback(host: string | undefined): boolean {
  return host === "localhost" || host === "::1" || /^127\./.test(host ?? "");
}

function nextBin(): string {
  return path.resolve("node_modules/.bin/next");
}

/** Runs a step whose output only matters when it fails: then it is printed, followed by the error. */
function runQuietly(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command === "next" ? nextBin() : command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    app = child;
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("exit", (code) => {
      if (stopping) return; // shutdown() ends the process
      if (code === 0) return resolve();
      process.stderr.write(Buffer.concat(output));
      reject(new CliError(`${command} ${args.join(" ")} failed (exit code ${code})`));
    });
  });
}

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\nStopping (${signal}) …`);
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((resolve) => app?.once("exit", resolve));
  }
  await database?.stop();
  console.log("Stopped.");
  process.exit(0);
}

process.on("SIGINT", (signal) => void shutdown(signal));
process.on("SIGTERM", (signal) => void shutdown(signal));

try {
  await main();
} catch (error) {
  console.error(`Error: ${describeFailure(error, process.env.DATABASE_URL)}`);
  await database?.stop().catch(() => {});
  process.exit(1);
}
