import { describe, expect, it } from "vitest";
import { readDatabaseHealth } from "@/lib/health/data";
import { readMigrationFiles } from "@/lib/migrations/migration-files";
import { GET } from "@/app/api/health/route";

describe("health check", () => {
  it("reports the database reachable with every migration applied", async () => {
    expect(await readDatabaseHealth()).toEqual({ reachable: true, appliedMigrations: readMigrationFiles().length });
  });

  it("answers 200 with no configuration details and no caching", async () => {
    const response = await GET();

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await response.json()).toEqual({
      status: "ok",
      database: { reachable: true, appliedMigrations: readMigrationFiles().length },
    });
  });
});
