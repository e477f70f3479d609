// A job worker in a process of its own, for the reliability tests (tests/integration/jobs.test.ts): the app's
// handlers, with email "sent" by appending a line to JOB_TEST_SENT_FILE (one JSON object per email). With
// JOB_TEST_HANG_AT=n, the n-th email it sends never finishes (an SMTP conversation that hangs), so the test
// can kill the worker in the middle of a batch; with JOB_TEST_PAUSE_AT=n, the n-th email is still being sent
// when SIGTERM arrives, and completes then (it prints "paused" when that email has started). Prints "ready" once it polls; on SIGTERM it stops as the app's worker
// does, then exits with 0.
import { appendFileSync } from "node:fs";
import { register } from "node:module";

register(`data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,export {};", shortCircuit: true } : next(specifier, context);
}`)}`);

const { startJobWorker } = await import("@/lib/jobs/worker");
const { jobHandlers } = await import("@/lib/jobs/registry");
const { jobPool } = await import("@/lib/jobs/mutations");
const sentFile = process.env.JOB_TEST_SENT_FILE ?? "";
const hangAt = Number(process.env.JOB_TEST_HANG_AT ?? 0);
const pauseAt = Number(process.env.JOB_TEST_PAUSE_AT ?? 0);
const terminated = new Promise<void>((resolve) => process.once("SIGTERM", () => resolve()));
let sending = 0;
const worker = await startJobWorker(
  jobHandlers({
    transport: {
      async send(email) {
        sending += 1;
        if (sending === hangAt) await new Promise(() => {});
        if (sending === pauseAt) {
          console.log("paused");
          await terminated;
        }
        appendFileSync(sentFile, `${JSON.stringify({ to: email.to, pid: process.pid })}\n`);
      },
    },
  }),
  { pool: jobPool(), pollingIntervalSeconds: 0.5, log: { info: () => {}, error: (line: string) => console.error(line) } },
);
console.log("ready");
process.once("SIGTERM", () => void worker.stop().then(() => process.exit(0)));
