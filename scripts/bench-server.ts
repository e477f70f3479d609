// The production server for the benchmarks: started on a scratch database, a signed-in member's cookie, and
// plain requests to it (bench:pages, bench:directory).
import { spawn, type ChildProcess } from "node:child_process";
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

