// Members' data rights (lib/privacy), against PostgreSQL: the export (its job, contents, idempotence, expiry,
// download by its owner only) and deleting one's own account (both choices, refusals that change nothing), with
// every table searched afterwards for what the member told us.
import { strFromU8, unzipSync } from "fflate";
import { Secret, TOTP } from "otpauth";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLogCsv } from "@/lib/audit/log-service";
import { auditFilterSchema } from "@/lib/audit/schema";
import { encryptTotpSecret, newTotpSecret } from "@/lib/auth/two-factor";
import { viewerFromSession } from "@/lib/auth/viewer";
import { ANONYMOUS, type SignedInViewer } from "@/lib/auth/viewer-types";
import { jobHandlers } from "@/lib/jobs/registry";
import { FORGOTTEN_RECIPIENT, markEmailSent } from "@/lib/mail/mutations";
import { prepareExport } from "@/lib/privacy/mutations";
import { dataRightsOverview, deleteMyAccount, downloadDataExport, requestDataExport } from "@/lib/privacy/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createThreadRow } from "@/tests/factories/board";
import { createConversationRows } from "@/tests/factories/conversations";
import { createAdmin, createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { accountOutcome, db, signInAs } from "./support/viewers";

const handlers = jobHandlers({ transport: null });
const context = { stopping: () => false };
const DAY = 24 * 60 * 60_000;
const MARK = "PRIVATE-LIVED-EXPERIENCE-DR";

/** Every place in the database (table.column) whose text, JSON, array or bytes hold one of the needles. */
async function whereFound(needles: string[]): Promise<string[]> {
  const columns = await db().$queryRaw<{ table: string; column: string; type: string }[]>`
    SELECT table_name AS "table", column_name AS "column", data_type AS "type" FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED', 'bytea')
    ORDER BY table_name, column_name`;
  const found: string[] = [];
  for (const { table, column, type } of columns) {
    const test = type === "bytea" ? `position(convert_to(needle, 'UTF8') in "${column}") > 0` : `strpos(lower("${column}"::text), lower(needle)) > 0`;
    const rows = await db().$queryRawUnsafe<{ needle: string }[]>(`SELECT needle FROM unnest($1::text[]) AS needle WHERE EXISTS (SELECT 1 FROM "public"."${table}" WHERE ${test})`, needles);
    found.push(...rows.map(({ needle }) => `${table}.${column} holds ${needle}`));
  }
  return found;
}

const codeFor = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate();

/** A member who has done a bit of everything, and another member she talks to (whose private fields must not leak). */
async function busyMember(options: { totpSecret?: string } = {}) {
  const member = await createMember(db(), {
    name: "Amara Okafor-Rights",
    displayName: "Zuri Shown-Name",
    ...(options.totpSecret ? { totpSecret: encryptTotpSecret(options.totpSecret), totpEnabledAt: new Date() } : {}),
    profile: { bio: "Amara-DR bio <script>alert(1)</script>", livedExperience: `${MARK} in profile`, canHelpWith: "Amara-DR helps" },
  });
  const other = await createMember(db(), { displayName: "Other-DR", profile: { livedExperience: "OTHER-PRIVATE-DR", bio: "Other bio" } });
  const photo = await db().storedFile.create({ data: { kind: "PROFILE_PHOTO", contentType: "image/webp", byteSize: 12, sha256: "x", chunks: { create: { index: 0, bytes: Buffer.from("Amara-DR-PIX") } } } });
  await db().advocateProfile.update({ where: { userId: member.id }, data: { photoId: photo.id } });
  await db().membershipApplication.create({
    data: { userId: member.id, kind: "INDIVIDUAL", status: "APPROVED", countryCode: "KE", languages: ["en"], workDescription: "Amara-DR works", livedExperience: `${MARK} in application`, consentedAt: new Date() },
  });
  const mine = await createThreadRow(db(), { authorId: member.id, title: "Amara-DR thread" });
  const theirs = await createThreadRow(db(), { authorId: other.id, title: "A thread by someone else" });
  const reply = await db().boardPost.create({ data: { threadId: theirs.id, number: 2, authorId: member.id, source: "Amara-DR reply", cooked: "<p>Amara-DR reply</p>", language: "en" } });
  await db().boardThread.update({ where: { id: theirs.id }, data: { lastPostNumber: 2, replyCount: 1 } });
  await db().boardPostRevision.create({ data: { postId: reply.id, revision: 1, source: "Amara-DR first words", editedById: member.id } });
  const otherPost = await db().boardPost.findFirstOrThrow({ where: { threadId: theirs.id, number: 1 } });
  await db().boardReaction.create({ data: { postId: otherPost.id, userId: member.id, kind: "THANKS" } });
  await db().boardPost.update({ where: { id: otherPost.id }, data: { reactionCounts: { THANKS: 1 } } });
  await db().boardThreadState.create({ data: { userId: member.id, threadId: theirs.id, lastReadNumber: 2 } });
  await db().moderationFlag.create({ data: { targetType: "BoardPost", targetId: otherPost.id, reporterId: member.id, reason: "OTHER", note: "Amara-DR flag note" } });
  const conversation = await createConversationRows(db(), { creatorId: member.id, participantIds: [other.id], messages: 4 });
  await db().conversationMessage.updateMany({ where: { conversationId: conversation.id, authorId: member.id }, data: { source: "Amara-DR message", cooked: "<p>Amara-DR message</p>" } });
  await db().notification.create({ data: { userId: member.id, type: "REPLY", subjectType: "BoardThread", subjectId: String(mine.id), payload: { title: "Amara-DR thread" } } });
  await db().notificationPreference.create({ data: { userId: member.id, topic: "REPLY", delivery: "DAILY" } });
  await db().auditLog.create({ data: { actorId: other.id, action: "profile.private-fields-read", targetType: "User", targetId: member.id, metadata: { fields: ["livedExperience"] } } });
  const campaign = await db().campaign.create({ data: { slug: "dr-campaign", hashtags: [], startsOn: new Date("2026-12-10"), createdById: other.id, texts: { create: { locale: "en", title: "DR campaign" } } } });
  await db().campaignSpotlight.create({
    data: { campaignId: campaign.id, slug: "amara", position: 1, subject: "MEMBER", memberId: member.id, publishAt: new Date("2026-12-11"), consent: "REQUESTED", createdById: other.id, texts: { create: { locale: "en", story: "Amara-DR story" } } },
  });
  const viewer = await signInAs(member, { userAgent: "Firefox on Android" });
  return { member, other, viewer, mine, theirs, reply, otherPost, conversation };
}

async function exportFiles(exportId: string): Promise<Record<string, Uint8Array>> {
  const chunks = await db().dataExportChunk.findMany({ where: { exportId }, orderBy: { seq: "asc" } });
  return unzipSync(new Uint8Array(Buffer.concat(chunks.map((chunk) => Buffer.from(chunk.bytes)))));
}

const json = (files: Record<string, Uint8Array>, name: string) => JSON.parse(strFromU8(files[name]!)) as Array<Record<string, unknown>>;

beforeEach(async () => {
  await seedReferenceData(db());
});

describe("exporting one's data", () => {
  it("asks once however often she asks, enqueues the job with the request, and audits it", async () => {
    const { member, viewer } = await busyMember();

    expect(await requestDataExport(viewer)).toEqual({ created: true });
    expect(await requestDataExport(viewer)).toEqual({ created: false });

    const exports = await db().dataExport.findMany({ where: { userId: member.id } });
    expect(exports).toHaveLength(1);
    const jobs = await db().$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'data-exports' AND data->>'exportId' = ${exports[0]!.id}`;
    expect(jobs[0]!.count).toBe(1);
    expect(await db().auditLog.count({ where: { action: "privacy.export-requested", targetId: member.id } })).toBe(1);
    expect((await dataRightsOverview(viewer)).export.state).toBe("requested");
  });

  it("writes a ZIP of everything about her, a readable escaped index.html, and nothing secret or of others' private fields", async () => {
    const { member, viewer, reply, conversation } = await busyMember();
    await requestDataExport(viewer);
    const { id } = await db().dataExport.findFirstOrThrow({ where: { userId: member.id } });

    const result = (await handlers["data-exports"]({ exportId: id }, context)) as { bytes: number };
    expect(result.bytes).toBeGreaterThan(0);

    const files = await exportFiles(id);
    expect(Object.keys(files).sort()).toEqual(
      [
        "applications.json", "audit-entries.json", "campaign-spotlights.json", "collaboration-requests.json", "collaboration-responses.json", "conversations.json", "index.html", "messages.json",
        "notification-preferences.json", "notifications.json", "people-kept-away.json", "photo.webp", "posts.json", "private-field-reads.json", "profile.json", "reactions.json", "resources.json", "sessions.json", "threads.json",
      ].sort(),
    );
    const profile = JSON.parse(strFromU8(files["profile.json"]!)) as Record<string, unknown> & { profile: Record<string, unknown> };
    expect(profile).toMatchObject({ email: member.email, name: "Amara Okafor-Rights", displayName: "Zuri Shown-Name", twoFactorEnabled: false });
    expect(profile.profile.livedExperience).toBe(`${MARK} in profile`);
    expect(strFromU8(files["photo.webp"]!)).toBe("Amara-DR-PIX");
    expect(json(files, "applications.json")[0]).toMatchObject({ livedExperience: `${MARK} in application`, workDescription: "Amara-DR works" });
    const posts = json(files, "posts.json");
    expect(posts.map((post) => post.source).sort()).toEqual(["Amara-DR reply", "Amara-DR thread"]);
    expect(posts.find((post) => post.id === reply.id)!.revisions).toEqual([expect.objectContaining({ revision: 1, source: "Amara-DR first words" })]);
    expect(json(files, "reactions.json")).toEqual([expect.objectContaining({ kind: "THANKS" })]);
    expect(json(files, "conversations.json")[0]).toMatchObject({ id: conversation.id, participants: expect.arrayContaining([expect.objectContaining({ displayName: "Other-DR" })]) });
    expect(json(files, "messages.json")).toHaveLength(4);
    expect(json(files, "notifications.json")).toHaveLength(1);
    expect(json(files, "notification-preferences.json")).toEqual([{ topic: "REPLY", delivery: "DAILY" }]);
    expect(json(files, "campaign-spotlights.json")).toEqual([expect.objectContaining({ consent: "REQUESTED", campaign: { slug: "dr-campaign" }, texts: [{ locale: "en", story: "Amara-DR story", quote: "" }] })]);
    expect(json(files, "sessions.json")).toEqual([expect.objectContaining({ userAgent: "Firefox on Android" })]);
    expect(json(files, "private-field-reads.json")).toEqual([expect.objectContaining({ readerName: "Other-DR", metadata: { fields: ["livedExperience"] } })]);
    expect(json(files, "audit-entries.json").map((entry) => entry.action).sort()).toEqual(["privacy.export-requested", "profile.private-fields-read"]);

    const everything = Object.values(files).map((bytes) => strFromU8(bytes)).join("\n");
    const secrets = await db().user.findUniqueOrThrow({ where: { id: member.id }, select: { passwordHash: true } });
    expect(everything).not.toContain(secrets.passwordHash!);
    expect(everything).not.toContain(viewer.sessionToken);
    expect(everything).not.toMatch(/passwordHash|totpSecret|sessionToken/);
    expect(everything).not.toContain("OTHER-PRIVATE-DR");

    const html = strFromU8(files["index.html"]!);
    expect(html).toContain("Amara-DR bio &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);

    const row = await db().dataExport.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("READY");
    expect(row.expiresAt!.getTime() - row.readyAt!.getTime()).toBe(7 * DAY);
    const email = await db().outboxEmail.findFirstOrThrow({ where: { template: "privacy.export-ready" } });
    expect(email.to).toBe(member.email);
    expect(email.subject).not.toMatch(/Amara/);
    expect((await dataRightsOverview(viewer)).export).toMatchObject({ state: "ready", id });
  });

  it("is safe to run twice: a finished export is left alone, an interrupted one is written afresh", async () => {
    const { member, viewer } = await busyMember();
    await requestDataExport(viewer);
    const { id } = await db().dataExport.findFirstOrThrow({ where: { userId: member.id } });
    // An earlier run died half-way: its claim and a stray piece are there.
    await db().dataExport.update({ where: { id }, data: { status: "PREPARING", startedAt: new Date() } });
    await db().dataExportChunk.create({ data: { exportId: id, seq: 1, bytes: new Uint8Array(Buffer.from("half a zip")) } });

    await prepareExport(id);
    const first = await exportFiles(id);
    expect(await prepareExport(id)).toEqual({ exportId: id, skipped: "not waiting" });

    expect(Object.keys(await exportFiles(id))).toEqual(Object.keys(first));
    expect(await db().outboxEmail.count({ where: { template: "privacy.export-ready" } })).toBe(1);
  });

  it("is downloaded by its owner only, while offered, audited; then the clean-up deletes it", async () => {
    const { member, other, viewer } = await busyMember();
    await requestDataExport(viewer);
    const { id } = await db().dataExport.findFirstOrThrow({ where: { userId: member.id } });
    await prepareExport(id);

    expect(await accountOutcome(downloadDataExport(await signInAs(other), id))).toBe("NOT_FOUND");
    expect(await accountOutcome(downloadDataExport(ANONYMOUS, id))).toBe("UNAUTHENTICATED");
    const download = await downloadDataExport(viewer, id);
    expect(download.fileName).toMatch(/^wipn-my-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const pieces: Uint8Array[] = [];
    for await (const piece of download.chunks()) pieces.push(piece);
    expect(Buffer.concat(pieces).length).toBe(download.byteSize);
    expect(Object.keys(unzipSync(new Uint8Array(Buffer.concat(pieces))))).toContain("index.html");
    expect(await db().auditLog.count({ where: { action: "privacy.export-downloaded", actorId: member.id } })).toBe(1);

    const later = new Date(Date.now() + 8 * DAY);
    expect(await accountOutcome(downloadDataExport(viewer, id, later))).toBe("NOT_FOUND");
    expect((await dataRightsOverview(viewer, later)).export.state).toBe("expired");
    await db().dataExport.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await handlers["clean-up"]({}, context)).toMatchObject({ dataExports: 1 });
    expect(await db().dataExportChunk.count({ where: { exportId: id } })).toBe(0);
  });
});

describe("deleting one's account", () => {
  const needles = (member: { email: string }) => [member.email, "Amara Okafor-Rights", "Zuri Shown-Name", "Amara-DR", MARK];

  it("keeping the posts: no row anywhere holds her address, names, bio, lived experience or photo; the posts stay as a former member's", async () => {
    const { member, viewer, reply, otherPost } = await busyMember();
    await requestDataExport(viewer);
    await prepareExport((await db().dataExport.findFirstOrThrow({ where: { userId: member.id } })).id);
    expect(await whereFound(needles(member))).not.toEqual([]);

    await deleteMyAccount(viewer, { password: TEST_PASSWORD, code: "", posts: "keep", confirm: "yes" });

    // What she wrote on the board and in messages stays (she chose so; it is marked "Amara-DR" here); who she is goes.
    const identity = [member.email, "Amara Okafor-Rights", "Zuri Shown-Name", MARK, "Amara-DR bio", "Amara-DR-PIX", "Amara-DR helps", "Amara-DR flag note", "Amara-DR works"];
    const left = (await whereFound(identity)).sort();
    // The one place left: the confirmation email waiting in the outbox, to the address as it was.
    expect(left).toEqual([`OutboxEmail.to holds ${member.email}`]);
    const email = await db().outboxEmail.findFirstOrThrow({ where: { template: "privacy.account-deleted" } });
    await db().outboxEmail.update({ where: { id: email.id }, data: { status: "SENDING" } });
    await markEmailSent(email.id, new Date());
    expect((await db().outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).to).toBe(FORGOTTEN_RECIPIENT);
    expect(await whereFound(identity)).toEqual([]);

    const row = await db().user.findUniqueOrThrow({ where: { id: member.id } });
    expect(row).toMatchObject({ status: "DELETED", name: null, displayName: null, passwordHash: null, email: `deleted-${member.id}@invalid` });
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: reply.id } })).source).toBe("Amara-DR reply");
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: otherPost.id } })).reactionCounts).toEqual({});
    expect(await db().dataExport.count({ where: { userId: member.id } })).toBe(0);
    expect((await viewerFromSession(viewer.sessionToken, member.id)).viewer).toEqual(ANONYMOUS);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "account.deleted" } });
    expect(audit).toMatchObject({ targetType: "User", targetId: member.id, metadata: { posts: "keep", outcome: "anonymized" } });
    expect(JSON.stringify(await db().auditLog.findMany())).not.toMatch(/Amara|Zuri|PRIVATE-LIVED|@example/);
  });

  it("deleting the posts: their text, earlier versions, her threads and messages go too; replies of others keep their places", async () => {
    const { member, viewer, reply, mine, theirs, conversation } = await busyMember();

    await deleteMyAccount(viewer, { password: TEST_PASSWORD, code: "", posts: "delete", confirm: "yes" });

    const email = await db().outboxEmail.findFirstOrThrow({ where: { template: "privacy.account-deleted" } });
    expect(email.to).toBe(member.email);
    await db().outboxEmail.delete({ where: { id: email.id } }).catch(() => undefined);
    expect(await whereFound(needles(member))).toEqual([]);
    const post = await db().boardPost.findUniqueOrThrow({ where: { id: reply.id } });
    expect(post).toMatchObject({ source: "", cooked: "", searchText: "" });
    expect(post.deletedAt).toBeInstanceOf(Date);
    expect(await db().boardPostRevision.count({ where: { postId: reply.id } })).toBe(0);
    expect((await db().boardThread.findUniqueOrThrow({ where: { id: mine.id } })).deletedAt).toBeInstanceOf(Date);
    expect((await db().boardThread.findUniqueOrThrow({ where: { id: theirs.id } })).replyCount).toBe(0);
    const messages = await db().conversationMessage.findMany({ where: { conversationId: conversation.id, authorId: member.id } });
    expect(messages.every((message) => message.source === "" && message.deletedAt)).toBe(true);
    expect(await db().conversationMessage.count({ where: { conversationId: conversation.id, authorId: { not: member.id }, source: { not: "" } } })).toBeGreaterThan(0);
  });

  it("refuses a wrong password, a missing or wrong two-step code, and changes nothing", async () => {
    const secret = newTotpSecret();
    const { member, viewer, reply } = await busyMember({ totpSecret: secret });
    const before = await whereFound(needles(member));

    expect(await accountOutcome(deleteMyAccount(viewer, { password: "not-my-password", code: codeFor(secret), posts: "delete", confirm: "yes" }))).toBe("wrong-password:password");
    expect(await accountOutcome(deleteMyAccount(viewer, { password: TEST_PASSWORD, code: "", posts: "delete", confirm: "yes" }))).toBe("invalid-code:code");
    expect(await accountOutcome(deleteMyAccount(viewer, { password: TEST_PASSWORD, code: "123456", posts: "delete", confirm: "yes" }))).toBe("invalid-code:code");

    expect(await whereFound(needles(member))).toEqual(before);
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("ACTIVE");
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: reply.id } })).deletedAt).toBeNull();
    expect((await viewerFromSession(viewer.sessionToken, member.id)).viewer.kind).toBe("signed-in");
    expect(await db().outboxEmail.count({ where: { template: "privacy.account-deleted" } })).toBe(0);

    await deleteMyAccount(viewer, { password: TEST_PASSWORD, code: codeFor(secret), posts: "keep", confirm: "yes" });
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("DELETED");
  });

  it("leaves no address in the audit log when an admin searched the log for hers (the export records the id found)", async () => {
    const { member, viewer } = await busyMember();
    const admin = await createAdmin(db(), { totpEnabledAt: new Date() });
    for await (const _line of auditLogCsv(await signInAs(admin), auditFilterSchema.parse({ actor: member.email }), "UTC")) void _line;
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "audit.exported" } })).toMatchObject({ metadata: { actorId: member.id } });

    await deleteMyAccount(viewer, { password: TEST_PASSWORD, code: "", posts: "keep", confirm: "yes" });
    expect(JSON.stringify(await db().auditLog.findMany())).not.toContain(member.email);
  });

  it("keeps the network's last admin: she must make someone else admin first", async () => {
    const admin = await createAdmin(db(), { totpSecret: encryptTotpSecret(newTotpSecret()), totpEnabledAt: new Date() });
    const viewer: SignedInViewer = await signInAs(admin);
    expect((await dataRightsOverview(viewer)).deletion.lastAdmin).toBe(true);
    expect(await accountOutcome(deleteMyAccount(viewer, { password: TEST_PASSWORD, code: "000000", posts: "keep", confirm: "yes" }))).toBe("last-admin");
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).status).toBe("ACTIVE");
  });
});
