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
import { createNotifications, removeNotificationsAbout } from "@/lib/notifications/mutations";
import type { CampaignInput, SpotlightEdit, SpotlightInput, SpotlightMove } from "./schema";

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

function storyRows(input: Pick<SpotlightInput, "stories" | "quotes">) {
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
    const notified = await notifyConsentRequested(tx, spotlightId, actorId);
    await writeAudit(tx, { actorId, action: "campaign.consent-requested", targetType: "CampaignSpotlight", targetId: spotlightId, metadata: { notified } });
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
    // Approved after its day (and its campaign's): live at once, in this transaction (no wait for the next job
    // run); the version was just bumped above.
    if (approved) await publishDueSpotlightsIn(tx, new Date(), { onlyIds: [spotlightId], bumpVersion: false });
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

// ---- admin: editing, ordering and removing spotlights; consent requests; publication; take-down ----

/** Whoever answers for the spotlight now (policy.ts `answersForSpotlight`): the member; an organization's
 * representatives; for an outcome or a resource, its author and the representatives it was written for. Active only. */
async function consentAnswerers(tx: Tx, spotlightId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    WITH s AS (
      SELECT sp."memberId", coalesce(sp."organizationId", cr."organizationId", r."organizationId") AS "organizationId", coalesce(cr."authorId", r."authorId") AS "authorId"
        FROM "CampaignSpotlight" sp
        LEFT JOIN "CollaborationRequest" cr ON cr.id = sp."collaborationRequestId"
        LEFT JOIN "Resource" r ON r.id = sp."resourceId"
       WHERE sp.id = ${spotlightId})
    SELECT DISTINCT u.id AS "userId" FROM "User" u, s
     WHERE u.status = 'ACTIVE' AND (u.id = s."memberId" OR u.id = s."authorId"
        OR u.id IN (SELECT m."userId" FROM "OrganizationMembership" m WHERE m."organizationId" = s."organizationId" AND m.role = 'REPRESENTATIVE'))`;
  return rows.map((row) => row.userId);
}

/** Tells whoever answers for the spotlight that they are asked (lib/notifications, in the caller's transaction). */
async function notifyConsentRequested(tx: Tx, spotlightId: string, actorId: string): Promise<number> {
  const spotlight = await tx.campaignSpotlight.findUniqueOrThrow({ where: { id: spotlightId }, select: { campaign: { select: { slug: true, defaultLocale: true, texts: { select: { locale: true, title: true } } } } } });
  const { campaign } = spotlight;
  const title = campaign.texts.find((text) => text.locale === campaign.defaultLocale)?.title ?? campaign.slug;
  const userIds = (await consentAnswerers(tx, spotlightId)).filter((userId) => userId !== actorId);
  return createNotifications(tx, userIds.map((userId) => ({ userId, type: "CAMPAIGN_CONSENT_REQUESTED", subjectType: "CampaignSpotlight", subjectId: spotlightId, payload: { title } })));
}

/**
 * A spotlight's new day and texts. An edit of the texts of an approved spotlight sends its consent back to
 * REQUESTED (the snapshot cleared, the page offline, whoever answers for it asked again): nothing reaches a
 * public page unseen. A day moved later takes a live spotlight offline until then. Always bumps the
 * campaign's contentVersion.
 */
export async function updateSpotlightRow(actorId: string, input: SpotlightEdit, now = new Date()): Promise<{ consentReset: boolean }> {
  return db().$transaction(async (tx) => {
    const row = await lockSpotlight(tx, input.spotlightId);
    if (!row) throw new AppError("NOT_FOUND");
    const before = await tx.campaignSpotlight.findUniqueOrThrow({ where: { id: input.spotlightId }, select: { publishAt: true, publishedAt: true, texts: { select: { locale: true, story: true, quote: true } } } });
    const rows = storyRows(input);
    const key = (texts: { locale: string; story: string; quote: string }[]) => JSON.stringify([...texts].sort((a, b) => a.locale.localeCompare(b.locale)).map((text) => [text.locale, text.story, text.quote]));
    const textsChanged = key(before.texts) !== key(rows);
    const publishAt = dayStart(input.publishOn);
    const consentReset = textsChanged && row.consent === "APPROVED";
    await tx.campaignSpotlightText.deleteMany({ where: { spotlightId: input.spotlightId } });
    await tx.campaignSpotlightText.createMany({ data: rows.map((text) => ({ ...text, spotlightId: input.spotlightId })) });
    await tx.campaignSpotlight.update({
      where: { id: input.spotlightId },
      data: {
        publishAt,
        ...(publishAt > now ? { publishedAt: null } : {}),
        ...(consentReset ? { consent: "REQUESTED", approved: Prisma.DbNull, publishedAt: null, consentRequestedAt: now, consentDecidedAt: null } : {}),
      },
    });
    await tx.campaign.update({ where: { id: row.campaignId }, data: { contentVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId, action: "campaign.spotlight-updated", targetType: "CampaignSpotlight", targetId: input.spotlightId, metadata: { textsChanged, dayChanged: publishAt.getTime() !== before.publishAt.getTime(), consentReset } });
    if (consentReset) await notifyConsentRequested(tx, input.spotlightId, actorId);
    // An approved spotlight whose day was moved to today goes live now, as an approval after its day does.
    else await publishDueSpotlightsIn(tx, now, { onlyIds: [input.spotlightId], bumpVersion: false });
    return { consentReset };
  });
}

/** Swaps a spotlight with its neighbour above or below (the campaign's row locked: one reordering at a time). */
export async function moveSpotlightRow(actorId: string, input: SpotlightMove): Promise<{ moved: boolean; campaignId: string }> {
  return db().$transaction(async (tx) => {
    const spotlight = await tx.campaignSpotlight.findUnique({ where: { id: input.spotlightId }, select: { campaignId: true } });
    if (!spotlight) throw new AppError("NOT_FOUND");
    await tx.$queryRaw`SELECT id FROM "Campaign" WHERE id = ${spotlight.campaignId} FOR UPDATE`;
    const ordered = await tx.campaignSpotlight.findMany({ where: { campaignId: spotlight.campaignId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } });
    const index = ordered.findIndex((item) => item.id === input.spotlightId);
    const other = index + (input.direction === "up" ? -1 : 1);
    if (index < 0 || other < 0 || other >= ordered.length) return { moved: false, campaignId: spotlight.campaignId };
    [ordered[index], ordered[other]] = [ordered[other]!, ordered[index]!];
    // Positions are rewritten 1…n, so earlier gaps or ties (a removed spotlight) go too.
    for (const [position, item] of ordered.entries()) await tx.campaignSpotlight.update({ where: { id: item.id }, data: { position: position + 1 } });
    await tx.campaign.update({ where: { id: spotlight.campaignId }, data: { contentVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId, action: "campaign.spotlight-moved", targetType: "CampaignSpotlight", targetId: input.spotlightId, metadata: { direction: input.direction, position: other + 1 } });
    return { moved: true, campaignId: spotlight.campaignId };
  });
}

/** Removes a spotlight (its texts and snapshot with it) and the notifications asking about it. */
export async function deleteSpotlightRow(actorId: string, spotlightId: string): Promise<{ campaignId: string }> {
  return db().$transaction(async (tx) => {
    const row = await lockSpotlight(tx, spotlightId);
    if (!row) throw new AppError("NOT_FOUND");
    await tx.campaignSpotlight.delete({ where: { id: spotlightId } });
    await removeNotificationsAbout(tx, "CampaignSpotlight", [spotlightId]);
    await tx.campaign.update({ where: { id: row.campaignId }, data: { contentVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId, action: "campaign.spotlight-removed", targetType: "CampaignSpotlight", targetId: spotlightId, metadata: { campaignId: row.campaignId, consent: row.consent } });
    return { campaignId: row.campaignId };
  });
}

/**
 * Puts live every spotlight whose day has come, whose consent is APPROVED and whose campaign is published
 * (`publishAt <= now`), not yet live; `onlyIds` narrows it (an approval given after the day, whose transaction
 * bumps the version itself: `bumpVersion: false`). Bumps each touched campaign's contentVersion and audits each spotlight. Idempotent: a second run finds nothing; two
 * at once do not publish one twice (the UPDATE re-checks `publishedAt IS NULL` under the row lock).
 */
export async function publishDueSpotlightsIn(tx: Tx, now: Date, { onlyIds, bumpVersion = true }: { onlyIds?: string[]; bumpVersion?: boolean } = {}): Promise<number> {
  const ids = onlyIds ?? null;
  const published = await tx.$queryRaw<{ id: string; campaignId: string }[]>`
    UPDATE "CampaignSpotlight" s SET "publishedAt" = ${now}, "updatedAt" = ${now}
      FROM "Campaign" c
     WHERE c.id = s."campaignId" AND c."publishAt" IS NOT NULL AND c."publishAt" <= ${now}
       AND s."publishAt" <= ${now} AND s."publishedAt" IS NULL AND s.consent = 'APPROVED'
       AND (${ids}::text[] IS NULL OR s.id = ANY(${ids}::text[]))
 RETURNING s.id, s."campaignId"`;
  if (published.length === 0) return 0;
  const campaignIds = [...new Set(published.map((row) => row.campaignId))];
  if (bumpVersion) await tx.campaign.updateMany({ where: { id: { in: campaignIds } }, data: { contentVersion: { increment: 1 } } });
  for (const row of published) await writeAudit(tx, { actorId: null, action: "campaign.spotlight-published", targetType: "CampaignSpotlight", targetId: row.id, metadata: { campaignId: row.campaignId } });
  return published.length;
}

/** The "campaign-publication" job: every due spotlight goes live, in one transaction. */
export async function publishDueSpotlights(now: Date): Promise<{ published: number }> {
  return { published: await db().$transaction((tx) => publishDueSpotlightsIn(tx, now)) };
}

/**
 * Takes down at once every approved spotlight of a person being erased or suspended (inside that transaction):
 * featuring her, consented by her, or featuring her work. Consent WITHDRAWN, snapshot and publication cleared,
 * the campaigns' contentVersion bumped, each audited — the public pages answer 410.
 */
export async function withdrawSpotlightsOfPersonIn(tx: Tx, userId: string, input: { actorId: string | null; cause: "erased" | "suspended" }): Promise<number> {
  const gone = await tx.$queryRaw<{ id: string; campaignId: string }[]>`
    UPDATE "CampaignSpotlight" s SET consent = 'WITHDRAWN', approved = NULL, "publishedAt" = NULL, "consentDecidedAt" = now(), "updatedAt" = now()
     WHERE s.consent = 'APPROVED' AND (s."memberId" = ${userId} OR s."consentById" = ${userId}
        OR s."collaborationRequestId" IN (SELECT id FROM "CollaborationRequest" WHERE "authorId" = ${userId})
        OR s."resourceId" IN (SELECT id FROM "Resource" WHERE "authorId" = ${userId}))
 RETURNING s.id, s."campaignId"`;
  if (gone.length === 0) return 0;
  await tx.campaign.updateMany({ where: { id: { in: [...new Set(gone.map((row) => row.campaignId))] } }, data: { contentVersion: { increment: 1 } } });
  for (const row of gone) await writeAudit(tx, { actorId: input.actorId, action: "campaign.consent-withdrawn", targetType: "CampaignSpotlight", targetId: row.id, metadata: { cause: input.cause } });
  return gone.length;
}
