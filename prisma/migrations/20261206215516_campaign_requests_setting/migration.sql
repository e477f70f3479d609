-- AlterTable
ALTER TABLE "AdvocateProfile" ADD COLUMN     "campaignRequests" BOOLEAN NOT NULL DEFAULT true;
