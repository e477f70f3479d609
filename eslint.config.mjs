import { readdirSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import boundaries from "eslint-plugin-boundaries";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// lib/ holds infrastructure (every domain uses it; free-form file names) and domains (one folder each, the
// closed set of file names below). A new folder in lib/ is a domain unless it is listed here.
const INFRASTRUCTURE = ["auth", "audit", "embedded-db", "files", "generated", "http", "i18n", "jobs", "mail", "markdown", "migrations", "pdf", "rate-limit", "search"];
const DOMAINS = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !INFRASTRUCTURE.includes(entry.name))
  .map((entry) => entry.name);
// The closed set of a domain's files (README, "One shape per domain"); a big service may be split by topic.
const DOMAIN_FILES = "{schema,policy,data,mutations,service,*-service,loaders,actions,format,reference-data}";

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

// Infrastructure is used by the domains and never uses them. next-intl's request configuration is the one
// composition point: an invitation's page opens in the invitation's language.
const infrastructureZone = {
  target: ["./lib/*.ts", ...INFRASTRUCTURE.filter((folder) => folder !== "generated").map((folder) => `./lib/${folder}/**`)],
  from: DOMAINS.map((domain) => `./lib/${domain}/**`),
  message: "Infrastructure (lib/*.ts and the shared folders) must not import a domain.",
};


// The layering the README describes, judged on the resolved file of every import, so relative paths and the
// "@/" alias alike are caught: routes and UI reach data only through loaders and actions; lib/ never reaches
// up into routes or UI. (eslint-config-next registers the import plugin and its TypeScript resolver.)
const layering = {
  zones: [
    {
      target: ["./app/**", "./components/**"],
      from: ["./lib/{db,generated/prisma/client}.ts", "./lib/*/{data,mutations,service,*-service}.ts"],
      message: "Pages and components call loaders (reads) and actions (forms); data, mutations and services stay behind them (README, Architecture).",
    },
    {
      target: "./lib/**",
      from: ["./app/**", "./components/**"],
      message: "lib/ must not import app/ or components/ (import direction: app -> components -> lib).",
    },
    // A domain uses another domain's reads, writes, rules and formats, never its entry points: each service
    // authorizes its own use case, and loaders and actions belong to the pages and forms of their domain.
    ...DOMAINS.map((domain) => ({
      target: `./lib/${domain}/**`,
      from: DOMAINS.filter((other) => other !== domain).map((other) => `./lib/${other}/{service,*-service,loaders,actions}.ts`),
      message: "A domain imports another domain's data, mutations, policy, schema or format only: its services, loaders and actions are its own.",
    })),
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    files: ["app/**", "components/**", "lib/**", "instrumentation.ts"],
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
    files: ["app/**", "components/**", "lib/**"],
    rules: { "import/no-restricted-paths": ["error", { zones: [...layering.zones, infrastructureZone] }] },
  },
  {
    // Unit tests of infrastructure may use a domain's schemas as examples; the composition points may use domains:
    // next-intl's request configuration a loader, the job registry the domains' scheduled work.
    files: ["lib/**/*.test.ts", "lib/i18n/request.ts", "lib/jobs/registry.ts"],
    rules: { "import/no-restricted-paths": ["error", layering] },
  },
  {
    // Every file of a domain folder has one of the closed set of names.
    files: ["lib/*/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", ...INFRASTRUCTURE.map((folder) => `lib/${folder}/**`)],
    plugins: { boundaries },
    settings: { "boundaries/files": [{ category: "domain-file", pattern: `lib/*/${DOMAIN_FILES}.ts` }] },
    rules: { "boundaries/no-unknown-files": "error" },
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
