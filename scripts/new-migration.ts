// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the database from the
// schema of the last generated migration to prisma/schema/, as `prisma migrate dev --create-only`
// would, but offline (see lib/migrations/offline-schema-engine.ts).
//   npm run db:migration:new -- add_board
//   npm run db:migration:new -- audit_trigger --empty   (an empty file to write SQL by hand)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffSchemas } from "../lib/migrations/offline-schema-engine";
import { MIGRATIONS_DIR, readSchema, SCHEMA_SNAPSHOT_PATH } from "../lib/migrations/migration-files";

const args = process.argv.slice(2);
const name = args.find((arg) => !arg.startsWith("--"));
const empty = args.includes("--empty");
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <snake_case_name> [--empty]");
  process.exit(1);
}

const schema = readSchema();
const previous = existsSync(SCHEMA_SNAPSHOT_PATH) ? readFileSync(SCHEMA_SNAPSHOT_PATH, "utf8") : null;
const sql = empty ? "-- Write this migration by hand.\n" : await diffSchemas(previous, schema);
if (!sql) {
  console.log("prisma/schema/ has not changed since the last migration: nothing to write.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
if (!empty) writeFileSync(SCHEMA_SNAPSHOT_PATH, schema);
console.log(`Wrote ${path.join(folder, "migration.sql")}. Review it, then run npm run db:migrate.`);
