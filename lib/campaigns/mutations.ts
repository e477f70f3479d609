import "server-only";
// Writes for campaigns, each one transaction with its audit entry. Consent changes lock the spotlight's row and
// re-read it, so two answers (or an answer and a withdrawal) happen one after the other; every change that
// alters a public page bumps its campaign's contentVersion, the public cache's key.
import { writeAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { locales } from "@/lib/i18n/config";
import type { ApprovedSpotlight } from "./format";
import type { CampaignInput, SpotlightInput } from "./schema";

type Tx = Prisma.TransactionClient;

const refused = (key: string, field?: string, code = "CONFLICT") => new AppError(code, { field, messageKey: `CampaignErrors.${key}` });
const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

function textRows(titles: Partial<Record<Locale, string>>, introductions: Partial<Record<Locale, string>>) {
  return locales.filter((locale) => titles[locale]).map((locale) => ({ locale, title: titles[locale]!, introduction: introductions[locale] ?? "" }));
}

/** The campaign's own columns, as the form gives them (days at 00:00 UTC). */
function campaignColumns(input: CampaignInput) {
  return {
    slug: input.slug,
    defaultLocale: input.defaultLocale,
    hashtags: input.hashtags,
    startsOn: dayStart(input.startsOn),
    endsOn: input.endsOn ? dayStart(input.endsOn) : null,
    publishAt: input.publishOn ? dayStart(input.publishOn) : null,
    indexable: input.indexable,
  };
}

export async function insertCampaign(actorId: string, input: CampaignInput): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    if (await tx.campaign.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw refused("slugTaken", "slug");
    const campaign = await tx.campaign.create({
      data: {
        ...campaignColumns(input),
        createdById: actorId,
        texts: { createMany: { data: textRows(input.titles, input.introductions) } },
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId, action: "campaign.created", targetType: "Campaign", targetId: campaign.id, metadata: { slug: input.slug } });
    return campaign;
  });
}

export async function updateCampaignRow(actorId: string, campaignId: string, input: CampaignInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Campaign" WHERE id = ${campaignId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND");
    const other = await tx.campaign.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (other && other.id !== campaignId) throw refused("slugTaken", "slug");
    await tx.campaignText.deleteMany({ where: { campaignId } });
    await tx.campaign.update({
      where: { id: campaignId },
      data: {
        ...campaignColumns(input),
        contentVersion: { increment: 1 },
        texts: { createMany: { data: textRows(input.titles, input.introductions) } },
      },
    });
    await writeAudit(tx, { actorId, action: "campaign.updated", targetType: "Campaign", targetId: campaignId, metadata: { slug: input.slug, indexable: input.indexable } });
  });
}

export async function insertSpotlight(actorId: string, input: SpotlightInput, subject: Record<string, string>): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Campaign" WHERE id = ${input.campaignId} FOR UPDATE`;
    if (await tx.campaignSpotlight.findUnique({ where: { campaignId_slug: { campaignId: input.campaignId, slug: input.slug } }, select: { id: true } })) throw refused("spotlightSlugTaken", "slug");
    const last = await tx.campaignSpotlight.aggregate({ where: { campaignId: input.campaignId }, _max: { position: true } });
    const spotlight = await tx.campaignSpotlight.create({
      data: {
        campaignId: input.campaignId,
        slug: input.slug,
        position: (last._max.position ?? 0) + 1,
        subject: input.subject,
        ...subject,
        publishAt: dayStart(input.publishOn),
        createdById: actorId,
        texts: { createMany: { data: storyRows(input) } },
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId, action: "campaign.spotlight-added", targetType: "CampaignSpotlight", targetId: spotlight.id, metadata: { campaignId: input.campaignId, subject: input.subject } });
    return spotlight;
  });
}

function storyRows(input: SpotlightInput) {
  return locales.filter((locale) => input.stories[locale] || input.quotes[locale]).map((locale) => ({ locale, story: input.stories[locale] ?? "", quote: input.quotes[locale] ?? "" }));
}

/** Locks a spotlight's row for the rest of the transaction and returns its consent as it is now. */
async function lockSpotlight(tx: Tx, spotlightId: string): Promise<{ consent: string; campaignId: string } | null> {
  const [row] = await tx.$queryRaw<{ consent: string; campaignId: string }[]>`
    SELECT "consent"::text AS "consent", "campaignId" FROM "CampaignSpotlight" WHERE id = ${spotlightId} FOR UPDATE`;
  return row ?? null;
}

/** Asks for consent (again, after a decline or a withdrawal); what was approved before stays withdrawn. */
export async function markConsentRequested(actorId: string, spotlightId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await lockSpotlight(tx, spotlightId);
    if (!row) throw new AppError("NOT_FOUND");
    if (row.consent === "REQUESTED" || row.consent === "APPROVED") throw refused("alreadyAsked");
    await tx.campaignSpotlight.update({ where: { id: spotlightId }, data: { consent: "REQUESTED", consentRequestedAt: new Date(), consentDecidedAt: null } });
    await writeAudit(tx, { actorId, action: "campaign.consent-requested", targetType: "CampaignSpotlight", targetId: spotlightId });
  });
}

/**
 * Records the consenter's answer in one transaction, if the spotlight still waits for one and `stillValid` (run
 * with the row locked: the preview's fingerprint checked against the candidate now) holds. Approval stores the
 * snapshot of exactly the approved fields; the audit entry names the fields, never their values.
 */
export async function recordConsentAnswer(
  consenterId: string,
  spotlightId: string,
  answer: { approved: ApprovedSpotlight | null; fields: string[] },
  stillValid: (tx: Tx) => Promise<boolean>,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await lockSpotlight(tx, spotlightId);
    if (!row || row.consent === "NOT_REQUESTED") throw new AppError("NOT_FOUND");
    if (!(await stillValid(tx))) throw refused("previewChanged");
    const approved = answer.approved;
    await tx.campaignSpotlight.update({
      where: { id: spotlightId },
      data: approved
        ? { consent: "APPROVED", approved, consentById: consenterId, consentDecidedAt: new Date() }
        : { consent: "DECLINED", approved: Prisma.DbNull, publishedAt: null, consentById: consenterId, consentDecidedAt: new Date() },
    });
    await tx.campaign.update({ where: { id: row.campaignId }, data: { contentVersion: { increment: 1 } } });
    await writeAudit(tx, {
      actorId: consenterId,
      action: approved ? "campaign.consent-approved" : "campaign.consent-declined",
      targetType: "CampaignSpotlight",
      targetId: spotlightId,
      metadata: { fields: answer.fields },
    });
  });
}

/** Takes an approved spotlight down at once: the snapshot goes, the public page answers 410. */
export async function recordConsentWithdrawn(consenterId: string, spotlightId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await lockSpotlight(tx, spotlightId);
    if (!row) throw new AppError("NOT_FOUND");
    if (row.consent !== "APPROVED") throw refused("notApproved");
    await tx.$executeRaw`
      UPDATE "CampaignSpotlight" SET consent = 'WITHDRAWN', approved = NULL, "publishedAt" = NULL, "consentDecidedAt" = now(), "updatedAt" = now()
       WHERE id = ${spotlightId}`;
    await tx.campaign.update({ where: { id: row.campaignId }, data: { contentVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId: consenterId, action: "campaign.consent-withdrawn", targetType: "CampaignSpotlight", targetId: spotlightId });
  });
}

/**
 * The member's own choice whether campaigns may ask to feature her. Turning it off declines, in the same
 * transaction, the requests featuring her that wait for her answer (what she approved stays until she withdraws it).
 */
export async function recordCampaignRequestsSetting(userId: string, allowed: boolean): Promise<{ declined: number }> {
  return db().$transaction(async (tx) => {
    await tx.advocateProfile.update({ where: { userId }, data: { campaignRequests: allowed } });
    const declined = allowed
      ? { count: 0 }
      : await tx.campaignSpotlight.updateMany({
          where: { subject: "MEMBER", memberId: userId, consent: "REQUESTED" },
          data: { consent: "DECLINED", consentById: userId, consentDecidedAt: new Date() },
        });
    await writeAudit(tx, { actorId: userId, action: "campaign.requests-setting", targetType: "User", targetId: userId, metadata: { allowed, declined: declined.count } });
    return { declined: declined.count };
  });
}
