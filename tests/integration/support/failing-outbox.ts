// Makes the next outbox INSERT fail inside PostgreSQL (a trigger), so a job's transaction breaks half-way
// through — after it claimed and marked its notifications — exactly as a crash before commit would.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function withFailingOutbox<T>(prisma: PrismaClient, run: () => Promise<T>): Promise<T> {
  await prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox refused by the test'; END $$`);
  await prisma.$executeRawUnsafe(`CREATE TRIGGER test_refuse_outbox BEFORE INSERT ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION test_refuse_outbox()`);
  try {
    return await run();
  } finally {
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_outbox ON "OutboxEmail"`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_refuse_outbox()`);
  }
}
