import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env, requireDatabaseUrl } from "@/lib/env";

// One connection pool and one client per process, created on first use so that `next build` never needs a
// database. In development the module is re-evaluated on every change, so they live on globalThis. The job
// worker (lib/jobs) runs on the same pool: on the embedded database, whose connections share one session, a
// second connection would interleave its statements with the app's.
const globalForDb = globalThis as unknown as { wipnPrisma?: PrismaClient; wipnPool?: pg.Pool };

export function dbPool(): pg.Pool {
  if (!globalForDb.wipnPool) {
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: env().DATABASE_POOL_MAX ?? 10 });
    // An idle connection dropped by the server (a restart) is replaced on the next query; it must not end the process.
    pool.on("error", (error) => console.error(`[db] ${error.message}`));
    globalForDb.wipnPool = pool;
  }
  return globalForDb.wipnPool;
}

export function db(): PrismaClient {
  globalForDb.wipnPrisma ??= new PrismaClient({ adapter: new PrismaPg(dbPool(), { disposeExternalPool: true }) });
  return globalForDb.wipnPrisma;
}
/** Whether a write failed on a unique constraint (P2002): someone else took the email, slug, ... first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
