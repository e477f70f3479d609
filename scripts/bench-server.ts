// The production server for the benchmarks: started on a scratch database, a signed-in member's cookie, and
// plain requests to it, and where a profiled server spent its time (bench:pages, bench:directory, bench:board).
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { webServerCommand } from "./cli";

const SESSION_COOKIE = "authjs.session-token";

/** The production server's environment for a scratch database; `basePort` names the public URL. */
export function serverEnv(databaseUrl: string, authSecret: string, port: number, basePort = port): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    AUTH_URL: `http://localhost:${basePort}`,
    AUTH_TRUST_HOST: "true",
    TRUSTED_PROXIES: "",
    PORT: String(port),
  };
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

export async function startServer(env: NodeJS.ProcessEnv, port: number, profileDir?: string): Promise<ChildProcess> {
  const [command, args] = webServerCommand({ profileDir });
  const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} exited (code ${child.exitCode})`);
    const healthy = await fetch(`http://localhost:${port}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server on port ${port} did not answer within 60 s`);
}

export async function stopServer(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGINT");
  await exited;
}

/** A signed-in browser's cookie for this user, as Auth.js would set it: a registered session named in a JWT. */
export async function sessionCookie(prisma: PrismaClient, email: string, authSecret: string): Promise<string> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const sessionToken = randomBytes(32).toString("base64url");
  await prisma.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 86_400_000), userAgent: "bench-pages" } });
  const jwt = await encode({ token: { sub: user.id, sid: sessionToken }, secret: authSecret, salt: SESSION_COOKIE, maxAge: 86_400 });
  return `${SESSION_COOKIE}=${jwt}`;
}

export async function fetchPage(url: string, cookie: string | undefined): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  return { status: response.status, body: await response.text() };
}


type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };

/** Self time by function and by package, from the newest .cpuprofile in `dir`. */
export function printProfile(dir: string): void {
  // The main thread's profile: tsx's module loader runs in a worker thread that writes its own (".1.").
  const newest = readdirSync(dir).filter((file) => /\.0\.\d+\.cpuprofile$/.test(file)).sort().pop();
  if (!newest) throw new Error(`no .cpuprofile written in ${dir}`);
  const profile = JSON.parse(readFileSync(path.join(dir, newest), "utf8")) as { nodes: ProfileNode[]; samples: number[] };
  const hits = new Map<number, number>();
  for (const sample of profile.samples) hits.set(sample, (hits.get(sample) ?? 0) + 1);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const count = hits.get(node.id) ?? 0;
    if (!count) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
    byFunction.set(`${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`, (byFunction.get(`${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`) ?? 0) + count);
    const pkg = where.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? (where.startsWith("./.next") ? "the app (.next)" : where ? "node" : functionName || "(program)");
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + count);
  }
  const total = profile.samples.length;
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, count]) => `${((100 * count) / total).toFixed(1).padStart(5)} %  ${name}`);
  console.log(`\n${path.join(dir, newest)}: ${total} samples\n\nself time by package\n${top(byPackage, 15).join("\n")}\n\nself time by function\n${top(byFunction, 30).join("\n")}`);
}
