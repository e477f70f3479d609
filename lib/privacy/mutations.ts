import "server-only";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { createTranslator } from "next-intl";
import { writeAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { catalogs } from "@/lib/i18n/catalogs";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { enqueue } from "@/lib/jobs/boss";
import { platformUrl } from "@/lib/links";
import { queueEmail } from "@/lib/mail/mutations";
import { erasePersonWithin } from "@/lib/members/mutations";
import { EXPORT_SECTIONS, readExportPhoto, readExportProfile, type ExportSection } from "./data";
import { EXPORT_KEPT_DAYS, expiryOf, indexHtml, isInProgress } from "./format";

type Tx = Prisma.TransactionClient;

// Export ------------------------------------------------------------------------------------------------------

/**
 * Asks for an export, idempotently: with the member's row locked, an export still in the works is returned
 * instead of a second one. The job is enqueued in the same transaction, and the request is audited.
 */
export async function requestExport(userId: string, now = new Date()): Promise<{ id: string; created: boolean }> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    const open = await tx.dataExport.findMany({ where: { userId, status: { in: ["REQUESTED", "PREPARING"] } }, select: { id: true, status: true, requestedAt: true, startedAt: true } });
    const live = open.find((row) => isInProgress(row, now));
    if (live) return { id: live.id, created: false };
    // One whose job gave up (retries exhausted) is marked so; the member starts afresh.
    if (open.length) await tx.dataExport.updateMany({ where: { id: { in: open.map((row) => row.id) } }, data: { status: "FAILED" } });
    const created = await tx.dataExport.create({ data: { userId, requestedAt: now }, select: { id: true } });
    await enqueue(tx, "data-exports", { exportId: created.id });
    await writeAudit(tx, { actorId: userId, action: "privacy.export-requested", targetType: "User", targetId: userId, metadata: { exportId: created.id } });
    return { id: created.id, created: true };
  });
}

/** About this much of the ZIP per stored piece (and per download read). */
const CHUNK_BYTES = 1024 * 1024;
/** Rows read per query while the archive is written. */
const EXPORT_BATCH = 500;

/** Collects what the ZIP writer emits and stores it in ~1 MB pieces, so memory holds at most about one piece. */
class ChunkSink {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private seq = 0;
  total = 0;
  error: Error | null = null;

  constructor(private readonly exportId: string) {}

  take = (error: Error | null, data: Uint8Array) => {
    if (error) this.error = error;
    else {
      this.pending.push(data);
      this.pendingBytes += data.length;
      this.total += data.length;
    }
  };

  async flush(force = false): Promise<void> {
    if (this.error) throw this.error;
    if (this.pendingBytes === 0 || (!force && this.pendingBytes < CHUNK_BYTES)) return;
    const bytes = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    this.seq += 1;
    await db().dataExportChunk.create({ data: { exportId: this.exportId, seq: this.seq, bytes: new Uint8Array(bytes) } });
  }
}

const encoder = new TextEncoder();

function addFile<F extends ZipDeflate | ZipPassThrough>(zip: Zip, file: F): F {
  zip.add(file);
  return file;
}

async function writeSection(zip: Zip, sink: ChunkSink, section: ExportSection, userId: string): Promise<number> {
  const file = addFile(zip, new ZipDeflate(section.file, { level: 6 }));
  file.push(encoder.encode("["));
  let count = 0;
  for (let after: string | null = null, first = true; first || after !== null; first = false) {
    const { rows, next }: { rows: unknown[]; next: string | null } = await section.read(userId, after, EXPORT_BATCH);
    if (rows.length) {
      file.push(encoder.encode(rows.map((row, index) => `${count + index === 0 ? "" : ","}\n${JSON.stringify(row)}`).join("")));
      count += rows.length;
    }
    await sink.flush();
    after = next;
  }
  file.push(encoder.encode("\n]\n"), true);
  await sink.flush();
  return count;
}

function exportLabels(locale: Locale, generatedAt: Date) {
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: "DataExportFile" });
  const describe = (file: string) => {
    const key = file.replace(/\.[a-z]+$/, "") as "profile";
    return t.has(`files.${key}`) ? t(`files.${key}`) : file;
  };
  return {
    t,
    labels: {
      lang: locale,
      title: t("title"),
      intro: t("intro"),
      profileHeading: t("profileHeading"),
      filesHeading: t("filesHeading"),
      fileColumn: t("fileColumn"),
      contentsColumn: t("contentsColumn"),
      countColumn: t("countColumn"),
      generatedAt: t("generatedAt", { date: generatedAt.toISOString().replace("T", " ").slice(0, 16) + " UTC" }),
      noValue: t("noValue"),
      describe,
    },
  };
}

/**
 * The `data-exports` job: writes the member's ZIP (a JSON file per table, the photo, a readable index.html)
 * into DataExportChunk, streaming (bounded memory), then marks it ready for EXPORT_KEPT_DAYS and emails the
 * member. Safe to run twice: a run claims the export, deletes what an earlier, interrupted run wrote, and only a
 * REQUESTED or PREPARING export is prepared.
 */
export async function prepareExport(exportId: string): Promise<{ exportId: string; bytes?: number; skipped?: string }> {
  const claimed = await db().dataExport.updateMany({ where: { id: exportId, status: { in: ["REQUESTED", "PREPARING"] } }, data: { status: "PREPARING", startedAt: new Date() } });
  if (claimed.count !== 1) return { exportId, skipped: "not waiting" };
  const row = await db().dataExport.findUniqueOrThrow({ where: { id: exportId }, select: { userId: true } });
  await db().dataExportChunk.deleteMany({ where: { exportId } });

  const generatedAt = new Date();
  const profile = await readExportProfile(row.userId);
  const locale: Locale = isLocale(profile.locale) ? profile.locale : defaultLocale;
  const sink = new ChunkSink(exportId);
  const zip = new Zip(sink.take);

  const { profile: advocate, ...user } = profile;
  const profileFile = addFile(zip, new ZipDeflate("profile.json", { level: 6 }));
  profileFile.push(encoder.encode(`${JSON.stringify({ ...user, twoFactorEnabled: user.totpEnabledAt !== null, profile: advocate }, null, 2)}\n`), true);
  const files = [{ name: "profile.json", count: 1 }];
  if (advocate?.photoId) {
    const photo = await readExportPhoto(advocate.photoId);
    if (photo) {
      const name = `photo.${photo.contentType.split("/")[1] ?? "bin"}`;
      // Already compressed: stored as it is.
      addFile(zip, new ZipPassThrough(name)).push(new Uint8Array(photo.bytes), true);
      files.push({ name, count: 1 });
    }
  }
  await sink.flush();
  for (const section of EXPORT_SECTIONS) files.push({ name: section.file, count: await writeSection(zip, sink, section, row.userId) });

  const { t, labels } = exportLabels(locale, generatedAt);
  const shown: Array<[string, string | null]> = [
    [t("fields.displayName"), user.displayName],
    [t("fields.name"), user.name],
    [t("fields.email"), user.email],
    [t("fields.handle"), advocate?.handle ?? null],
    [t("fields.bio"), advocate?.bio ?? null],
    [t("fields.livedExperience"), advocate?.livedExperience ?? null],
    [t("fields.canHelpWith"), advocate?.canHelpWith ?? null],
    [t("fields.lookingFor"), advocate?.lookingFor ?? null],
    [t("fields.memberSince"), (user.approvedAt ?? user.createdAt).toISOString().slice(0, 10)],
  ];
  addFile(zip, new ZipDeflate("index.html", { level: 6 })).push(encoder.encode(indexHtml(labels, shown, files)), true);
  zip.end();
  await sink.flush(true);

  const readyAt = new Date();
  await db().$transaction(async (tx) => {
    const done = await tx.dataExport.updateMany({ where: { id: exportId, status: "PREPARING" }, data: { status: "READY", readyAt, expiresAt: expiryOf(readyAt), byteSize: sink.total } });
    if (done.count !== 1) return;
    // Only the newest export is kept.
    await tx.dataExport.deleteMany({ where: { userId: row.userId, id: { not: exportId }, status: { in: ["READY", "FAILED"] } } });
    await queueEmail(tx, { to: user.email, locale, template: "privacy.export-ready", params: { url: platformUrl("/account/privacy"), days: EXPORT_KEPT_DAYS } });
  });
  return { exportId, bytes: sink.total };
}

/** The clean-up job: expired exports go with their bytes, and failed ones after the same time. */
export async function deleteExpiredExports(now: Date): Promise<number> {
  const failedBefore = new Date(now.getTime() - EXPORT_KEPT_DAYS * 24 * 60 * 60_000);
  const { count } = await db().dataExport.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { status: "FAILED", requestedAt: { lt: failedBefore } }] } });
  return count;
}

export async function recordExportDownload(exportId: string, userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.dataExport.updateMany({ where: { id: exportId }, data: { downloadedAt: new Date() } });
    await writeAudit(tx, { actorId: userId, action: "privacy.export-downloaded", targetType: "User", targetId: userId, metadata: { exportId } });
  });
}

// Deletion ----------------------------------------------------------------------------------------------------

export type PostsChoice = "delete" | "keep";

/**
 * "Delete my posts": what they wrote on the board and in conversations loses its text (the numbered
 * placeholders stay, so replies keep their places, as when an author deletes a post), their earlier versions
 * go, threads they started are removed with their titles, and the counters and notifications follow. Set-wise:
 * a few statements whatever the number of posts.
 */
async function eraseOwnWriting(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx.$executeRaw`
    UPDATE "BoardThread" AS t SET "replyCount" = GREATEST(0, t."replyCount" - c.n)
      FROM (SELECT "threadId", count(*)::int AS n FROM "BoardPost"
             WHERE "authorId" = ${userId} AND number > 1 AND "deletedAt" IS NULL AND "hiddenAt" IS NULL GROUP BY "threadId") AS c
     WHERE t.id = c."threadId"`;
  await tx.$executeRaw`
    UPDATE "BoardCategory" AS cat SET "threadCount" = GREATEST(0, cat."threadCount" - c.n)
      FROM (SELECT "categoryId", count(*)::int AS n FROM "BoardThread" WHERE "authorId" = ${userId} AND "deletedAt" IS NULL GROUP BY "categoryId") AS c
     WHERE cat.id = c."categoryId"`;
  await tx.$executeRaw`
    DELETE FROM "Notification"
     WHERE ("subjectType" = 'BoardThread' AND "subjectId" IN (SELECT id::text FROM "BoardThread" WHERE "authorId" = ${userId}))
        OR ("subjectType" = 'BoardPost' AND "subjectId" IN (SELECT id FROM "BoardPost" WHERE "authorId" = ${userId}
              OR "threadId" IN (SELECT id FROM "BoardThread" WHERE "authorId" = ${userId})))
        OR ("subjectType" = 'ConversationMessage' AND "subjectId" IN (SELECT id FROM "ConversationMessage" WHERE "authorId" = ${userId}))`;
  await tx.$executeRaw`UPDATE "BoardThread" SET "deletedAt" = coalesce("deletedAt", ${now}), title = '', slug = 'removed' WHERE "authorId" = ${userId}`;
  await tx.$executeRaw`DELETE FROM "BoardPostRevision" WHERE "postId" IN (SELECT id FROM "BoardPost" WHERE "authorId" = ${userId})`;
  await tx.$executeRaw`UPDATE "BoardPost" SET source = '', cooked = '', "searchText" = '', "deletedAt" = coalesce("deletedAt", ${now}) WHERE "authorId" = ${userId}`;
  await tx.$executeRaw`UPDATE "ConversationMessage" SET source = '', cooked = '', "deletedAt" = coalesce("deletedAt", ${now}) WHERE "authorId" = ${userId}`;
  // Deleted posts and messages carry nothing attached, as when their author deletes one.
  await tx.$executeRaw`
    DELETE FROM "ResourceAttachment"
     WHERE "postId" IN (SELECT id FROM "BoardPost" WHERE "authorId" = ${userId}) OR "messageId" IN (SELECT id FROM "ConversationMessage" WHERE "authorId" = ${userId})`;
}

/**
 * A member deletes their own account, in one transaction: their writing per their choice, then the erasure
 * (lib/members `erasePersonWithin`: personal data gone, sessions ended, the row an anonymous placeholder shown as
 * "Former member"), a confirmation email to the address as it was, and `account.deleted` in the audit log
 * (by id, with the choice only). False when the account is gone already.
 */
export async function deleteOwnAccount(input: { userId: string; posts: PostsChoice }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const [person] = await tx.$queryRaw<{ email: string; locale: string | null; status: string }[]>`
      SELECT "email", "locale", "status"::text AS "status" FROM "User" WHERE "id" = ${input.userId} FOR UPDATE`;
    if (!person || person.status === "DELETED") return false;
    const now = new Date();
    if (input.posts === "delete") await eraseOwnWriting(tx, input.userId, now);
    const outcome = await erasePersonWithin(tx, input.userId, { reason: "account-deleted", actorId: input.userId });
    if (!outcome) return false;
    // Queued after the erasure (which deletes every email waiting for that address), from the address read above.
    await queueEmail(tx, { to: person.email, locale: person.locale, template: "privacy.account-deleted", params: {} });
    await writeAudit(tx, { actorId: null, action: "account.deleted", targetType: "User", targetId: input.userId, metadata: { posts: input.posts, outcome } });
    return true;
  }, { timeout: 60_000 });
}
