// A PostgreSQL server for zero-setup runs and tests: PGlite (PostgreSQL compiled to WebAssembly) served
// over the PostgreSQL wire protocol, so the app talks to it exactly as to a real server.
// Limits designed around: every connection shares one session (queries are serialized), LISTEN/NOTIFY
// does not cross connections, and it is PostgreSQL 18 while production servers may be 15.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = {
  /** Connection URL for any PostgreSQL client. */
  url: string;
  port: number;
  stop(): Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Folder for the data files; omitted: in memory, gone when stopped. */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
};

export class EmbeddedDatabaseLockedError extends Error {}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  const releaseLock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const db = await PGlite.create({ dataDir: options.dataDir ? path.join(options.dataDir, "pgdata") : undefined, extensions: { pg_trgm } });
    const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: 64 });
    await server.start();
    const port = Number(server.getServerConn().split(":").pop());
    let stopped = false;
    return {
      url: `postgresql://postgres@${host}:${port}/postgres?sslmode=disable`,
      port,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await server.stop();
          await db.close();
        } finally {
          releaseLock();
        }
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** One process per data folder: PGlite would corrupt files opened twice. Returns the release function. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "embedded-db.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8").trim());
      if (owner && isRunning(owner)) {
        throw new EmbeddedDatabaseLockedError(
          `The embedded database in ${dataDir} is in use by another running instance (process ${owner}). ` +
            `Stop that instance first, or set WIPN_DATA_DIR to another folder.`,
        );
      }
      // The owner is gone (crash, kill -9): the lock is stale.
      rmSync(lockPath, { force: true });
    }
  }
  throw new EmbeddedDatabaseLockedError(`Could not lock the embedded database folder ${dataDir}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function hasEmbeddedData(dataDir: string): boolean {
  return existsSync(path.join(dataDir, "pgdata", "PG_VERSION"));
}
