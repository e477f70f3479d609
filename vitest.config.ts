import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);
const shared = {
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}/$1` },
      // "server-only" throws outside React server code; tests call loaders and actions directly.
      { find: /^server-only$/, replacement: `${root}/tests/server-only-stub.ts` },
    ],
  },
};

export default defineConfig({
  test: {
    // An unusual time zone, so code that forgets one fails here rather than in production.
    env: { TZ: "Pacific/Chatham" },
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["{app,components,lib,prisma,scripts}/**/*.test.{ts,tsx}"],
          exclude: ["**/node_modules/**", "lib/generated/**"],
          environment: "node",
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // One database per run, emptied between tests: files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
