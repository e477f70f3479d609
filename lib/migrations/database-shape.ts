// The shape of a database's public schema (tables, columns with types, nullability and defaults, enums,
// indexes, constraints with their foreign-key actions, triggers, functions), read from the catalogue and compared readably.
// The drift test uses it to prove that the migrations build exactly what prisma/schema/ describes.
import type pg from "pg";

/** Each entry: a stable key ("column User.email") and what it looks like. */
export type DatabaseShape = Map<string, string>;

const IGNORED_TABLES = ["_prisma_migrations"];

export async function readDatabaseShape(client: pg.Client): Promise<DatabaseShape> {
  const shape: DatabaseShape = new Map();
  const columns = await client.query<{ table: string; column: string; type: string; nullable: boolean; default: string | null; generated: boolean }>(
    `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type,
            NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS "default", a.attgenerated = 's' AS generated
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped`,
  );
  for (const row of columns.rows) {
    if (IGNORED_TABLES.includes(row.table)) continue;
    shape.set(`table ${row.table}`, "exists");
    const value = row.default ? (row.generated ? ` GENERATED ALWAYS AS (${row.default}) STORED` : ` DEFAULT ${row.default}`) : "";
    shape.set(`column ${row.table}.${row.column}`, `${row.type}${row.nullable ? "" : " NOT NULL"}${value}`);
  }
  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
      GROUP BY t.typname`,
  );
  for (const row of enums.rows) shape.set(`enum ${row.name}`, row.labels.join(", "));
  const indexes = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT tablename AS "table", indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public'`,
  );
  for (const row of indexes.rows) {
    if (!IGNORED_TABLES.includes(row.table)) shape.set(`index ${row.name}`, row.definition);
  }
  const constraints = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS "table", k.conname AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE k.contype IN ('p', 'f', 'u', 'c', 'x')`,
  );
  for (const row of constraints.rows) {
    if (!IGNORED_TABLES.includes(row.table)) shape.set(`constraint ${row.table}.${row.name}`, row.definition);
  }
  // Triggers and functions, which only hand-written migrations add (the audit log's, the directory's).
  const triggers = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS "table", t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
       FROM pg_trigger t
       JOIN pg_class c ON c.oid = t.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE NOT t.tgisinternal`,
  );
  for (const row of triggers.rows) shape.set(`trigger ${row.table}.${row.name}`, row.definition);
  const functions = await client.query<{ name: string; arguments: string }>(
    `SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS arguments
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'`,
  );
  for (const row of functions.rows) shape.set(`function ${row.name}(${row.arguments})`, "exists");
  return shape;
}

/** Human-readable differences, one line each; empty when the shapes match exactly. */
export function compareDatabaseShapes(expected: DatabaseShape, actual: DatabaseShape): string[] {
  const differences: string[] = [];
  for (const [key, want] of expected) {
    const have = actual.get(key);
    if (have === undefined) differences.push(`missing   ${key}: ${want}`);
    else if (have !== want) differences.push(`different ${key}: expected ${want}, found ${have}`);
  }
  for (const [key, have] of actual) {
    if (!expected.has(key)) differences.push(`unexpected ${key}: ${have}`);
  }
  return differences.sort((a, b) => a.localeCompare(b));
}
