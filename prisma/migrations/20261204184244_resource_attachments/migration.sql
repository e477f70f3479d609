-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "statusBeforeHidden" "ResourceStatus";

-- CreateTable
CREATE TABLE "ResourceAttachment" (
    "id" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "postId" TEXT,
    "requestId" TEXT,
    "messageId" TEXT,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResourceAttachment_resourceId_idx" ON "ResourceAttachment"("resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceAttachment_postId_resourceId_key" ON "ResourceAttachment"("postId", "resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceAttachment_requestId_resourceId_key" ON "ResourceAttachment"("requestId", "resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceAttachment_messageId_resourceId_key" ON "ResourceAttachment"("messageId", "resourceId");

-- AddForeignKey
ALTER TABLE "ResourceAttachment" ADD CONSTRAINT "ResourceAttachment_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceAttachment" ADD CONSTRAINT "ResourceAttachment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "BoardPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceAttachment" ADD CONSTRAINT "ResourceAttachment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "CollaborationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceAttachment" ADD CONSTRAINT "ResourceAttachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "ConversationMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: an attachment belongs to exactly one post, request or message.
ALTER TABLE "ResourceAttachment" ADD CONSTRAINT "ResourceAttachment_one_source" CHECK (num_nonnulls("postId", "requestId", "messageId") = 1);
