// Shared by the operational scripts: failures end the process with one readable line, not a stack trace.
import { EnvError } from "../lib/env";
import { MigrationError } from "../lib/migrations/apply-migrations";

/** A failure whose message is already meant for the operator. */
export class CliError extends Error {}

export function describeFailure(error: unknown, databaseUrl?: string): string {
  if (error instanceof CliError || error instanceof EnvError || error instanceof MigrationError) return error.message;
  const where = databaseUrl ? safeHost(databaseUrl) : "the database";
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ETIMEDOUT" || code === "EHOSTUNREACH") {
    return `Cannot reach the database at ${where} (${code}). Is PostgreSQL running, and is DATABASE_URL right?`;
  }
  if (code === "3D000") return `The database in DATABASE_URL does not exist (${where}): ${message}`;
  if (code === "28P01" || code === "28000") return `The database at ${where} refused the credentials in DATABASE_URL: ${message}`;
  return message.split("\n")[0] ?? "Unknown error";
}

/** host:port/database of a connection URL, without the password. */
export function safeHost(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "the configured database";
  }
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
