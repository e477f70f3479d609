import pg from "pg";
import { EnvError, env, requireDatabaseUrl } from "@/lib/env";

/** What stops the server from running safely, as one line; null when all is well. */
export async function checkRuntimeConfig(): Promise<string | null> {
  let databaseUrl: string;
  try {
    const config = env();
    databaseUrl = requireDatabaseUrl();
    if (config.NODE_ENV === "production" && !config.AUTH_SECRET) {
      return "Missing environment variable AUTH_SECRET: set it to a random string of 32+ characters (openssl rand -base64 32)";
    }
  } catch (error) {
    if (error instanceof EnvError) return error.message;
    throw error;
  }
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    const url = new URL(databaseUrl);
    return `Cannot reach the database at ${url.hostname}:${url.port || "5432"}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function exitOnBadRuntimeConfig(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const problem = await checkRuntimeConfig();
  if (problem) {
    console.error(`Error: ${problem}`);
    process.exit(1);
  }
}
