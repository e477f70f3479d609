-- CreateEnum
CREATE TYPE "StoredFileKind" AS ENUM ('PROFILE_PHOTO', 'ORGANIZATION_LOGO');

-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AreaOfWork" AS ENUM ('MONITORING', 'LEGAL_AID', 'HEALTH', 'CHILDREN_OF_IMPRISONED_MOTHERS', 'PREGNANCY_MATERNITY', 'GENDER_BASED_VIOLENCE', 'DRUG_POLICY', 'NON_CUSTODIAL_MEASURES', 'REENTRY', 'RESEARCH', 'ADVOCACY', 'TRAINING');

-- AlterTable
ALTER TABLE "AdvocateProfile" ADD COLUMN     "acceptsMessages" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "areasOfWork" "AreaOfWork"[],
ADD COLUMN     "areasVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "bioVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "canHelpWith" TEXT,
ADD COLUMN     "canHelpWithVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "countryVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "handle" TEXT,
ADD COLUMN     "hiddenFromDirectory" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "keywords" TEXT[],
ADD COLUMN     "languagesVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "lookingFor" TEXT,
ADD COLUMN     "lookingForVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "organizationsVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "photoId" TEXT,
ADD COLUMN     "photoVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "rulesVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS';

-- Hand-edited: existing profiles keep their free keywords and get a random handle (never derived from a name).
UPDATE "AdvocateProfile" SET "keywords" = "focusAreas", "handle" = substr(md5(random()::text || "userId"), 1, 10);
ALTER TABLE "AdvocateProfile" DROP COLUMN "focusAreas", ALTER COLUMN "handle" SET NOT NULL;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "areasOfWork" "AreaOfWork"[],
ADD COLUMN     "logoId" TEXT,
ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "kind" "StoredFileKind" NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationJoinRequest" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "message" TEXT,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationJoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganizationJoinRequest_organizationId_status_createdAt_idx" ON "OrganizationJoinRequest"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "OrganizationJoinRequest_userId_status_idx" ON "OrganizationJoinRequest"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AdvocateProfile_handle_key" ON "AdvocateProfile"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "AdvocateProfile_photoId_key" ON "AdvocateProfile"("photoId");

-- CreateIndex
CREATE INDEX "AdvocateProfile_areasOfWork_idx" ON "AdvocateProfile" USING GIN ("areasOfWork");

-- CreateIndex
CREATE INDEX "AdvocateProfile_languages_idx" ON "AdvocateProfile" USING GIN ("languages");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_logoId_key" ON "Organization"("logoId");

-- CreateIndex
CREATE INDEX "Organization_status_createdAt_idx" ON "Organization"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Organization_areasOfWork_idx" ON "Organization" USING GIN ("areasOfWork");

-- CreateIndex
CREATE INDEX "Organization_mergedIntoId_idx" ON "Organization"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_logoId_fkey" FOREIGN KEY ("logoId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationJoinRequest" ADD CONSTRAINT "OrganizationJoinRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationJoinRequest" ADD CONSTRAINT "OrganizationJoinRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvocateProfile" ADD CONSTRAINT "AdvocateProfile_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
