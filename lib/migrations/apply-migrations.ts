// Applies pending migrations exactly the way `prisma migrate deploy` does, without Prisma's native engine:
// the same _prisma_migrations table and bookkeeping, the same advisory lock, folders in name order, each
// migration sent as one command (PostgreSQL runs a multi-statement simple query as one implicit
// transaction, so a failing migration leaves the database as it was). A deployment can switch freely
// between this and `prisma migrate deploy`.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { prepareJobQueues } from "../jobs/boss";
import { MIGRATIONS_DIR, readMigrationFiles, type MigrationFile } from "./migration-files";

/** The advisory lock key Prisma Migrate takes around every run. */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

export type MigrationReport = { applied: string[]; alreadyApplied: number; unknownInDatabase: string[] };

/** A refusal or failure the operator must act on; the message says what and how. */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly code: "FAILED_MIGRATION_IN_DATABASE" | "MODIFIED_MIGRATION" | "MIGRATION_FAILED",
  ) {
    super(message);
  }
}

export type ApplyOptions = {
  connectionString: string;
  migrationsDir?: string;
  log?: (line: string) => void;
  /** Also prepare the job queue; by default only for the app's own migrations folder. */
  jobQueues?: boolean;
};

export async function applyMigrations(options: ApplyOptions): Promise<MigrationReport> {
  const migrations = readMigrationFiles(options.migrationsDir ?? MIGRATIONS_DIR);
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: options.connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    try {
      const report = await applyLocked(client, migrations, log);
      // The job queue's own schema (pg-boss migrates it) and queues, so anything may enqueue from now on.
      if (options.jobQueues ?? !options.migrationsDir) await prepareJobQueues(options.connectionString);
      return report;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function applyLocked(client: pg.Client, migrations: MigrationFile[], log: (line: string) => void): Promise<MigrationReport> {
  const appliedRows = await settleInterruptedRows(client, await readAppliedRows(client));
  // Everything is checked before anything is written, so a refusal leaves the database untouched.
  refuseUnsafeHistory(migrations, appliedRows);

  const applied = new Set(appliedRows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name));
  const known = new Set(migrations.map((migration) => migration.name));
  const unknownInDatabase = [...applied].filter((name) => !known.has(name));
  for (const name of unknownInDatabase) {
    log(`Warning: ${name} is applied to the database but missing from the migrations folder.`);
  }

  const pending = migrations.filter((migration) => !applied.has(migration.name));
  if (pending.length > 0) await client.query(CREATE_MIGRATIONS_TABLE);
  const done: string[] = [];
  for (const migration of pending) {
    if ((await applyOne(client, migration)) === "applied") {
      log(`Applied ${migration.name}`);
      done.push(migration.name);
    }
  }
  return { applied: done, alreadyApplied: applied.size, unknownInDatabase };
}

async function readAppliedRows(client: pg.Client): Promise<AppliedRow[]> {
  const exists = await client.query<{ table: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS "table"`);
  if (!exists.rows[0]?.table) return [];
  const result = await client.query<AppliedRow>(
    `SELECT id, checksum, migration_name, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return result.rows;
}

/** How long a started, unfinished migration of another run is waited for before it counts as failed. */
const IN_PROGRESS_GRACE_MS = 30_000;

/**
 * A started migration with neither finish time nor error log is either being applied by another run (only
 * possible on the embedded server, whose shared session shares the advisory lock) or was interrupted.
 * Wait briefly for the first; the second is then refused like any failed migration.
 */
async function settleInterruptedRows(client: pg.Client, rows: AppliedRow[]): Promise<AppliedRow[]> {
  const deadline = Date.now() + IN_PROGRESS_GRACE_MS;
  const unsettled = (list: AppliedRow[]) => list.some((row) => !row.finished_at && !row.rolled_back_at && row.logs === null);
  while (unsettled(rows) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    rows = await readAppliedRows(client);
  }
  return rows;
}

function refuseUnsafeHistory(migrations: MigrationFile[], rows: AppliedRow[]): void {
  const failed = rows.filter((row) => !row.finished_at && !row.rolled_back_at);
  if (failed.length > 0) {
    const names = failed.map((row) => row.migration_name).join(", ");
    throw new MigrationError(
      `Refusing to migrate: migration ${names} failed earlier and was never resolved. Fix the database by hand, then mark it ` +
        `rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '...') or use ` +
        `\`prisma migrate resolve\`. Its error is in "_prisma_migrations".logs.`,
      "FAILED_MIGRATION_IN_DATABASE",
    );
  }
  const byName = new Map(migrations.map((migration) => [migration.name, migration]));
  const modified = rows
    .filter((row) => row.finished_at && !row.rolled_back_at)
    .filter((row) => {
      const file = byName.get(row.migration_name);
      return file !== undefined && file.checksum !== row.checksum;
    })
    .map((row) => row.migration_name);
  if (modified.length > 0) {
    throw new MigrationError(
      `Refusing to migrate: ${modified.join(", ")} changed after it was applied (its migration.sql no longer matches the ` +
        `recorded checksum). Restore the original file and put the change in a new migration.`,
      "MODIFIED_MIGRATION",
    );
  }
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<"applied" | "applied-by-another-run"> {
  const id = randomUUID();
  // Claiming the migration in one statement is what keeps two runs apart on the embedded server, where
  // every connection shares one session and so one advisory lock; on a real server the lock already does.
  const claim = await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     SELECT $1::varchar, $2::varchar, $3::varchar, now(), 0
     WHERE NOT EXISTS (SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $3 AND rolled_back_at IS NULL)`,
    [id, migration.checksum, migration.name],
  );
  if (claim.rowCount === 0) {
    await waitForOtherRun(client, migration.name);
    return "applied-by-another-run";
  }
  try {
    // No parameters: pg uses the simple query protocol, so the whole file is one command.
    await client.query(migration.sql);
  } catch (error) {
    const logs = failureLogs(migration.name, error);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, logs]);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${describe(error)}`, "MIGRATION_FAILED");
  }
  await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
  return "applied";
}

async function waitForOtherRun(client: pg.Client, name: string): Promise<void> {
  for (const deadline = Date.now() + 10 * 60_000; Date.now() < deadline; ) {
    const { rows } = await client.query<{ finished: boolean; failed: boolean }>(
      `SELECT finished_at IS NOT NULL AS finished, logs IS NOT NULL AS failed FROM "_prisma_migrations"
       WHERE migration_name = $1 AND rolled_back_at IS NULL`,
      [name],
    );
    if (rows.some((row) => row.finished)) return;
    if (rows.some((row) => row.failed)) {
      throw new MigrationError(`Migration ${name} failed in another run; see "_prisma_migrations".logs.`, "MIGRATION_FAILED");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new MigrationError(`Migration ${name} was started by another run that has not finished it.`, "MIGRATION_FAILED");
}

function describe(error: unknown): string {
  if (error instanceof pg.DatabaseError) return `${error.code ?? "error"}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** The text Prisma records in _prisma_migrations.logs for a failed migration. */
function failureLogs(name: string, error: unknown): string {
  const code = error instanceof pg.DatabaseError ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return [
    "A migration failed to apply. New migrations cannot be applied before the error is recovered from.",
    "",
    `Migration name: ${name}`,
    "",
    ...(code ? [`Database error code: ${code}`, ""] : []),
    "Database error:",
    `ERROR: ${message}`,
  ].join("\n");
}

/**
 * Names of the migrations not yet applied, read-only and without the lock; throws a MigrationError when the
 * history is unsafe (a failed or modified migration), as applyMigrations would.
 */
export async function pendingMigrations(connectionString: string, migrationsDir: string = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = readMigrationFiles(migrationsDir);
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const rows = await readAppliedRows(client);
    refuseUnsafeHistory(migrations, rows);
    const applied = new Set(rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name));
    return migrations.filter((migration) => !applied.has(migration.name)).map((migration) => migration.name);
  } finally {
    await client.end();
  }
}
