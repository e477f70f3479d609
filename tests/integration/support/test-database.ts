// Creates the fresh database an integration run uses: on the PostgreSQL server named by TEST_DATABASE_URL
// when it is set (CI), otherwise on an embedded PGlite server. Migrated here, dropped at the end.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../../../lib/embedded-db/embedded-postgres";
import { applyMigrations } from "../../../lib/migrations/apply-migrations";

/** `poolMax`: the most connections the app may open (the embedded server runs them all in one session). */
export type TestDatabase = { url: string; drop(): Promise<void>; poolMax?: number };

/** A fresh, migrated database. */
export async function createTestDatabase(prefix = "wipn_test"): Promise<TestDatabase> {
  const database = await createEmptyDatabase(prefix);
  try {
    await applyMigrations({ connectionString: database.url });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/** A fresh database with nothing in it. */
export async function createEmptyDatabase(prefix = "wipn_test"): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, drop: () => embedded.stop(), poolMax: 1 };
  }
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(serverUrl, name),
    drop: () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/** The same server URL pointing at another database. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
