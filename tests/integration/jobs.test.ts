// The job queue's promises, tested with real workers in processes of their own: work is enqueued in the
// transaction of the change that causes it; two workers send every email once; a worker killed in the middle
// of a batch loses nothing and sends nothing twice; a worker outlives its database restarting.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { nudge } from "@/lib/jobs/boss";
import { queueEmail } from "@/lib/mail/mutations";
import { startEmbeddedPostgres } from "@/lib/embedded-db/embedded-postgres";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

const WORKER = path.resolve(import.meta.dirname, "support/job-worker.ts");
const children: ChildProcess[] = [];
const folders: string[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function scratchFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "wipn-jobs-"));
  folders.push(folder);
  return folder;
}

/** Starts a worker process on `databaseUrl`, resolved once it polls. */
/** What each worker process printed so far. */
const printed = new Map<ChildProcess, string>();

async function startWorker(databaseUrl: string, sentFile: string, { hangAt = 0, pauseAt = 0 } = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], {
    env: { ...process.env, DATABASE_URL: databaseUrl, JOB_TEST_SENT_FILE: sentFile, JOB_TEST_HANG_AT: String(hangAt), JOB_TEST_PAUSE_AT: String(pauseAt) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  printed.set(child, "");
  child.stdout?.on("data", (chunk: Buffer) => printed.set(child, printed.get(child) + chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", () => printed.get(child)!.includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return child;
}

/** Polls until `check` holds (no fixed sleeps), or fails after `timeoutMs`. */
async function until(check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sentLines = (file: string): Array<{ to: string; pid: number }> =>
  existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line)) : [];

async function queueEmails(count: number): Promise<string[]> {
  const addresses = Array.from({ length: count }, (_, index) => `member-${index}@example.org`);
  for (const to of addresses) await queueEmail(db(), { to, locale: "en", template: "auth.magic-link", params: { url: "https://network.example.org/x", minutes: 15 } });
  return addresses;
}

const mailJobs = () => db().$queryRaw<Array<{ count: number }>>`SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'mail-outbox'`.then(([row]) => row?.count ?? 0);
const databaseUrl = () => process.env.DATABASE_URL ?? "";

describe("the job queue", () => {
  it("is written in the transaction of the change that causes it: a rolled-back email leaves no job", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await queueEmail(tx, { to: "ana@example.org", locale: "en", template: "auth.magic-link", params: { url: "https://network.example.org/x", minutes: 15 } });
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db().outboxEmail.count()).toBe(0);
    expect(await mailJobs()).toBe(0);

    await queueEmails(3);
    // Three emails in quick succession: one job, and at most one more queued behind it.
    expect(await mailJobs()).toBeGreaterThanOrEqual(1);
    expect(await mailJobs()).toBeLessThanOrEqual(2);
  });

  it("runs two workers at once without sending any email twice", async () => {
    const sentFile = path.join(scratchFolder(), "sent.jsonl");
    await Promise.all([startWorker(databaseUrl(), sentFile), startWorker(databaseUrl(), sentFile)]);
    const addresses = await queueEmails(30);
    await until(async () => (await db().outboxEmail.count({ where: { status: "SENT" } })) === 30);
    const sent = sentLines(sentFile).map((line) => line.to);
    expect(sent.toSorted()).toEqual(addresses.toSorted());
  }, 60_000);

  it("loses nothing and sends nothing twice when a worker is killed in the middle of a batch", async () => {
    const sentFile = path.join(scratchFolder(), "sent.jsonl");
    const addresses = await queueEmails(25);
    // The first worker claims a batch, sends three, and hangs in the fourth SMTP conversation: killed there.
    const first = await startWorker(databaseUrl(), sentFile, { hangAt: 4 });
    await nudge(db(), "mail-outbox");
    await until(() => sentLines(sentFile).length === 3);
    first.kill("SIGKILL");
    expect(await db().outboxEmail.count({ where: { status: "SENDING" } })).toBeGreaterThan(0);
    // What it held comes back once its claim is old enough (10 minutes; moved back here instead of waiting).
    await db().$executeRaw`UPDATE "OutboxEmail" SET "nextAttemptAt" = "nextAttemptAt" - interval '11 minutes' WHERE status = 'SENDING'`;
    await startWorker(databaseUrl(), sentFile);
    await nudge(db(), "mail-outbox");
    await until(async () => (await db().outboxEmail.count({ where: { status: "SENT" } })) === 25);
    const sent = sentLines(sentFile).map((line) => line.to);
    expect(sent.toSorted()).toEqual(addresses.toSorted());
  }, 60_000);

  it("builds each digest once when two workers run and one is killed in the middle of the digests", async () => {
    const { enqueue } = await import("@/lib/jobs/boss");
    // A zone where the morning has come (it is past 08:00 there now), so every digest is due.
    const zone = ["Pacific/Kiritimati", "Asia/Tokyo", "Asia/Kolkata", "Europe/Paris", "UTC", "America/Lima", "Pacific/Honolulu"].find((candidate) => {
      const hour = Number(new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone: candidate }).format(new Date()));
      return hour >= 9 && hour <= 22;
    });
    const members = 1_200;
    await db().user.createMany({ data: Array.from({ length: members }, (_, index) => ({ id: `digest-${String(index).padStart(5, "0")}`, email: `digest-${index}@example.org`, status: "ACTIVE" as const, timeZone: zone, approvedAt: new Date() })) });
    await db().notification.createMany({ data: Array.from({ length: members * 2 }, (_, index) => ({ userId: `digest-${String(index % members).padStart(5, "0")}`, type: "WATCHED_POST" as const, delivery: "DAILY" as const, subjectType: "BoardThread", subjectId: String(index), payload: { threadId: index, title: "A thread" } })) });

    const sentFile = path.join(scratchFolder(), "sent.jsonl");
    const [first] = await Promise.all([startWorker(databaseUrl(), sentFile), startWorker(databaseUrl(), sentFile)]);
    await enqueue(db(), "notification-digests");
    await enqueue(db(), "notification-digests");
    await until(async () => (await db().notificationDigest.count()) > 0);
    first?.kill("SIGKILL");
    // What the killed worker had not committed is for the next run (the quarter-hourly schedule; here, at once).
    await startWorker(databaseUrl(), sentFile);
    await enqueue(db(), "notification-digests");
    await until(async () => (await db().notificationDigest.count()) === members, 60_000);
    await until(async () => (await db().outboxEmail.count({ where: { template: "notifications.digest" } })) === members);
    const perMember = await db().$queryRaw<Array<{ most: number; least: number }>>`
      SELECT max(c)::int AS most, min(c)::int AS least FROM (SELECT "to", count(*) AS c FROM "OutboxEmail" WHERE template = 'notifications.digest' GROUP BY "to") t`;
    expect(perMember).toEqual([{ most: 1, least: 1 }]);
    expect(await db().notification.count({ where: { mailedAt: null } })).toBe(0);
  }, 120_000);

  it("stops cleanly on SIGTERM: finishes the email in hand, gives the rest of its batch back, exits with 0", async () => {
    const sentFile = path.join(scratchFolder(), "sent.jsonl");
    const addresses = await queueEmails(20);
    // Its third email is still on its way when SIGTERM comes: that one is finished, the rest given back.
    const first = await startWorker(databaseUrl(), sentFile, { pauseAt: 3 });
    await nudge(db(), "mail-outbox");
    await until(() => printed.get(first)!.includes("paused"));
    expect(sentLines(sentFile)).toHaveLength(2);
    const exited = new Promise<number | null>((resolve) => first.once("exit", resolve));
    first.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(await db().outboxEmail.count({ where: { status: "SENDING" } })).toBe(0);
    expect(sentLines(sentFile)).toHaveLength(3);

    await startWorker(databaseUrl(), sentFile);
    await nudge(db(), "mail-outbox");
    await until(async () => (await db().outboxEmail.count({ where: { status: "SENT" } })) === 20);
    expect(sentLines(sentFile).map((line) => line.to).toSorted()).toEqual(addresses.toSorted());
  }, 60_000);

  it("keeps working after its database restarts: it reconnects by itself", async () => {
    const folder = scratchFolder();
    const sentFile = path.join(folder, "sent.jsonl");
    let database = await startEmbeddedPostgres({ dataDir: path.join(folder, "db") });
    const port = database.port;
    try {
      await applyMigrations({ connectionString: database.url });
      await startWorker(database.url, sentFile);
      const queueOne = async (to: string) => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          await client.query(`INSERT INTO "OutboxEmail" (id, "to", locale, template, subject, text) VALUES ($1, $2, 'en', 'auth.magic-link', 'Sign in', 'Hello')`, [to, to]);
          await nudge({ $queryRawUnsafe: async (text, ...values) => (await client.query(text, values)).rows as never }, "mail-outbox");
        } finally {
          await client.end();
        }
      };
      await queueOne("before@example.org");
      await until(() => sentLines(sentFile).length === 1);

      await database.stop();
      database = await startEmbeddedPostgres({ dataDir: path.join(folder, "db"), port });
      await queueOne("after@example.org");
      await until(() => sentLines(sentFile).length === 2, 45_000);
      expect(sentLines(sentFile).map((line) => line.to)).toEqual(["before@example.org", "after@example.org"]);
    } finally {
      await database.stop();
    }
  }, 90_000);
});

describe("the queue's health, for admins", () => {
  it("counts each queue's jobs and lists failed ones with their error's first line, never their data; a retry puts one back", async () => {
    const { enqueue } = await import("@/lib/jobs/boss");
    const { jobQueueHealth, retryJob } = await import("@/lib/jobs/health-service");
    const { createAdmin } = await import("@/tests/factories/users");
    const { viewerFor } = await import("./applications-support");
    const id = await enqueue(db(), "clean-up", { memberEmail: "secret@example.org" });
    await db().$executeRaw`UPDATE pgboss.job SET state = 'failed', completed_on = now(), output = ${JSON.stringify({ message: "connect ECONNREFUSED 10.0.0.5:5432\n    at stack" })}::jsonb WHERE id = ${id}::uuid`;
    const admin = await viewerFor((await createAdmin(db(), { totpEnabledAt: new Date() })).id);

    const health = await jobQueueHealth(admin);
    expect(health.queues.find((queue) => queue.name === "clean-up")).toMatchObject({ failed: 1, waiting: 0, every: "hour" });
    expect(health.failed).toEqual([expect.objectContaining({ id, name: "clean-up", error: "connect ECONNREFUSED 10.0.0.5:5432" })]);
    expect(JSON.stringify(health)).not.toContain("secret@example.org");

    await retryJob(admin, { jobId: id ?? "" });
    const [job] = await db().$queryRaw<Array<{ state: string }>>`SELECT state::text FROM pgboss.job WHERE id = ${id}::uuid`;
    expect(job?.state).toBe("retry");
    expect(await db().auditLog.count({ where: { action: "jobs.retry", targetId: id ?? "" } })).toBe(1);
  });
});
