// Shared by the operational scripts: failures end the process with one readable line, not a stack trace;
// and the one way they start the web server.
import path from "node:path";
import { EnvError } from "../lib/env";
import { MigrationError } from "../lib/migrations/apply-migrations";

/** A failure whose message is already meant for the operator. */
export class CliError extends Error {}

const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ECONNRESET: "connection reset",
};

/** A one-line explanation of a failure, without stack traces or secrets. */
export function describeFailure(error: unknown, databaseUrl?: string): string {
  if (error instanceof CliError || error instanceof EnvError || error instanceof MigrationError) return error.message;
  const codes = errorCodes(error);
  const message = lastLine(error instanceof Error ? error.message : String(error));
  const target = databaseUrl ? safeHost(databaseUrl) : "the configured address";
  const unreachable = codes.find((code) => code in UNREACHABLE);
  if (unreachable) return `Cannot reach the database at ${target}: ${UNREACHABLE[unreachable]} (${unreachable}). Is PostgreSQL running, and is DATABASE_URL right?`;
  if (/connection timeout|timeout exceeded when trying to connect/i.test(message)) return `Cannot reach the database at ${target}: timed out`;
  if (codes.includes("P1001") || codes.includes("DatabaseNotReachable")) return `Cannot reach the database at ${target}: ${message}`;
  if (codes.includes("3D000") || codes.includes("P1003")) return `The database does not exist at ${target}: ${message}`;
  if (codes.includes("28P01") || codes.includes("28000")) return `The database at ${target} refused the credentials: ${message}`;
  if (codes.includes("42P01") || codes.includes("P2021")) return `The database has no tables yet; apply the migrations first (npm run db:migrate): ${message}`;
  return message;
}

/** host:port/database of a connection URL, without user or password. */
export function safeHost(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "the configured address";
  }
}

/** Error codes along the cause chain: Node's `code`, PostgreSQL SQLSTATE, Prisma codes and adapter kinds. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    for (const key of ["code", "originalCode", "kind"]) if (typeof record[key] === "string") codes.push(record[key] as string);
    const adapterError = (record.meta as Record<string, unknown> | undefined)?.driverAdapterError;
    current = record.cause ?? adapterError;
  }
  return codes;
}

function lastLine(message: string): string {
  return message.split("\n").map((line) => line.trim()).filter(Boolean).at(-1) ?? "unknown error";
}

export async function runCli(main: () => Promise<void>, databaseUrl?: () => string | undefined): Promise<void> {
  try {
    await main();
  } catch (error) {
    let url: string | undefined;
    try {
      url = databaseUrl?.();
    } catch {
      url = undefined;
    }
    console.error(`Error: ${describeFailure(error, url)}`);
    process.exitCode = 1;
  }
}

/** How the operational scripts start the platform's web server (scripts/serve.ts): command and arguments. */
export function webServerCommand(options: { dev?: boolean; profileDir?: string } = {}): [string, string[]] {
  const profile = options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [];
  return [process.execPath, [...profile, "--import", "tsx", path.resolve("scripts/serve.ts"), ...(options.dev ? ["--dev"] : [])]];
}
