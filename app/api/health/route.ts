import { loadDatabaseHealth } from "@/lib/health/loaders";

// Liveness and readiness for operators and load balancers. Never cached; reveals no configuration.
export const dynamic = "force-dynamic";

export async function GET() {
  const database = await loadDatabaseHealth();
  const body = database.reachable
    ? { status: "ok" as const, database: { reachable: true, appliedMigrations: database.appliedMigrations } }
    : { status: "error" as const, database: { reachable: false, appliedMigrations: 0 }, code: database.code };
  return Response.json(body, {
    status: database.reachable ? 200 : 503,
    headers: { "Cache-Control": "no-store, max-age=0" },
  });
}
