// `npm start` must refuse a bad configuration at once, with one line naming the problem, writing nothing.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmptyDatabase, type TestDatabase } from "./support/test-database";

const run = promisify(execFile);
let dataDir: string;

beforeEach(() => {
  dataDir = path.join(mkdtempSync(path.join(tmpdir(), "wipn-start-")), "data");
});

afterEach(() => {
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

async function startWith(env: Record<string, string | undefined>): Promise<{ code: number; lines: string[] }> {
  const result = await run("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: undefined, AUTH_SECRET: undefined, AUTH_URL: undefined, WIPN_DATA_DIR: dataDir, PORT: "3999", ...env },
    timeout: 60_000,
  }).then(
    () => ({ code: 0, stderr: "" }),
    (error: { code: number; stderr: string }) => error,
  );
  return { code: result.code, lines: result.stderr.split("\n").filter((line) => line && !line.startsWith("npm warn")) };
}

// Each test starts `npx tsx scripts/start.ts`, a process that loads TypeScript: on a loaded 2-core machine that
// alone can take tens of seconds, so these tests get more than the suite's 30 s (the process's own limit is 60 s).
describe("npm start with a bad configuration", { timeout: 90_000 }, () => {
  it("refuses a malformed DATABASE_URL", async () => {
    const { code, lines } = await startWith({ DATABASE_URL: "postgres//nohost", AUTH_SECRET: "s".repeat(32) });

    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^Error: Invalid environment variable DATABASE_URL: must be a postgresql:\/\/ URL/)]);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("refuses an unreachable database", async () => {
    const { code, lines } = await startWith({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/wipn", AUTH_SECRET: "s".repeat(32) });

    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringContaining("Cannot reach the database at 127.0.0.1:1/wipn")]);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("refuses an external database without AUTH_SECRET", async () => {
    const { code, lines } = await startWith({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/wipn" });

    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^Error: Missing environment variable AUTH_SECRET/)]);
  });

  it("refuses a database whose migrations are pending, and leaves it untouched", async () => {
    const database: TestDatabase = await createEmptyDatabase("wipn_start");
    try {
      const { code, lines } = await startWith({ DATABASE_URL: database.url, AUTH_SECRET: "s".repeat(32) });

      expect(code).toBe(1);
      expect(lines).toEqual([expect.stringMatching(/^Error: The database has \d+ pending migration\(s\) .*npm run db:migrate/)]);
      const { onServer } = await import("./support/test-database");
      const tables = await onServer(database.url, (client) => client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`));
      expect(tables.rows[0].n).toBe(0);
    } finally {
      await database.drop();
    }
  });
});
