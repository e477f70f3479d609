// `tsx scripts/mail-worker.ts [--once]` — sends queued email in a process of its own, for deployments that
// prefer it to the worker inside the app (both may run: claiming is atomic). Needs DATABASE_URL and SMTP
// (SMTP_URL or SMTP_HOST, and MAIL_FROM). --once sends what is due and exits (e.g. from cron);
// otherwise it polls every few seconds until SIGINT / SIGTERM, then finishes the email in hand and exits.
import { register } from "node:module";
import "./load-env";
import { EnvError, env, requireDatabaseUrl, smtpConfig } from "../lib/env";
import { runCli } from "./cli";

// lib/ modules start with `import "server-only"`, which throws outside Next.js's server bundle. This
// process is server-side by nature, so resolve that one module to an empty one before loading them.
const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,export {};", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_HOOK)}`);

const POLL_INTERVAL_MS = 5_000;
const USAGE = "Usage: tsx scripts/mail-worker.ts [--once]";

async function main(argv: string[]): Promise<void> {
  const unknown = argv.find((arg) => arg !== "--once");
  if (unknown) throw new EnvError(`Unknown argument ${unknown}. ${USAGE}`);
  const once = argv.includes("--once");
  requireDatabaseUrl();
  const config = smtpConfig();
  if (!config) throw new EnvError("No SMTP server configured: set SMTP_URL or SMTP_HOST (and MAIL_FROM) for the mail worker");

  const { createSmtpTransport, drainOutbox } = await import("../lib/mail/worker");
  const { db } = await import("../lib/db");
  const transport = createSmtpTransport(config);
  let stopping = false;
  let wake: (() => void) | undefined;
  const stop = () => {
    stopping = true;
    wake?.();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  try {
    console.log(`Mail worker: sending through ${config.host}:${config.port}${once ? " (once)" : ""}`);
    do {
      const round = await drainOutbox({ transport, shouldStop: () => stopping });
      if (round.claimed + round.recovered > 0) {
        console.log(`Mail worker: ${round.sent} sent, ${round.retrying} to retry, ${round.failed} given up, ${round.recovered} recovered`);
      }
      if (once || stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_INTERVAL_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    } while (!stopping);
  } finally {
    transport.close?.();
    await db().$disconnect();
  }
}

await runCli(() => main(process.argv.slice(2)), () => env().DATABASE_URL);
