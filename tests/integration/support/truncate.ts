import type { PrismaClient } from "@/lib/generated/prisma/client";

let tables: string[] | undefined;

/** Empties every table the migrations created (not their bookkeeping) and the job queue's jobs, in one statement. */
export async function truncateAllTables(prisma: PrismaClient): Promise<void> {
  tables ??= (
    await prisma.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  ).map((row) => `"public"."${row.tablename}"`).concat(['"pgboss"."job"', '"pgboss"."archive"']);
  if (tables.length > 0) await prisma.$executeRawUnsafe(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
}
