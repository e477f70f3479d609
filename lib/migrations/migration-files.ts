// The migrations folder, in Prisma Migrate's layout: <timestamp>_<name>/migration.sql, applied in name order.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
/** The schema the newest generated migration was diffed to; the next migration is diffed from it. */
export const SCHEMA_SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema-snapshot.prisma");

/** Prisma's multi-file schema: one file per area (README, "Migrations"). */
export const SCHEMA_DIR = path.resolve("prisma/schema");

/** The whole schema as one text (its files in name order), as the offline engine and the snapshot take it. */
export function readSchema(dir: string = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".prisma"))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), "utf8"))
    .join("\n");
}

export type MigrationFile = { name: string; sql: string; checksum: string };

/** Lowercase sha256 hex of the file's bytes: the checksum Prisma stores in _prisma_migrations. */
export function checksumOf(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

export function readMigrationFiles(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) };
    });
}
