-- AlterTable
ALTER TABLE "BangkokRuleActivity" ADD COLUMN     "resources" INTEGER NOT NULL DEFAULT 0;
