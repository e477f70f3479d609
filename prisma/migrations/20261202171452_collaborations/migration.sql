-- CreateEnum
CREATE TYPE "CollaborationKind" AS ENUM ('SEEKING_PARTNER', 'OFFERING_HELP', 'JOINT_PROJECT', 'MONITORING_VISIT', 'RESEARCH', 'TRAINING', 'ADVOCACY_CAMPAIGN', 'FUNDING_PARTNERSHIP');

-- CreateEnum
CREATE TYPE "CollaborationStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CollaborationVisibility" AS ENUM ('NETWORK', 'NAMED');

-- CreateEnum
CREATE TYPE "CollaborationResponseStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'COLLABORATION_RESPONSE';
ALTER TYPE "NotificationType" ADD VALUE 'COLLABORATION_ACCEPTED';
ALTER TYPE "NotificationType" ADD VALUE 'COLLABORATION_DECLINED';
ALTER TYPE "NotificationType" ADD VALUE 'COLLABORATION_WITHDRAWN';
ALTER TYPE "NotificationType" ADD VALUE 'COLLABORATION_INVITED';
ALTER TYPE "NotificationType" ADD VALUE 'COLLABORATION_NAMED';

-- CreateTable
CREATE TABLE "CollaborationRequest" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "organizationId" TEXT,
    "kind" "CollaborationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "cooked" TEXT NOT NULL,
    "needs" TEXT NOT NULL,
    "languages" TEXT[],
    "deadline" DATE,
    "collaboratorsWanted" INTEGER NOT NULL DEFAULT 1,
    "visibility" "CollaborationVisibility" NOT NULL DEFAULT 'NETWORK',
    "status" "CollaborationStatus" NOT NULL DEFAULT 'OPEN',
    "outcome" TEXT,
    "outcomeShared" BOOLEAN NOT NULL DEFAULT false,
    "closedAt" TIMESTAMP(3),
    "responseCount" INTEGER NOT NULL DEFAULT 0,
    "acceptedCount" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL DEFAULT '',
    "matchTokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollaborationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborationRequestCountry" (
    "requestId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "CollaborationRequestCountry_pkey" PRIMARY KEY ("requestId","countryCode")
);

-- CreateTable
CREATE TABLE "CollaborationRequestRule" (
    "requestId" TEXT NOT NULL,
    "ruleNumber" INTEGER NOT NULL,

    CONSTRAINT "CollaborationRequestRule_pkey" PRIMARY KEY ("requestId","ruleNumber")
);

-- CreateTable
CREATE TABLE "CollaborationRequestMember" (
    "requestId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "CollaborationRequestMember_pkey" PRIMARY KEY ("requestId","userId")
);

-- CreateTable
CREATE TABLE "CollaborationResponse" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "responderId" TEXT NOT NULL,
    "organizationId" TEXT,
    "source" TEXT NOT NULL,
    "cooked" TEXT NOT NULL,
    "status" "CollaborationResponseStatus" NOT NULL DEFAULT 'OPEN',
    "decisionMessage" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollaborationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CollaborationRequest_createdAt_id_idx" ON "CollaborationRequest"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "CollaborationRequest_status_createdAt_id_idx" ON "CollaborationRequest"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "CollaborationRequest_deadline_id_idx" ON "CollaborationRequest"("deadline", "id");

-- CreateIndex
CREATE INDEX "CollaborationRequest_authorId_createdAt_idx" ON "CollaborationRequest"("authorId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CollaborationRequest_organizationId_createdAt_idx" ON "CollaborationRequest"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CollaborationRequest_matchTokens_idx" ON "CollaborationRequest" USING GIN ("matchTokens");

-- CreateIndex
CREATE INDEX "CollaborationRequestCountry_countryCode_requestId_idx" ON "CollaborationRequestCountry"("countryCode", "requestId");

-- CreateIndex
CREATE INDEX "CollaborationRequestRule_ruleNumber_requestId_idx" ON "CollaborationRequestRule"("ruleNumber", "requestId");

-- CreateIndex
CREATE INDEX "CollaborationRequestMember_userId_idx" ON "CollaborationRequestMember"("userId");

-- CreateIndex
CREATE INDEX "CollaborationResponse_requestId_createdAt_idx" ON "CollaborationResponse"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "CollaborationResponse_responderId_createdAt_idx" ON "CollaborationResponse"("responderId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "CollaborationRequest" ADD CONSTRAINT "CollaborationRequest_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationRequest" ADD CONSTRAINT "CollaborationRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationRequestCountry" ADD CONSTRAINT "CollaborationRequestCountry_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "CollaborationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationRequestCountry" ADD CONSTRAINT "CollaborationRequestCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationRequestRule" ADD CONSTRAINT "CollaborationRequestRule_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "CollaborationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationRequestRule" ADD CONSTRAINT "CollaborationRequestRule_ruleNumber_fkey" FOREIGN KEY ("ruleNumber") REFERENCES "BangkokRule"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationRequestMember" ADD CONSTRAINT "CollaborationRequestMember_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "CollaborationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationRequestMember" ADD CONSTRAINT "CollaborationRequestMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationResponse" ADD CONSTRAINT "CollaborationResponse_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "CollaborationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationResponse" ADD CONSTRAINT "CollaborationResponse_responderId_fkey" FOREIGN KEY ("responderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationResponse" ADD CONSTRAINT "CollaborationResponse_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationResponse" ADD CONSTRAINT "CollaborationResponse_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: text search over requests (lib/search), on the folded text the app writes.
CREATE INDEX "CollaborationRequest_searchText_idx" ON "CollaborationRequest" USING gin (to_tsvector('simple', "searchText"));

-- Hand-written: one open or accepted response per member and request (a declined or withdrawn one may be followed by another).
CREATE UNIQUE INDEX "CollaborationResponse_open_key" ON "CollaborationResponse" ("requestId", "responderId") WHERE status IN ('OPEN', 'ACCEPTED');
