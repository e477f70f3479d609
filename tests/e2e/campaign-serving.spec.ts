// The public pages' serving, against the production server (issue 16): a spotlight's share image is a 1200×630 PNG
// the app draws itself, answered again from the public page cache, and gone (410) as soon as its consent is
// withdrawn — the cached copy is dropped by the database's notification (or the embedded database's polling).
import { randomBytes } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { createAdmin, createMember } from "@/tests/factories/users";
import { expect, test } from "./support/test";

async function liveSpotlight(prisma: PrismaClient) {
  const marker = randomBytes(4).toString("hex");
  const member = await createMember(prisma, { displayName: `Amina ${marker}` });
  const admin = await createAdmin(prisma);
  const dayAgo = new Date(Date.now() - 86_400_000);
  const campaign = await prisma.campaign.create({
    data: { slug: `serve-${marker}`, hashtags: ["BangkokRules10"], startsOn: dayAgo, publishAt: dayAgo, createdById: admin.id, texts: { create: { locale: "en", title: `Bangkok Rules at 10 ${marker}` } } },
  });
  const spotlight = await prisma.campaignSpotlight.create({
    data: {
      campaignId: campaign.id,
      slug: "amina",
      position: 1,
      subject: "MEMBER",
      memberId: member.id,
      publishAt: dayAgo,
      publishedAt: dayAgo,
      consent: "APPROVED",
      consentById: member.id,
      consentDecidedAt: dayAgo,
      approved: { name: `Amina ${marker}`, photoFileId: null, countryCode: null, organizationName: null, workTitle: null, story: { en: `Amina trains officers ${marker}.` }, quote: {} },
      createdById: admin.id,
      texts: { create: { locale: "en", story: `Amina trains officers ${marker}.` } },
    },
  });
  return { campaign, spotlight };
}

test("a spotlight's share image is a PNG, cached, and gone (410) once consent is withdrawn", async ({ request, prisma }) => {
  const { campaign, spotlight } = await liveSpotlight(prisma);
  const url = `/campaigns/${campaign.slug}/${spotlight.slug}/opengraph-image`;

  for (let i = 0; i < 2; i++) {
    const image = await request.get(url);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(image.headers()["cache-control"]).toBe("no-cache");
    const png = await image.body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }

  // As consent-service.ts's withdrawal leaves it: no snapshot, not live, a new content version.
  await prisma.$transaction([
    prisma.campaignSpotlight.update({ where: { id: spotlight.id }, data: { consent: "WITHDRAWN", approved: Prisma.DbNull, publishedAt: null } }),
    prisma.campaign.update({ where: { id: campaign.id }, data: { contentVersion: { increment: 1 } } }),
  ]);
  await expect.poll(async () => (await request.get(url)).status(), { timeout: 5_000 }).toBe(410);
});
