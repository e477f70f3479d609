-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'MONITORING_REVIEW_REQUESTED';
ALTER TYPE "NotificationType" ADD VALUE 'MONITORING_REPORT_PUBLISHED';
ALTER TYPE "NotificationType" ADD VALUE 'MONITORING_REPORT_SENT_BACK';

-- Hand-written: the registry's text search (lib/places/data.ts) matches the folded name, locality and authority
-- with prefix terms through this expression index.
CREATE INDEX "DetentionPlace_searchText_idx" ON "DetentionPlace" USING gin (to_tsvector('simple', "searchText"));
