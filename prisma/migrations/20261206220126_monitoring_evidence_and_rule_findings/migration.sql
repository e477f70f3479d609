-- AlterEnum
ALTER TYPE "StoredFileKind" ADD VALUE 'MONITORING_EVIDENCE';

-- AlterTable
ALTER TABLE "BangkokRuleActivity" ADD COLUMN     "findings" INTEGER NOT NULL DEFAULT 0;
