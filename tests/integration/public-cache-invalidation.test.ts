// The public page cache against PostgreSQL (issue 16): the trigger notifies a campaign's slug when its public pages
// change, the server's LISTEN drops them, and a withdrawal takes a cached spotlight page down at once (410).
// Without notifications (the connection lost) the cache polls the content versions until LISTEN is back.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { addSpotlight, createCampaign, requestConsent, updateCampaign } from "@/lib/campaigns/admin-service";
import { answerConsent, consentRequests, withdrawConsent } from "@/lib/campaigns/consent-service";
import { publicCampaignVersions, publicSpotlightPage } from "@/lib/campaigns/public-service";
import { campaignSchema, consentAnswerSchema, spotlightSchema } from "@/lib/campaigns/schema";
import { preparePageRequest } from "@/lib/http/page-headers";
import { PublicPageCache } from "@/lib/http/public-cache";
import { keepPublicCacheFresh, PUBLIC_PAGES_CHANNEL, type Invalidation } from "@/lib/http/public-cache-invalidation";
import { createAdmin, createMember } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

const CREATED = new Date("2026-12-04T10:00:00Z");
const LIVE = new Date("2026-12-12T10:00:00Z");
let admin: SignedInViewer;
let amina: SignedInViewer;
let campaignId: string;
let spotlightId: string;
const closers: Array<() => Promise<unknown>> = [];

beforeEach(async () => {
  admin = await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() }));
  const member = await createMember(db(), { displayName: "Amina Wanjiru", profile: { countryCode: "KE" } });
  amina = await signInAs(member);
  const form = { slug: "bangkok-rules-10", defaultLocale: "en", hashtags: "#BangkokRules10", startsOn: "2026-12-10", publishOn: "2026-12-10", title_en: "Bangkok Rules at 10" };
  ({ id: campaignId } = await createCampaign(admin, campaignSchema.parse(form), CREATED));
  ({ id: spotlightId } = await addSpotlight(
    admin,
    spotlightSchema.parse({ campaignId, slug: "amina", subject: "MEMBER", subjectRef: `@${member.profile!.handle}`, publishOn: "2026-12-11", story_en: "Amina trains prison officers." }),
    CREATED,
  ));
  await requestConsent(admin, { spotlightId });
  const [request] = await consentRequests(amina);
  await answerConsent(amina, consentAnswerSchema.parse({ spotlightId, preview: request!.preview, decision: "approve", name: "DISPLAY_NAME", story: "on" }));
  // As the daily publication job would.
  await db().campaignSpotlight.update({ where: { id: spotlightId }, data: { publishedAt: new Date("2026-12-11T00:00:00Z") } });
});

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** The cache in front of a stand-in for the spotlight page: it renders from the public service, as the page does. */
async function cachedServer(listen: boolean) {
  const cache = new PublicPageCache({ maxBytes: 1024 * 1024, ttlMs: 60_000, maxRenders: 4 });
  const invalidation: Invalidation = keepPublicCacheFresh(cache, { connectionString: listen ? process.env.DATABASE_URL! : null, readVersions: publicCampaignVersions, maxRetryMs: 200, log: () => {} });
  closers.push(() => invalidation.stop());
  await invalidation.ready;
  const state = { renders: 0 };
  const render = async (request: IncomingMessage, response: ServerResponse) => {
    state.renders++;
    const [, , slug, spotlight] = request.url!.split("?")[0]!.split("/");
    const page = await publicSpotlightPage(slug!, spotlight!, "en", LIVE);
    response.statusCode = page.status === "live" ? 200 : page.status === "gone" ? 410 : 404;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(page.status === "live" ? `<h1>${page.page.spotlight.name}</h1>` : page.status);
  };
  const server: Server = createServer((request, response) => {
    preparePageRequest(request, response, false);
    void cache.serve(request, response, render);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/campaigns/bangkok-rules-10/amina`;
  const status = async () => {
    const response = await fetch(url);
    await response.text();
    return response.status;
  };
  return { state, status, invalidation };
}

describe("the public page cache's invalidation", () => {
  it("is notified with the campaign's slug when a change that alters its pages commits, never before", async () => {
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    closers.push(() => listener.end());
    const received: string[] = [];
    listener.on("notification", (message) => received.push(`${message.channel}:${message.payload}`));
    await listener.query(`LISTEN ${PUBLIC_PAGES_CHANNEL}`);

    await db().$transaction(async (tx) => {
      await tx.campaign.update({ where: { id: campaignId }, data: { contentVersion: { increment: 1 } } });
      await tx.campaign.update({ where: { id: campaignId }, data: { contentVersion: { increment: 1 } } });
      // Nothing is delivered while the transaction is open.
      await listener.query("SELECT 1");
      expect(received).toEqual([]);
    });
    await expect.poll(() => received).toEqual([`${PUBLIC_PAGES_CHANNEL}:bangkok-rules-10`]);

    // A change that alters no public page (the same values written again) says nothing; a renamed campaign names both slugs.
    await db().campaign.update({ where: { id: campaignId }, data: { indexable: false } });
    await db().campaign.update({ where: { id: campaignId }, data: { slug: "br10" } });
    await expect.poll(() => received.slice(1)).toEqual([`${PUBLIC_PAGES_CHANNEL}:bangkok-rules-10`, `${PUBLIC_PAGES_CHANNEL}:br10`]);
  });

  it("takes a cached spotlight page down as soon as its consent is withdrawn (410)", async () => {
    const { state, status, invalidation } = await cachedServer(true);
    expect(invalidation.listening).toBe(true);
    expect(await status()).toBe(200);
    expect(await status()).toBe(200);
    expect(state.renders).toBe(1);

    await withdrawConsent(amina, { spotlightId });
    await expect.poll(status, { timeout: 2_000, interval: 20 }).toBe(410);
    expect(state.renders).toBe(2);
  });

  it("polls the content versions while notifications are lost, and listens again when it can", async () => {
    const { state, status, invalidation } = await cachedServer(true);
    expect(await status()).toBe(200);
    await db().$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'wipn-public-cache' AND datname = current_database()`;
    await expect.poll(() => invalidation.listening).toBe(false);

    await withdrawConsent(amina, { spotlightId });
    // Within about a second (one read of the versions a second at most), though no notification came.
    await expect.poll(status, { timeout: 3_000, interval: 50 }).toBe(410);
    await expect.poll(() => invalidation.listening, { timeout: 5_000 }).toBe(true);
    expect(state.renders).toBeGreaterThanOrEqual(2);
  });

  it("polls from the start without notifications (the embedded database)", async () => {
    const { status, invalidation } = await cachedServer(false);
    expect(invalidation.listening).toBe(false);
    expect(await status()).toBe(200);
    await updateCampaign(admin, campaignId, campaignSchema.parse({ slug: "bangkok-rules-10", defaultLocale: "en", hashtags: "#BangkokRules10", startsOn: "2026-12-10", publishOn: "2026-12-10", title_en: "Bangkok Rules at 10", indexable: "on" }), CREATED);
    await withdrawConsent(amina, { spotlightId });
    await expect.poll(status, { timeout: 3_000, interval: 50 }).toBe(410);
  });
});
