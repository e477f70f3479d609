import "server-only";
import { db } from "@/lib/db";
import { EnvError } from "@/lib/env";

export type DatabaseHealth =
  | { reachable: true; appliedMigrations: number }
  | { reachable: false; code: "DB_UNCONFIGURED" | "DB_UNREACHABLE" | "DB_TIMEOUT" };

/** A health check must answer quickly even when the database hangs. */
const TIMEOUT_MS = 3000;

/**
 * Whether the database answers, and how many migrations are fully applied (finished, not rolled back).
 * A database with no "_prisma_migrations" table yet counts as reachable with 0 migrations.
 */
export async function readDatabaseHealth(): Promise<DatabaseHealth> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve({ reachable: false, code: "DB_TIMEOUT" }), TIMEOUT_MS);
  });
  try {
    return await Promise.race([countAppliedMigrations(), timeout]);
  } catch (error) {
    const code = error instanceof EnvError ? "DB_UNCONFIGURED" : "DB_UNREACHABLE";
    // Log the kind of failure only: driver messages can include host names or user names.
    console.error(`[health] database check failed: ${code}`);
    return { reachable: false, code };
  } finally {
    clearTimeout(timer);
  }
}

async function countAppliedMigrations(): Promise<DatabaseHealth> {
  const client = db();
  const [table] = await client.$queryRaw<Array<{ exists: boolean }>>`
    SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`;
  if (!table?.exists) return { reachable: true, appliedMigrations: 0 };
  const [row] = await client.$queryRaw<Array<{ count: bigint | number }>>`
    SELECT count(*) AS "count" FROM "_prisma_migrations"
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return { reachable: true, appliedMigrations: Number(row?.count ?? 0) };
}
