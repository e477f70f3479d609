// `npm run worker` — runs the background jobs (mail, notification emails and digests, clean-up, deadlines) in a
// process of its own, for deployments with several app instances (set JOBS_WORKER=separate on the apps). Any
// number may run: pg-boss hands each job to one worker. Needs DATABASE_URL. SIGTERM / SIGINT: finish the jobs
// in hand (or, after 25 s, give them back to be retried), then exit.
import { register } from "node:module";
import "./load-env";
import { EnvError, env, requireDatabaseUrl } from "../lib/env";
import { runCli } from "./cli";

// lib/ modules start with `import "server-only"`, which throws outside Next.js's server bundle. This process
// is server-side by nature, so that one module resolves to an empty one before they load.
const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,export {};", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_HOOK)}`);

async function main(argv: string[]): Promise<void> {
  if (argv.length) throw new EnvError(`Unknown argument ${argv[0]}. Usage: npm run worker`);
  requireDatabaseUrl();
  const { startJobWorker } = await import("../lib/jobs/worker");
  const { defaultJobEnvironment, jobHandlers } = await import("../lib/jobs/registry");
  const { db } = await import("../lib/db");
  const environment = defaultJobEnvironment();
  const { jobPool } = await import("../lib/jobs/mutations");
  const worker = await startJobWorker(jobHandlers(environment), { pool: jobPool() });
  if (!environment.transport) console.info("[jobs] No SMTP server configured: emails stay in the outbox (admins read it at /admin/mailbox)");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  console.info("[jobs] Stopping: finishing the jobs in hand …");
  await worker.stop();
  environment.transport?.close?.();
  await db().$disconnect();
  console.info("[jobs] Stopped.");
}

await runCli(() => main(process.argv.slice(2)), () => env().DATABASE_URL);
