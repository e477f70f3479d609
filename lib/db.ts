import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env, requireDatabaseUrl } from "@/lib/env";

// One client per process, created on first use so that `next build` never needs a database.
// In development the module is re-evaluated on every change, so the client lives on globalThis.
const globalForDb = globalThis as unknown as { wipnPrisma?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForDb.wipnPrisma) {
    const adapter = new PrismaPg({ connectionString: requireDatabaseUrl(), max: env().DATABASE_POOL_MAX ?? 10 });
    globalForDb.wipnPrisma = new PrismaClient({ adapter });
  }
  return globalForDb.wipnPrisma;
}

/** Whether a write failed on a unique constraint (P2002): someone else took the email, slug, ... first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
