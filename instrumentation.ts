// Runs once when the server starts: a bad configuration stops it with one line naming the problem, before it
// serves anything; then the background jobs start in this process (unless JOBS_WORKER=separate: then only
// `npm run worker` runs them). scripts/serve.ts stops them cleanly on SIGTERM; it also reads the campaigns'
// content versions through this process's database client (sharePublicCampaignVersions).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnBadRuntimeConfig } = await import("./lib/startup-check");
    await exitOnBadRuntimeConfig();
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      await startJobs();
      await sharePublicCampaignVersions();
    }
  }
}

/**
 * The campaigns' content versions, for the public page cache in scripts/serve.ts when it polls (no notifications):
 * read through this process's own database client, so the embedded database's single connection is shared.
 */
async function sharePublicCampaignVersions(): Promise<void> {
  const { publicCampaignVersions } = await import("./lib/campaigns/public-service");
  (globalThis as unknown as { wipnPublicCampaignVersions?: () => Promise<Map<string, number>> }).wipnPublicCampaignVersions = () => publicCampaignVersions();
}

async function startJobs(): Promise<void> {
  const { env, requireDatabaseUrl } = await import("./lib/env");
  if (env().JOBS_WORKER === "separate") return;
  const { startJobWorker } = await import("./lib/jobs/worker");
  const { defaultJobEnvironment, jobHandlers } = await import("./lib/jobs/registry");
  const global = globalThis as unknown as { wipnJobWorker?: { stop(): Promise<void> } };
  if (global.wipnJobWorker) return;
  try {
    const environment = defaultJobEnvironment();
    if (!environment.transport) console.info("[mail] No SMTP server configured: emails stay in the outbox; admins can read them at /admin/mailbox");
    requireDatabaseUrl();
    const { jobPool } = await import("./lib/jobs/mutations");
    global.wipnJobWorker = await startJobWorker(jobHandlers(environment), { pool: jobPool() });
  } catch (error) {
    console.error(`Error: the background jobs could not start: ${(error as Error).message}`);
    process.exit(1);
  }
}
