import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildCountryRows, buildRegionRows } from "@/lib/countries/reference-data";
import { BANGKOK_RULE_COUNT } from "@/lib/bangkok-rules/reference-data";
import { BOARD_CATEGORIES } from "@/lib/board/reference-data";
import { openTotpSecret } from "@/lib/auth/totp-secret-box";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET, DEMO_SIGN_INS, buildDemoData } from "@/prisma/seed/demo-data";

const TEST_AUTH_SECRET = "test-secret-test-secret-test-secret-42";
import { runSeed } from "@/scripts/seed";

describe("reference data seed", () => {
  it("writes every country, M49 region, continent, Bangkok Rule and board category, and is idempotent", async () => {
    await runSeed(db());
    await db().boardCategory.update({ where: { slug: "health" }, data: { names: { en: "Renamed by staff" } } });
    await runSeed(db());

    expect(await db().country.count()).toBe(buildCountryRows().length);
    expect(await db().region.count()).toBe(buildRegionRows().length);
    expect(await db().continent.count()).toBe(7);
    expect(await db().bangkokRule.count()).toBe(BANGKOK_RULE_COUNT);
    const brazil = await db().country.findUniqueOrThrow({ where: { code: "BR" }, include: { subregion: true } });
    expect(brazil).toMatchObject({ alpha3: "BRA", numericCode: "076", continentCode: "SA", regionCode: "019" });
    expect(brazil.names).toMatchObject({ en: "Brazil", es: "Brasil", pt: "Brasil", fr: "Brésil" });
    const categories = await db().boardCategory.findMany({ orderBy: { position: "asc" } });
    expect(categories.map((category) => category.slug)).toEqual(BOARD_CATEGORIES.map((category) => category.slug));
    expect(categories.filter((category) => category.staffStartsThreads).map((category) => category.slug)).toEqual(["announcements"]);
    expect(categories.find((category) => category.slug === "health")?.names, "a re-seed keeps what staff changed").toEqual({ en: "Renamed by staff" });
    for (const category of categories) expect(Object.keys(category.names as object).sort(), category.slug).toEqual(category.slug === "health" ? ["en"] : ["en", "es", "fr", "pt"]);
  });
});

describe("demo data seed", () => {
  it("creates a fictional network in 27 countries on every inhabited continent, once", async () => {
    const first = await runSeed(db(), { demo: true, authSecret: TEST_AUTH_SECRET });
    const second = await runSeed(db(), { demo: true, authSecret: TEST_AUTH_SECRET });

    expect(first.demo?.status).toBe("seeded");
    expect(second.demo?.status).toBe("already-seeded");
    const countries = await db().$queryRaw<{ code: string; continent: string }[]>`
      SELECT DISTINCT c.code, c."continentCode" AS continent FROM "Country" c
      WHERE c.code IN (SELECT "countryCode" FROM "Organization" UNION SELECT "countryCode" FROM "AdvocateProfile")`;
    expect(countries).toHaveLength(27);
    expect(new Set(countries.map((country) => country.continent))).toEqual(new Set(["AF", "AS", "EU", "NA", "SA", "OC"]));
    // A lively board: threads in the four languages, replies, reactions, one flagged post, and counters that add up.
    const threads = await db().boardThread.findMany({ select: { language: true, lastPostNumber: true, replyCount: true, _count: { select: { posts: true } } } });
    expect(threads.length).toBeGreaterThanOrEqual(15);
    expect(new Set(threads.map((thread) => thread.language))).toEqual(new Set(["en", "es", "fr", "pt"]));
    for (const thread of threads) expect([thread.lastPostNumber, thread.replyCount]).toEqual([thread._count.posts, thread._count.posts - 1]);
    expect(await db().boardReaction.count()).toBeGreaterThan(0);
    // The moderation queue: open items of every kind, flagged by several members, and one resolved item.
    const items = await db().moderationItem.findMany({ select: { targetType: true, status: true, openFlagCount: true } });
    expect(new Set(items.filter((item) => item.status === "OPEN").map((item) => item.targetType))).toEqual(new Set(["BoardPost", "BoardThread", "User", "Organization", "CollaborationRequest", "ConversationMessage"]));
    expect(items.filter((item) => item.status === "OPEN" && item.openFlagCount > 1).length).toBeGreaterThanOrEqual(3);
    expect(items.filter((item) => item.status === "RESOLVED")).toHaveLength(1);
    const categories = await db().boardCategory.findMany({ select: { threadCount: true, _count: { select: { threads: true } } } });
    for (const category of categories) expect(category.threadCount).toBe(category._count.threads);
    // Private conversations, direct and a group, with the demo member's unread messages in some, and the workspaces
    // of the accepted requests (each with its request's participants); numbers that add up.
    const conversations = await db().conversation.findMany({ select: { kind: true, lastMessageNumber: true, _count: { select: { messages: true } }, participants: { select: { lastReadNumber: true, user: { select: { email: true } } } } } });
    expect(new Set(conversations.map((conversation) => conversation.kind))).toEqual(new Set(["DIRECT", "GROUP", "WORKSPACE"]));
    const workspaces = await db().conversation.findMany({ where: { kind: "WORKSPACE" }, select: { subjectId: true, _count: { select: { participants: true } } } });
    const acceptedRequests = await db().collaborationRequest.findMany({ where: { acceptedCount: { gt: 0 } }, select: { id: true, acceptedCount: true } });
    expect(workspaces.map((workspace) => workspace.subjectId).sort()).toEqual(acceptedRequests.map((request) => request.id).sort());
    for (const request of acceptedRequests) expect(workspaces.find((workspace) => workspace.subjectId === request.id)!._count.participants).toBe(request.acceptedCount + 1);
    for (const conversation of conversations) expect(conversation.lastMessageNumber).toBe(conversation._count.messages);
    const unreadForMember = conversations.filter((conversation) => conversation.participants.some((p) => p.user.email === "demo-member@example.org" && p.lastReadNumber < conversation.lastMessageNumber));
    expect(unreadForMember.length).toBeGreaterThanOrEqual(2);
    // Notifications as members live with them: the demo member's grouped replies and reactions, unread, one read
    // mention; the staff's application and flag; her own choices.
    const member = await db().user.findUniqueOrThrow({ where: { email: "demo-member@example.org" }, select: { timeZone: true, notifications: { select: { type: true, readAt: true, payload: true } } } });
    expect(member.timeZone).toBe("Africa/Nairobi");
    expect(new Set(member.notifications.map((notification) => notification.type))).toEqual(new Set(["REPLY", "REACTION", "MENTION", "COLLABORATION_MATCH", "NEW_MESSAGE"]));
    expect(member.notifications.filter((notification) => !notification.readAt).length).toBe(4);
    expect(member.notifications.find((notification) => notification.type === "REACTION")?.payload).toMatchObject({ count: 4 });
    expect(await db().notification.count({ where: { type: { in: ["NEW_APPLICATION", "NEW_FLAG"] } } })).toBe(3);
    // The #BangkokRules10 campaign: published, not indexable, a daily series; three approved and live with only
    // the fields chosen, one waiting for the demo representative's answer (and the notification that asked her).
    const campaign = await db().campaign.findUniqueOrThrow({ where: { slug: "bangkok-rules-10" }, select: { publishAt: true, indexable: true, hashtags: true, texts: { select: { locale: true } }, spotlights: { orderBy: { position: "asc" }, select: { id: true, consent: true, publishedAt: true, approved: true, consentById: true } } } });
    expect([campaign.indexable, campaign.publishAt !== null, campaign.hashtags, campaign.texts.map((text) => text.locale).sort()]).toEqual([false, true, ["BangkokRules10", "womeninprison", "rightsofwomeninprison"], ["en", "es", "fr", "pt"]]);
    expect(campaign.spotlights.map((spotlight) => [spotlight.consent, spotlight.publishedAt !== null])).toEqual([["APPROVED", true], ["APPROVED", true], ["APPROVED", true], ["REQUESTED", false]]);
    expect(campaign.spotlights[2]!.approved, "another name, no organization: what she chose").toMatchObject({ name: "Aminata", organizationName: null, photoFileId: null });
    const asked = campaign.spotlights[3]!;
    expect(await db().notification.count({ where: { type: "CAMPAIGN_CONSENT_REQUESTED", subjectId: asked.id, user: { email: "demo-representative@example.org" } } })).toBe(1);
    // The resource library: a few dozen in the four languages, all eight types, one organization-only, one withdrawn,
    // one with two versions, one cited by a request.
    const resources = await db().resource.findMany({ select: { type: true, languages: true, visibility: true, status: true, versionCount: true, searchText: true, filterTokens: true } });
    expect(resources.length).toBeGreaterThanOrEqual(20);
    expect(new Set(resources.map((resource) => resource.type)).size).toBe(8);
    for (const language of ["en", "es", "fr", "pt"]) expect(resources.some((resource) => resource.languages.includes(language))).toBe(true);
    expect(resources.filter((resource) => resource.visibility === "ORGANIZATION")).toHaveLength(1);
    expect(resources.filter((resource) => resource.status === "WITHDRAWN")).toHaveLength(1);
    expect(resources.some((resource) => resource.versionCount === 2)).toBe(true);
    for (const resource of resources) expect(resource.searchText.length > 0 && resource.filterTokens.includes(`type:${resource.type}`)).toBe(true);
    expect(await db().resourceReference.count({ where: { sourceType: "CollaborationRequest" } })).toBe(1);
    expect(await db().organization.count()).toBe(36);
    expect(await db().organizationJoinRequest.count({ where: { status: "PENDING" } })).toBe(buildDemoData().joinRequests.length);
    expect(await db().user.count({ where: { status: "ACTIVE", role: "MEMBER" } })).toBeGreaterThanOrEqual(40);
    expect(await db().user.count({ where: { status: { in: ["UNVERIFIED", "PENDING", "MORE_INFO_REQUESTED"] } } })).toBeGreaterThanOrEqual(3);
    for (const signIn of DEMO_SIGN_INS) {
      expect(await db().user.findUnique({ where: { email: signIn.email }, select: { id: true } })).not.toBeNull();
    }
    expect(await db().user.count({ where: { email: { not: { endsWith: "@example.org" } } } })).toBe(0);
    const admin = await db().user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL }, select: { totpSecret: true, totpEnabledAt: true } });
    expect(admin.totpEnabledAt).not.toBeNull();
    expect(openTotpSecret(admin.totpSecret!, TEST_AUTH_SECRET)).toBe(DEMO_ADMIN_TOTP_SECRET);
    // Lived experience stays private unless a member chose otherwise: only those the demo data says shared it.
    const shared = await db().advocateProfile.findMany({ where: { livedExperienceVisibility: "MEMBERS" }, select: { user: { select: { email: true } } } });
    const chose = buildDemoData().profiles.filter((profile) => profile.livedExperienceVisibility === "MEMBERS");
    expect(shared.map((profile) => profile.user.email).sort()).toEqual(chose.map((profile) => profile.email).sort());
    expect(shared.length).toBeLessThanOrEqual(2);
  });
});
