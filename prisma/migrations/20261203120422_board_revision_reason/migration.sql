-- AlterTable
ALTER TABLE "BoardPostRevision" ADD COLUMN     "reason" TEXT;
