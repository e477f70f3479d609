import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Only the data layer talks to the database: lib/db.ts, lib/<domain>/data.ts and lib/<domain>/mutations.ts.
// Operational code outside the app (scripts/, prisma/seed/, tests/) builds its own clients.
const databaseImports = {
  patterns: [
    {
      group: ["@/lib/generated/prisma/client", "@/lib/generated/prisma/client.*", "**/generated/prisma/client", "@prisma/client", "@prisma/adapter-pg"],
      message: "Only lib/db.ts, lib/*/data.ts and lib/*/mutations.ts may use the Prisma client (see CONVENTIONS.md). Types: import from @/lib/generated/prisma/browser or enums.",
    },
    {
      group: ["@/lib/db", "**/lib/db"],
      message: "Only lib/*/data.ts and lib/*/mutations.ts may use the database; pages call loaders, forms call actions.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/db.ts", "lib/*/data.ts", "lib/*/mutations.ts"],
    rules: { "no-restricted-imports": ["error", databaseImports] },
  },
  {
    // A domain never reaches up into routes or UI.
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...databaseImports.patterns,
            { group: ["@/app/*", "@/components/*"], message: "lib/ must not import app/ or components/ (import direction: app -> components -> lib)." },
          ],
        },
      ],
    },
    ignores: ["lib/db.ts", "lib/*/data.ts", "lib/*/mutations.ts"],
  },
  {
    // Playwright fixtures call a parameter named `use`, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
]);
