// Prisma's schema engine compiled to WebAssembly, used with no database at all.
// `prisma migrate diff` needs the native engine, which cannot be downloaded here; the wasm build of the
// very same engine (pinned to the version the installed `prisma` uses) computes the same SQL.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

type DiffTarget = { tag: "empty" } | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };
type Engine = {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
};
type EngineModule = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: object, log: (line: string) => void, adapter: object) => Promise<Engine> };
};

let enginePromise: Promise<Engine> | undefined;

// The engine asks its driver adapter for the server version when it starts, and for nothing else while
// diffing two datamodels. Any other query means a code path that needs a real database: fail loudly.
const noDatabase = { ok: false, error: { kind: "GenericJs", id: 0 } } as const;
const offlineConnection = {
  provider: "postgres",
  adapterName: "offline",
  async queryRaw(query: { sql: string }) {
    if (query.sql.includes("server_version_num")) {
      return {
        ok: true,
        value: { columnNames: ["exists", "version", "numeric_version"], columnTypes: [5, 7, 0], rows: [[true, "PostgreSQL 15.0", 150000]] },
      };
    }
    return noDatabase;
  },
  executeRaw: async () => noDatabase,
  executeScript: async () => noDatabase,
  startTransaction: async () => noDatabase,
  dispose: async () => ({ ok: true, value: undefined }),
};
const offlineAdapter = {
  provider: "postgres",
  adapterName: "offline",
  connect: async () => ({ ok: true, value: offlineConnection }),
  connectToShadowDb: async () => ({ ok: true, value: offlineConnection }),
};

async function loadEngine(): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const dir = path.dirname(bindingsPath);
  const bindings = (await import(pathToFileURL(bindingsPath).href)) as EngineModule;
  const wasmModule = new WebAssembly.Module(readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings.SchemaEngine.new({ datamodels: undefined }, () => {}, offlineAdapter);
}

/**
 * The SQL that turns a database shaped like `fromSchema` (or an empty one) into one shaped like
 * `toSchema`, exactly as `prisma migrate diff --script` writes it. Returns "" when nothing changes.
 */
export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  enginePromise ??= loadEngine();
  const engine = await enginePromise;
  const target = (content: string): DiffTarget => ({ tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] });
  const result = await engine.diff({
    from: fromSchema === null ? { tag: "empty" } : target(fromSchema),
    to: target(toSchema),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  const sql = result.stdout ?? "";
  return sql.includes("-- This is an empty migration.") ? "" : sql;
}
