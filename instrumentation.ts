// Runs once when the server starts: a bad configuration stops it with one line naming the problem,
// before it serves anything.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkRuntimeConfig } = await import("./lib/startup-check");
  const problem = await checkRuntimeConfig();
  if (problem) {
    console.error(`Error: ${problem}`);
    process.exit(1);
  }
}
