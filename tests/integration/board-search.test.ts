// The board's search against PostgreSQL: accents, case and word starts do not matter; filters narrow; only
// readable posts come back (deleted and removed never, hidden and staff-only for staff); excerpts mark the words.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { replyToThread, startThread } from "@/lib/board/post-service";
import { boardSearchSchema, replySchema, threadSchema } from "@/lib/board/schema";
import { searchBoard } from "@/lib/board/search-service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createMember, createModerator } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let author: SignedInViewer;
let reader: SignedInViewer;

beforeEach(async () => {
  await seedReferenceData(db());
  author = await signInAs(await createMember(db(), { displayName: "Author", approvedAt: new Date(Date.now() - 30 * 86_400_000) }));
  reader = await signInAs(await createMember(db(), { displayName: "Reader" }));
});

const find = async (viewer: SignedInViewer, params: Record<string, string>) => (await searchBoard(viewer, boardSearchSchema.parse(params))).hits.map((hit) => `${hit.threadTitle}#${hit.number}`);

describe("board search", () => {
  it("finds titles and posts without accents or capitals, by the start of words, and marks them in the excerpt", async () => {
    const { id } = await startThread(author, threadSchema.parse({ title: "Prisión preventiva en Bogotá", body: "Mujeres en espera de juicio", category: "legal-aid", language: "es", "rules[]": ["57"], "countries[]": ["CO"] }));
    await replyToThread(author, replySchema.parse({ threadId: String(id), body: "La Cárcel de **Mujeres** El Buen Pastor" }));
    await startThread(author, threadSchema.parse({ title: "Santé en détention", body: "Accès aux soins", category: "health", language: "fr" }));
    expect(await find(reader, { q: "BOGOTA" })).toEqual(["Prisión preventiva en Bogotá#1"]);
    expect(await find(reader, { q: "carc muj" })).toEqual(["Prisión preventiva en Bogotá#2"]);
    expect(await find(reader, { q: "sante" })).toEqual(["Santé en détention#1"]);
    const [hit] = (await searchBoard(reader, boardSearchSchema.parse({ q: "carcel" }))).hits;
    expect(hit!.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(["Cárcel"]);
    expect(await find(reader, { q: "" })).toEqual([]);
  });

  it("narrows by category, rule, country, language, author and date", async () => {
    const other = await signInAs(await createMember(db(), { approvedAt: new Date(Date.now() - 30 * 86_400_000) }));
    await startThread(author, threadSchema.parse({ title: "Monitoring women prisons", body: "visits", category: "monitoring", language: "en", "rules[]": ["25"], "countries[]": ["KE"] }));
    await startThread(other, threadSchema.parse({ title: "Monitoring police cells", body: "visits", category: "legal-aid", language: "es" }));
    const handle = (await db().advocateProfile.findUniqueOrThrow({ where: { userId: author.id } })).handle;
    expect(await find(reader, { q: "monitoring", category: "monitoring" })).toEqual(["Monitoring women prisons#1"]);
    expect(await find(reader, { q: "monitoring", rule: "25" })).toEqual(["Monitoring women prisons#1"]);
    expect(await find(reader, { q: "monitoring", country: "ke" })).toEqual(["Monitoring women prisons#1"]);
    expect(await find(reader, { q: "monitoring", language: "es" })).toEqual(["Monitoring police cells#1"]);
    expect(await find(reader, { q: "monitoring", author: handle })).toEqual(["Monitoring women prisons#1"]);
    expect(await find(reader, { q: "monitoring", since: "2999-01-01" })).toEqual([]);
  });

  it("returns only what the viewer may read", async () => {
    const { id } = await startThread(author, threadSchema.parse({ title: "Visible thread zebra", body: "zebra one", category: "health", language: "en" }));
    await replyToThread(author, replySchema.parse({ threadId: String(id), body: "zebra hidden" }));
    await replyToThread(author, replySchema.parse({ threadId: String(id), body: "zebra deleted" }));
    await db().boardPost.update({ where: { threadId_number: { threadId: id, number: 2 } }, data: { hiddenAt: new Date() } });
    await db().boardPost.update({ where: { threadId_number: { threadId: id, number: 3 } }, data: { deletedAt: new Date() } });
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    await db().boardCategory.create({ data: { slug: "staff-room", position: 99, names: { en: "Staff" }, descriptions: { en: "" }, staffOnly: true } });
    await startThread(moderator, threadSchema.parse({ title: "Staff zebra", body: "zebra staff", category: "staff-room", language: "en" }));
    expect((await find(reader, { q: "zebra" })).sort()).toEqual(["Visible thread zebra#1"]);
    expect((await find(moderator, { q: "zebra" })).sort()).toEqual(["Staff zebra#1", "Visible thread zebra#1", "Visible thread zebra#2"]);
  });
});

describe("a common word", () => {
  it("ranks only the newest matches, says so, and still finds an older post by a rarer word", async () => {
    const { id } = await startThread(author, threadSchema.parse({ title: "Visits everywhere", body: "visit visit visit rareword", category: "monitoring", language: "en" }));
    const older = new Date(Date.now() - 86_400_000);
    await db().boardPost.update({ where: { threadId_number: { threadId: id, number: 1 } }, data: { createdAt: older } });
    // More newer posts matching "visit" than the search ranks, each mentioning it once (the old one three times).
    await db().boardPost.createMany({
      data: Array.from({ length: 1_000 }, (_, index) => ({ threadId: id, number: index + 2, authorId: author.id, source: `a visit ${index}`, cooked: "", language: "en", searchText: `a visit ${index}` })),
    });
    const common = await searchBoard(reader, boardSearchSchema.parse({ q: "visit" }));
    expect(common.rankedOfNewest).toBe(1_000);
    expect(common.hits).toHaveLength(20);
    expect(common.hits.some((hit) => hit.number === 1)).toBe(false);
    const rare = await searchBoard(reader, boardSearchSchema.parse({ q: "visit rarew" }));
    expect(rare.rankedOfNewest).toBeNull();
    expect(rare.hits.map((hit) => hit.number)).toEqual([1]);
  });
});
