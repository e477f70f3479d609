-- CreateEnum
CREATE TYPE "DetentionPlaceType" AS ENUM ('PRISON', 'POLICE_CUSTODY', 'PRE_TRIAL', 'IMMIGRATION', 'PSYCHIATRIC', 'JUVENILE', 'OTHER');

-- CreateEnum
CREATE TYPE "DetentionPlaceStatus" AS ENUM ('ACTIVE', 'MERGED');

-- CreateEnum
CREATE TYPE "MonitoringReportStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MonitoringReportVisibility" AS ENUM ('NETWORK', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "VisitAnnouncement" AS ENUM ('ANNOUNCED', 'UNANNOUNCED');

-- CreateEnum
CREATE TYPE "FindingAssessment" AS ENUM ('COMPLIES', 'PARTLY_COMPLIES', 'DOES_NOT_COMPLY', 'NOT_ASSESSED');

-- CreateEnum
CREATE TYPE "RecommendationPriority" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "RecommendationFollowUp" AS ENUM ('IMPLEMENTED', 'PARTLY_IMPLEMENTED', 'NOT_IMPLEMENTED', 'NO_INFORMATION');

-- CreateTable
CREATE TABLE "DetentionPlace" (
    "id" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "DetentionPlaceType" NOT NULL,
    "locality" TEXT,
    "authority" TEXT,
    "capacity" INTEGER,
    "womenHeld" INTEGER,
    "figuresSource" TEXT,
    "figuresDate" DATE,
    "status" "DetentionPlaceStatus" NOT NULL DEFAULT 'ACTIVE',
    "mergedIntoId" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DetentionPlace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringReport" (
    "id" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "organizationId" TEXT,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "visitStartedOn" DATE NOT NULL,
    "visitEndedOn" DATE NOT NULL,
    "announcement" "VisitAnnouncement",
    "teamText" TEXT NOT NULL DEFAULT '',
    "interviewsText" TEXT NOT NULL DEFAULT '',
    "areasSeenText" TEXT NOT NULL DEFAULT '',
    "summarySource" TEXT NOT NULL DEFAULT '',
    "summaryCooked" TEXT NOT NULL DEFAULT '',
    "status" "MonitoringReportStatus" NOT NULL DEFAULT 'DRAFT',
    "visibility" "MonitoringReportVisibility" NOT NULL DEFAULT 'NETWORK',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "lastSavedById" TEXT,
    "followUpOfId" TEXT,
    "reviewRequestedAt" TIMESTAMP(3),
    "reviewRequestedById" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "publishedAt" TIMESTAMP(3),
    "correctedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonitoringReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringTeamMember" (
    "reportId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringTeamMember_pkey" PRIMARY KEY ("reportId","userId")
);

-- CreateTable
CREATE TABLE "MonitoringFinding" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "ruleNumber" INTEGER NOT NULL,
    "assessment" "FindingAssessment" NOT NULL,
    "observationsSource" TEXT NOT NULL DEFAULT '',
    "observationsCooked" TEXT NOT NULL DEFAULT '',
    "countryCode" TEXT NOT NULL,
    "placeType" "DetentionPlaceType" NOT NULL,
    "visitStartedOn" DATE NOT NULL,
    "networkVisible" BOOLEAN NOT NULL DEFAULT false,
    "organizationId" TEXT,

    CONSTRAINT "MonitoringFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringFindingEvidence" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "storedFileId" TEXT,
    "resourceId" TEXT,
    "caption" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringFindingEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringRecommendation" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "priority" "RecommendationPriority" NOT NULL DEFAULT 'MEDIUM',
    "ruleNumber" INTEGER,
    "carriedFromId" TEXT,
    "followUp" "RecommendationFollowUp",
    "followUpNote" TEXT,

    CONSTRAINT "MonitoringRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringReportRevision" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringReportRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DetentionPlace_countryCode_status_name_idx" ON "DetentionPlace"("countryCode", "status", "name");

-- CreateIndex
CREATE INDEX "DetentionPlace_mergedIntoId_idx" ON "DetentionPlace"("mergedIntoId");

-- CreateIndex
CREATE INDEX "MonitoringReport_status_visibility_publishedAt_id_idx" ON "MonitoringReport"("status", "visibility", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "MonitoringReport_placeId_visitStartedOn_idx" ON "MonitoringReport"("placeId", "visitStartedOn" DESC);

-- CreateIndex
CREATE INDEX "MonitoringReport_countryCode_status_idx" ON "MonitoringReport"("countryCode", "status");

-- CreateIndex
CREATE INDEX "MonitoringReport_organizationId_status_idx" ON "MonitoringReport"("organizationId", "status");

-- CreateIndex
CREATE INDEX "MonitoringReport_authorId_updatedAt_idx" ON "MonitoringReport"("authorId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "MonitoringReport_followUpOfId_idx" ON "MonitoringReport"("followUpOfId");

-- CreateIndex
CREATE INDEX "MonitoringTeamMember_userId_idx" ON "MonitoringTeamMember"("userId");

-- CreateIndex
CREATE INDEX "MonitoringFinding_networkVisible_ruleNumber_countryCode_ass_idx" ON "MonitoringFinding"("networkVisible", "ruleNumber", "countryCode", "assessment");

-- CreateIndex
CREATE INDEX "MonitoringFinding_ruleNumber_networkVisible_visitStartedOn_idx" ON "MonitoringFinding"("ruleNumber", "networkVisible", "visitStartedOn");

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringFinding_reportId_ruleNumber_key" ON "MonitoringFinding"("reportId", "ruleNumber");

-- CreateIndex
CREATE INDEX "MonitoringFindingEvidence_findingId_idx" ON "MonitoringFindingEvidence"("findingId");

-- CreateIndex
CREATE INDEX "MonitoringFindingEvidence_storedFileId_idx" ON "MonitoringFindingEvidence"("storedFileId");

-- CreateIndex
CREATE INDEX "MonitoringFindingEvidence_resourceId_idx" ON "MonitoringFindingEvidence"("resourceId");

-- CreateIndex
CREATE INDEX "MonitoringRecommendation_carriedFromId_idx" ON "MonitoringRecommendation"("carriedFromId");

-- CreateIndex
CREATE INDEX "MonitoringRecommendation_ruleNumber_idx" ON "MonitoringRecommendation"("ruleNumber");

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringRecommendation_reportId_number_key" ON "MonitoringRecommendation"("reportId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringReportRevision_reportId_number_key" ON "MonitoringReportRevision"("reportId", "number");

-- AddForeignKey
ALTER TABLE "DetentionPlace" ADD CONSTRAINT "DetentionPlace_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetentionPlace" ADD CONSTRAINT "DetentionPlace_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "DetentionPlace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetentionPlace" ADD CONSTRAINT "DetentionPlace_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReport" ADD CONSTRAINT "MonitoringReport_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "DetentionPlace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReport" ADD CONSTRAINT "MonitoringReport_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReport" ADD CONSTRAINT "MonitoringReport_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReport" ADD CONSTRAINT "MonitoringReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReport" ADD CONSTRAINT "MonitoringReport_lastSavedById_fkey" FOREIGN KEY ("lastSavedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReport" ADD CONSTRAINT "MonitoringReport_reviewRequestedById_fkey" FOREIGN KEY ("reviewRequestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReport" ADD CONSTRAINT "MonitoringReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReport" ADD CONSTRAINT "MonitoringReport_followUpOfId_fkey" FOREIGN KEY ("followUpOfId") REFERENCES "MonitoringReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringTeamMember" ADD CONSTRAINT "MonitoringTeamMember_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MonitoringReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringTeamMember" ADD CONSTRAINT "MonitoringTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringFinding" ADD CONSTRAINT "MonitoringFinding_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MonitoringReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringFinding" ADD CONSTRAINT "MonitoringFinding_ruleNumber_fkey" FOREIGN KEY ("ruleNumber") REFERENCES "BangkokRule"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringFindingEvidence" ADD CONSTRAINT "MonitoringFindingEvidence_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "MonitoringFinding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringFindingEvidence" ADD CONSTRAINT "MonitoringFindingEvidence_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringFindingEvidence" ADD CONSTRAINT "MonitoringFindingEvidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringRecommendation" ADD CONSTRAINT "MonitoringRecommendation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MonitoringReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringRecommendation" ADD CONSTRAINT "MonitoringRecommendation_ruleNumber_fkey" FOREIGN KEY ("ruleNumber") REFERENCES "BangkokRule"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringRecommendation" ADD CONSTRAINT "MonitoringRecommendation_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "MonitoringRecommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReportRevision" ADD CONSTRAINT "MonitoringReportRevision_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MonitoringReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReportRevision" ADD CONSTRAINT "MonitoringReportRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: evidence is a stored file (lib/files' StoredFile, whose model that domain owns) or a resource,
-- exactly one of the two; the file cannot be deleted while a finding cites it.
ALTER TABLE "MonitoringFindingEvidence" ADD CONSTRAINT "MonitoringFindingEvidence_file_or_resource" CHECK (("storedFileId" IS NULL) <> ("resourceId" IS NULL));
ALTER TABLE "MonitoringFindingEvidence" ADD CONSTRAINT "MonitoringFindingEvidence_storedFileId_fkey" FOREIGN KEY ("storedFileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- A report's visit ends on or after the day it started.
ALTER TABLE "MonitoringReport" ADD CONSTRAINT "MonitoringReport_visit_dates" CHECK ("visitEndedOn" >= "visitStartedOn");
