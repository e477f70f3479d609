// Counts the SQL statements the app's database client sends while `run` runs: the app's client is swapped
// for one that reports every statement (raw ones included), then put back.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const slot = globalThis as unknown as { wipnPrisma?: PrismaClient };

export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const previous = slot.wipnPrisma;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }), log: [{ emit: "event", level: "query" }] });
  const queries: string[] = [];
  client.$on("query", (event) => queries.push(event.query));
  await client.$connect();
  slot.wipnPrisma = client;
  try {
    return { result: await run(), queries };
  } finally {
    slot.wipnPrisma = previous;
    await client.$disconnect();
  }
}
