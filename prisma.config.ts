import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI downloads its native schema engine on every command, which fails offline.
// `prisma generate` never runs that engine, so any existing file satisfies the check.
// Migrations are applied by scripts/migrate.ts instead (see README, "Migrations").
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // Only used by Prisma CLI commands that talk to a database; the app reads lib/env.ts.
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/wipn",
  },
});
