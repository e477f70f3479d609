import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** Set for the embedded server, whose connections share one session: the app then uses one, as in production. */
    databasePoolMax: number | undefined;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  project.provide("databaseUrl", database.url);
  project.provide("databasePoolMax", database.poolMax);
  return async () => {
    await database.drop();
  };
}
