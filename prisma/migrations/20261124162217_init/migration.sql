-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('UNVERIFIED', 'PENDING', 'MORE_INFO_REQUESTED', 'ACTIVE', 'SUSPENDED', 'REJECTED');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('MEMBER', 'MODERATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('ADMINS', 'MEMBERS');

-- CreateEnum
CREATE TYPE "OrganizationStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('NGO', 'GRASSROOTS', 'LEGAL_AID', 'RESEARCH', 'FAITH_BASED', 'NETWORK', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganizationRole" AS ENUM ('MEMBER', 'REPRESENTATIVE');

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('REGION', 'SUBREGION', 'INTERMEDIATE');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "displayName" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "status" "MemberStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "role" "MemberRole" NOT NULL DEFAULT 'MEMBER',
    "locale" TEXT,
    "approvedAt" TIMESTAMP(3),
    "suspendedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "Session" (
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "AdvocateProfile" (
    "userId" TEXT NOT NULL,
    "bio" TEXT,
    "countryCode" TEXT,
    "languages" TEXT[],
    "focusAreas" TEXT[],
    "livedExperience" TEXT,
    "livedExperienceVisibility" "Visibility" NOT NULL DEFAULT 'ADMINS',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdvocateProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "website" TEXT,
    "kind" "OrganizationKind" NOT NULL DEFAULT 'NGO',
    "status" "OrganizationStatus" NOT NULL DEFAULT 'PROPOSED',
    "countryCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationMembership" (
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "OrganizationRole" NOT NULL DEFAULT 'MEMBER',
    "title" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationMembership_pkey" PRIMARY KEY ("organizationId","userId")
);

-- CreateTable
CREATE TABLE "OrganizationCountry" (
    "organizationId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "OrganizationCountry_pkey" PRIMARY KEY ("organizationId","countryCode")
);

-- CreateTable
CREATE TABLE "Continent" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Continent_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parentCode" TEXT,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "alpha3" TEXT NOT NULL,
    "numericCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "names" JSONB NOT NULL,
    "continentCode" TEXT,
    "regionCode" TEXT,
    "subregionCode" TEXT,
    "intermediateRegionCode" TEXT,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "BangkokRulePart" (
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "BangkokRulePart_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "BangkokRuleSection" (
    "key" TEXT NOT NULL,
    "partKey" TEXT NOT NULL,
    "parentKey" TEXT,
    "title" TEXT NOT NULL,
    "firstRule" INTEGER NOT NULL,
    "lastRule" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "BangkokRuleSection_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "BangkokRule" (
    "number" INTEGER NOT NULL,
    "sectionKey" TEXT NOT NULL,

    CONSTRAINT "BangkokRule_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "ProfileRuleInterest" (
    "userId" TEXT NOT NULL,
    "ruleNumber" INTEGER NOT NULL,

    CONSTRAINT "ProfileRuleInterest_pkey" PRIMARY KEY ("userId","ruleNumber")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "reason" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_status_createdAt_idx" ON "User"("status", "createdAt");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "AdvocateProfile_countryCode_idx" ON "AdvocateProfile"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_status_name_idx" ON "Organization"("status", "name");

-- CreateIndex
CREATE INDEX "Organization_countryCode_idx" ON "Organization"("countryCode");

-- CreateIndex
CREATE INDEX "OrganizationMembership_userId_idx" ON "OrganizationMembership"("userId");

-- CreateIndex
CREATE INDEX "OrganizationCountry_countryCode_idx" ON "OrganizationCountry"("countryCode");

-- CreateIndex
CREATE INDEX "Region_parentCode_idx" ON "Region"("parentCode");

-- CreateIndex
CREATE UNIQUE INDEX "Country_alpha3_key" ON "Country"("alpha3");

-- CreateIndex
CREATE UNIQUE INDEX "Country_numericCode_key" ON "Country"("numericCode");

-- CreateIndex
CREATE INDEX "Country_continentCode_idx" ON "Country"("continentCode");

-- CreateIndex
CREATE INDEX "Country_regionCode_idx" ON "Country"("regionCode");

-- CreateIndex
CREATE INDEX "Country_subregionCode_idx" ON "Country"("subregionCode");

-- CreateIndex
CREATE UNIQUE INDEX "BangkokRulePart_position_key" ON "BangkokRulePart"("position");

-- CreateIndex
CREATE INDEX "BangkokRuleSection_partKey_position_idx" ON "BangkokRuleSection"("partKey", "position");

-- CreateIndex
CREATE INDEX "BangkokRuleSection_parentKey_idx" ON "BangkokRuleSection"("parentKey");

-- CreateIndex
CREATE INDEX "BangkokRule_sectionKey_idx" ON "BangkokRule"("sectionKey");

-- CreateIndex
CREATE INDEX "ProfileRuleInterest_ruleNumber_idx" ON "ProfileRuleInterest"("ruleNumber");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_createdAt_idx" ON "AuditLog"("targetType", "targetId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvocateProfile" ADD CONSTRAINT "AdvocateProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvocateProfile" ADD CONSTRAINT "AdvocateProfile_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationMembership" ADD CONSTRAINT "OrganizationMembership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationMembership" ADD CONSTRAINT "OrganizationMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationCountry" ADD CONSTRAINT "OrganizationCountry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationCountry" ADD CONSTRAINT "OrganizationCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_continentCode_fkey" FOREIGN KEY ("continentCode") REFERENCES "Continent"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_subregionCode_fkey" FOREIGN KEY ("subregionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_intermediateRegionCode_fkey" FOREIGN KEY ("intermediateRegionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BangkokRuleSection" ADD CONSTRAINT "BangkokRuleSection_partKey_fkey" FOREIGN KEY ("partKey") REFERENCES "BangkokRulePart"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BangkokRuleSection" ADD CONSTRAINT "BangkokRuleSection_parentKey_fkey" FOREIGN KEY ("parentKey") REFERENCES "BangkokRuleSection"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BangkokRule" ADD CONSTRAINT "BangkokRule_sectionKey_fkey" FOREIGN KEY ("sectionKey") REFERENCES "BangkokRuleSection"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileRuleInterest" ADD CONSTRAINT "ProfileRuleInterest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "AdvocateProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileRuleInterest" ADD CONSTRAINT "ProfileRuleInterest_ruleNumber_fkey" FOREIGN KEY ("ruleNumber") REFERENCES "BangkokRule"("number") ON DELETE CASCADE ON UPDATE CASCADE;
