// End-to-end tests against the production build (`next build`, then `next start`), in the system's
// Chromium when it has one. Two projects, each with its own web server (scripts/e2e-server.ts):
// - "app": a fresh database, migrated and seeded with demo data, dropped when the run ends;
// - "zero-setup": `npm start` with nothing configured, in a fresh data folder, as a newcomer runs it.
// Playwright starts the web servers one after another (and before any global setup), so only the first
// may build the app; `npm test` builds before Playwright runs, so neither needs to.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const CI = Boolean(process.env.CI);
// Overridable so that two checkouts on one machine can run their suites side by side.
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
const ZERO_SETUP_PORT = Number(process.env.E2E_ZERO_SETUP_PORT ?? 3101);
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Projects named on the command line (`--project=app`, `--project app zero-setup`); empty means all. */
function selectedProjects(argv: string[]): string[] {
  const names: string[] = [];
  argv.forEach((arg, i) => {
    if (arg.startsWith("--project=")) names.push(arg.slice("--project=".length));
    if (arg !== "--project") return;
    // Playwright's --project takes every following argument up to the next option.
    for (const next of argv.slice(i + 1)) {
      if (next.startsWith("-")) break;
      names.push(next);
    }
  });
  return names;
}
const selected = selectedProjects(process.argv);
const wanted = (project: string) => selected.length === 0 || selected.includes(project);

// Both servers get SIGTERM when the run ends and take a few seconds to drop or stop their database.
const gracefulShutdown = { signal: "SIGTERM" as const, timeout: 30_000 };

export default defineConfig({
  testDir: "./tests/e2e",
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    locale: "en-US",
    // An unusual zone in the browser too, so dates rendered on the client without a zone show up.
    timezoneId: "Pacific/Chatham",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "app",
      testIgnore: /zero-setup\.spec\.ts$/,
      use: { baseURL: `http://localhost:${APP_PORT}` },
    },
    {
      name: "zero-setup",
      testMatch: /zero-setup\.spec\.ts$/,
      use: { baseURL: `http://localhost:${ZERO_SETUP_PORT}` },
    },
  ],
  webServer: [
    wanted("app") && {
      name: "app",
      command: `node --import tsx scripts/e2e-server.ts --port ${APP_PORT}`,
      // Printed once the app answers; the named group becomes E2E_DATABASE_URL for the test workers.
      wait: { stdout: /E2E_DATABASE_URL=(?<e2e_database_url>\S+)\n/ },
      timeout: 10 * 60_000, // may include a `next build`
      gracefulShutdown,
      stdout: "ignore" as const,
      stderr: "pipe" as const,
    },
    wanted("zero-setup") && {
      name: "zero-setup",
      command: `node --import tsx scripts/e2e-server.ts --zero-setup --port ${ZERO_SETUP_PORT}`,
      // npm start's output up to its announcement's last line; the groups become WIPN_* for zero-setup.spec.ts.
      wait: {
        stdout: /(?<wipn_start_output>[\s\S]*?)running at (?<wipn_announced_url>http:\/\/localhost:\d+)\n(?<wipn_announced_sign_ins>[\s\S]*?)Press Ctrl-C to stop/,
      },
      // The first embedded start creates the database, and builds the app if the build is not current.
      timeout: 10 * 60_000,
      gracefulShutdown,
      stdout: "pipe" as const,
      stderr: "pipe" as const,
    },
  ].filter((server) => server !== false),
});
