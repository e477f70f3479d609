// Runs in every integration test file: points the app's database client at this run's database and empties
// every table before each test, so tests never see each other's rows.
import { afterAll, beforeEach, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
const poolMax = inject("databasePoolMax");
if (poolMax) process.env.DATABASE_POOL_MAX = String(poolMax);
else process.env.DATABASE_POOL_MAX ??= "4";

const { db } = await import("@/lib/db");
const { truncateAllTables } = await import("./support/truncate");

beforeEach(async () => {
  await truncateAllTables(db());
});

afterAll(async () => {
  await db().$disconnect();
});
