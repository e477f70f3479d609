import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError } from "@/lib/migrations/apply-migrations";
import { checksumOf, MIGRATIONS_DIR, readMigrationFiles } from "@/lib/migrations/migration-files";
import { createEmptyDatabase, onServer, type TestDatabase } from "./support/test-database";

const run = promisify(execFile);
const migrationNames = readMigrationFiles().map((migration) => migration.name);

type Row = { id: string; checksum: string; migration_name: string; finished_at: Date | null; started_at: Date; logs: string | null; applied_steps_count: number; rolled_back_at: Date | null };
const readRows = (url: string) =>
  onServer(url, async (client) => (await client.query<Row>(`SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`)).rows);
const tableExists = (url: string, table: string) =>
  onServer(url, async (client) => (await client.query(`SELECT to_regclass($1) AS t`, [`"${table}"`])).rows[0].t !== null);

let database: TestDatabase;
let migrationsDir: string;

beforeEach(async () => {
  database = await createEmptyDatabase("wipn_migrations");
  // A private copy of the migrations folder, so tests can edit and add migrations.
  migrationsDir = mkdtempSync(path.join(tmpdir(), "wipn-migrations-"));
  cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
});

afterEach(async () => {
  await database.drop();
  rmSync(migrationsDir, { recursive: true, force: true });
});

function addMigration(name: string, sql: string): void {
  mkdirSync(path.join(migrationsDir, name));
  writeFileSync(path.join(migrationsDir, name, "migration.sql"), sql);
}

describe("applyMigrations", () => {
  it("applies every migration of a fresh database in name order, recorded as Prisma Migrate records them", async () => {
    const report = await applyMigrations({ connectionString: database.url, migrationsDir });

    expect(report.applied).toEqual(migrationNames);
    const rows = await readRows(database.url);
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const file = readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(checksumOf(file));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
    expect(await tableExists(database.url, "User")).toBe(true);
  });

  it("does nothing on a second run", async () => {
    await applyMigrations({ connectionString: database.url, migrationsDir });
    const before = await readRows(database.url);

    const report = await applyMigrations({ connectionString: database.url, migrationsDir });

    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBe(migrationNames.length);
    expect(await readRows(database.url)).toEqual(before);
  });

  it("applies each migration once when two runs start together", async () => {
    const reports = await Promise.all([
      applyMigrations({ connectionString: database.url, migrationsDir }),
      applyMigrations({ connectionString: database.url, migrationsDir }),
    ]);

    expect(reports.flatMap((report) => report.applied).sort()).toEqual(migrationNames);
    const rows = await readRows(database.url);
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("applies each migration once when two `npm run db:migrate` processes start together", async () => {
    const migrate = () => run("npx", ["tsx", "scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: database.url } });

    const results = await Promise.all([migrate(), migrate()]);

    const output = results.map((result) => result.stdout).join("\n");
    expect(output.match(/^Applied \d{14}_/gm)).toHaveLength(migrationNames.length);
    expect((await readRows(database.url)).map((row) => row.migration_name)).toEqual(migrationNames);
  }, 60_000);

  it("refuses, touching nothing, when an applied migration's file has changed", async () => {
    await applyMigrations({ connectionString: database.url, migrationsDir });
    const before = await readRows(database.url);
    const first = migrationNames[0]!;
    appendFileSync(path.join(migrationsDir, first, "migration.sql"), "\n-- edited after it was applied\n");
    addMigration("29990101000000_later", `CREATE TABLE "Later" ("id" INTEGER NOT NULL);`);

    const attempt = applyMigrations({ connectionString: database.url, migrationsDir });

    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(new RegExp(`${first} changed after it was applied`));
    expect(await readRows(database.url)).toEqual(before);
    expect(await tableExists(database.url, "Later")).toBe(false);
  });

  it("rolls a failing migration back, records the failure, and stops", async () => {
    addMigration("29990101000000_broken", `CREATE TABLE "HalfDone" ("id" INTEGER);\nSELECT * FROM "no_such_table";`);
    addMigration("29990101000001_after", `CREATE TABLE "After" ("id" INTEGER);`);

    const attempt = applyMigrations({ connectionString: database.url, migrationsDir });

    await expect(attempt).rejects.toThrow(/29990101000000_broken failed and was rolled back: 42P01/);
    expect(await tableExists(database.url, "HalfDone")).toBe(false);
    expect(await tableExists(database.url, "After")).toBe(false);
    const broken = (await readRows(database.url)).find((row) => row.migration_name === "29990101000000_broken");
    expect(broken?.finished_at).toBeNull();
    expect(broken?.applied_steps_count).toBe(0);
    expect(broken?.logs).toContain("Migration name: 29990101000000_broken");
    expect(broken?.logs).toContain("Database error code: 42P01");
    expect(await tableExists(database.url, "User")).toBe(true);
  });

  it("refuses to run after a failed migration until it is marked rolled back", async () => {
    addMigration("29990101000000_broken", `SELECT * FROM "no_such_table";`);
    await applyMigrations({ connectionString: database.url, migrationsDir }).catch(() => {});
    const before = await readRows(database.url);

    await expect(applyMigrations({ connectionString: database.url, migrationsDir })).rejects.toMatchObject({
      code: "FAILED_MIGRATION_IN_DATABASE",
      message: expect.stringContaining("29990101000000_broken failed earlier"),
    });
    expect(await readRows(database.url)).toEqual(before);

    // The operator fixes the migration and marks the failed attempt rolled back, as with `prisma migrate resolve`.
    writeFileSync(path.join(migrationsDir, "29990101000000_broken", "migration.sql"), `CREATE TABLE "Fixed" ("id" INTEGER);`);
    await onServer(database.url, (client) =>
      client.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '29990101000000_broken'`),
    );
    const report = await applyMigrations({ connectionString: database.url, migrationsDir });
    expect(report.applied).toEqual(["29990101000000_broken"]);
    expect(await tableExists(database.url, "Fixed")).toBe(true);
  });
});

describe("npm run db:migrate", () => {
  it("exits with one line naming the variable when DATABASE_URL is malformed", async () => {
    const attempt = run("npx", ["tsx", "scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: "not a url" } });

    await expect(attempt).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Error: Invalid environment variable DATABASE_URL: .*\n$/m),
    });
    const failure = await attempt.then(
      () => "",
      (error: { stderr: string }) => error.stderr,
    );
    expect(failure.trim().split("\n").filter((line) => !line.startsWith("npm warn"))).toHaveLength(1);
  });

  it("exits with one line when the database cannot be reached", async () => {
    const attempt = run("npx", ["tsx", "scripts/migrate.ts"], {
      env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere" },
    });

    await expect(attempt).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("Cannot reach the database at 127.0.0.1:1/nowhere") });
  });
});
