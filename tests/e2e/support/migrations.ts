import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const MIGRATIONS = path.join(import.meta.dirname, "../../../prisma/migrations");

/** The migrations in the repository: folders of prisma/migrations holding a migration.sql. */
export function migrationCount(): number {
  const count = readdirSync(MIGRATIONS, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(path.join(MIGRATIONS, entry.name, "migration.sql")),
  ).length;
  if (count === 0) throw new Error(`No migrations found in ${MIGRATIONS}`);
  return count;
}
