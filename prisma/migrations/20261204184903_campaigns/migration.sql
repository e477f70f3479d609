-- CreateEnum
CREATE TYPE "SpotlightSubject" AS ENUM ('MEMBER', 'ORGANIZATION', 'COLLABORATION_OUTCOME', 'RESOURCE');

-- CreateEnum
CREATE TYPE "SpotlightConsent" AS ENUM ('NOT_REQUESTED', 'REQUESTED', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "hashtags" TEXT[],
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "publishAt" TIMESTAMP(3),
    "indexable" BOOLEAN NOT NULL DEFAULT false,
    "contentVersion" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignText" (
    "campaignId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "introduction" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CampaignText_pkey" PRIMARY KEY ("campaignId","locale")
);

-- CreateTable
CREATE TABLE "CampaignSpotlight" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "subject" "SpotlightSubject" NOT NULL,
    "memberId" TEXT,
    "organizationId" TEXT,
    "collaborationRequestId" TEXT,
    "resourceId" TEXT,
    "publishAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "consent" "SpotlightConsent" NOT NULL DEFAULT 'NOT_REQUESTED',
    "consentById" TEXT,
    "consentRequestedAt" TIMESTAMP(3),
    "consentDecidedAt" TIMESTAMP(3),
    "approved" JSONB,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampaignSpotlight_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignSpotlightText" (
    "spotlightId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "story" TEXT NOT NULL,
    "quote" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CampaignSpotlightText_pkey" PRIMARY KEY ("spotlightId","locale")
);

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_slug_key" ON "Campaign"("slug");

-- CreateIndex
CREATE INDEX "Campaign_publishAt_idx" ON "Campaign"("publishAt");

-- CreateIndex
CREATE INDEX "CampaignSpotlight_campaignId_position_idx" ON "CampaignSpotlight"("campaignId", "position");

-- CreateIndex
CREATE INDEX "CampaignSpotlight_memberId_idx" ON "CampaignSpotlight"("memberId");

-- CreateIndex
CREATE INDEX "CampaignSpotlight_organizationId_idx" ON "CampaignSpotlight"("organizationId");

-- CreateIndex
CREATE INDEX "CampaignSpotlight_consentById_consent_idx" ON "CampaignSpotlight"("consentById", "consent");

-- CreateIndex
CREATE INDEX "CampaignSpotlight_publishAt_publishedAt_idx" ON "CampaignSpotlight"("publishAt", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignSpotlight_campaignId_slug_key" ON "CampaignSpotlight"("campaignId", "slug");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignText" ADD CONSTRAINT "CampaignText_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSpotlight" ADD CONSTRAINT "CampaignSpotlight_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSpotlight" ADD CONSTRAINT "CampaignSpotlight_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSpotlight" ADD CONSTRAINT "CampaignSpotlight_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSpotlight" ADD CONSTRAINT "CampaignSpotlight_collaborationRequestId_fkey" FOREIGN KEY ("collaborationRequestId") REFERENCES "CollaborationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSpotlight" ADD CONSTRAINT "CampaignSpotlight_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSpotlight" ADD CONSTRAINT "CampaignSpotlight_consentById_fkey" FOREIGN KEY ("consentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSpotlight" ADD CONSTRAINT "CampaignSpotlight_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSpotlightText" ADD CONSTRAINT "CampaignSpotlightText_spotlightId_fkey" FOREIGN KEY ("spotlightId") REFERENCES "CampaignSpotlight"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a spotlight features exactly the subject its kind names.
ALTER TABLE "CampaignSpotlight" ADD CONSTRAINT "CampaignSpotlight_one_subject" CHECK (
  ("subject" = 'MEMBER' AND "memberId" IS NOT NULL AND "organizationId" IS NULL AND "collaborationRequestId" IS NULL AND "resourceId" IS NULL)
  OR ("subject" = 'ORGANIZATION' AND "organizationId" IS NOT NULL AND "memberId" IS NULL AND "collaborationRequestId" IS NULL AND "resourceId" IS NULL)
  OR ("subject" = 'COLLABORATION_OUTCOME' AND "collaborationRequestId" IS NOT NULL AND "memberId" IS NULL AND "organizationId" IS NULL AND "resourceId" IS NULL)
  OR ("subject" = 'RESOURCE' AND "resourceId" IS NOT NULL AND "memberId" IS NULL AND "organizationId" IS NULL AND "collaborationRequestId" IS NULL)
);
-- Public pages render only what was approved: a snapshot exists exactly while the consent is APPROVED.
ALTER TABLE "CampaignSpotlight" ADD CONSTRAINT "CampaignSpotlight_approved_snapshot" CHECK (("consent" = 'APPROVED') = ("approved" IS NOT NULL));
