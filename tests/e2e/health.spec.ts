import { expect, test } from "./support/test";
import { migrationCount } from "./support/migrations";

test("/api/health reports a reachable, fully migrated database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { reachable: true } });
  expect(body.database.appliedMigrations).toBe(migrationCount());
});
