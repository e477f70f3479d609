// Runs once when the server starts: a bad configuration stops it with one line naming the problem,
// before it serves anything; then the mail worker starts (when SMTP is configured).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnBadRuntimeConfig } = await import("./lib/startup-check");
    await exitOnBadRuntimeConfig();
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startMailWorker } = await import("./lib/mail/worker");
      try {
        startMailWorker();
      } catch (error) {
        console.error(`Error: ${(error as Error).message}`);
        process.exit(1);
      }
    }
  }
}
