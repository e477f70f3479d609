import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
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
