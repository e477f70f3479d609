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

// The layering the README describes, judged on the resolved file of every import, so relative paths and the
// "@/" alias alike are caught: routes and UI reach data only through loaders and actions; lib/ never reaches
// up into routes or UI. (eslint-config-next registers the import plugin and its TypeScript resolver.)
const layering = {
  zones: [
    {
      target: ["./app/**", "./components/**", "./proxy.ts"],
      from: ["./lib/{db,generated/prisma/client}.ts", "./lib/*/{data,mutations,service,*-service}.ts"],
      message: "Pages and components call loaders (reads) and actions (forms); data, mutations and services stay behind them (README, Architecture).",
    },
    {
      target: "./lib/**",
      from: ["./app/**", "./components/**"],
      message: "lib/ must not import app/ or components/ (import direction: app -> components -> lib).",
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
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    rules: { "import/no-restricted-paths": ["error", layering] },
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
