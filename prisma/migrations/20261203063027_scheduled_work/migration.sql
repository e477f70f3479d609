-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'COLLABORATION_DEADLINE_PASSED';

-- AlterTable
ALTER TABLE "CollaborationRequest" ADD COLUMN     "deadlineNoticeAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Session_expires_idx" ON "Session"("expires");

-- CreateIndex
CREATE INDEX "VerificationToken_expires_idx" ON "VerificationToken"("expires");

-- CreateIndex
CREATE INDEX "AuthToken_expiresAt_idx" ON "AuthToken"("expiresAt");
