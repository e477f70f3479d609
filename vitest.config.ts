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

// An unusual time zone, so code that forgets one fails here rather than in production.
const env = { TZ: "Pacific/Chatham", AUTH_SECRET: "integration-tests-only-secret-0123456789abcdef" };

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          env,
          include: ["{app,components,lib,prisma,scripts}/**/*.test.{ts,tsx}"],
          exclude: ["**/node_modules/**", "lib/generated/**"],
          environment: "node",
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          // Tests that call server actions send X-Forwarded-For as the one trusted proxy would; links in
          // emails are built from AUTH_URL (lib/links.ts).
          env: { ...env, TRUSTED_PROXIES: "1", AUTH_URL: "https://network.example.org" },
          // next-auth imports "next/server" without an extension, which only a bundler resolves.
          server: { deps: { inline: ["next-auth"] } },
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
