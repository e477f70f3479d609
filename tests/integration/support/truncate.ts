import type { PrismaClient } from "@/lib/generated/prisma/client";

let tables: string[] | undefined;

/** Empties every table the migrations created (not their bookkeeping), in one statement. */
export async function truncateAllTables(prisma: PrismaClient): Promise<void> {
  tables ??= (
    await prisma.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  ).map((row) => `"public"."${row.tablename}"`);
  if (tables.length > 0) await prisma.$executeRawUnsafe(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
}
