-- CreateEnum
CREATE TYPE "WatchLevel" AS ENUM ('WATCHING', 'NORMAL', 'MUTED');

-- CreateEnum
CREATE TYPE "ReactionKind" AS ENUM ('THANKS', 'AGREE', 'INSIGHTFUL', 'SUPPORT');

-- CreateEnum
CREATE TYPE "FlagReason" AS ENUM ('HARASSMENT', 'PERSONAL_INFORMATION', 'SPAM', 'OFF_TOPIC', 'OTHER');

-- CreateEnum
CREATE TYPE "FlagStatus" AS ENUM ('OPEN', 'UPHELD', 'DISMISSED');

-- CreateEnum
CREATE TYPE "NotificationType" AS ENUM ('MENTION', 'REPLY', 'WATCHED_POST');

-- CreateTable
CREATE TABLE "BoardCategory" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "names" JSONB NOT NULL,
    "descriptions" JSONB NOT NULL,
    "staffStartsThreads" BOOLEAN NOT NULL DEFAULT false,
    "staffOnly" BOOLEAN NOT NULL DEFAULT false,
    "threadCount" INTEGER NOT NULL DEFAULT 0,
    "postCount" INTEGER NOT NULL DEFAULT 0,
    "lastPostedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardThread" (
    "id" SERIAL NOT NULL,
    "categoryId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "lastPostNumber" INTEGER NOT NULL DEFAULT 1,
    "replyCount" INTEGER NOT NULL DEFAULT 0,
    "lastPostedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPosterId" TEXT,
    "pinnedAt" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoardThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardThreadRule" (
    "threadId" INTEGER NOT NULL,
    "ruleNumber" INTEGER NOT NULL,

    CONSTRAINT "BoardThreadRule_pkey" PRIMARY KEY ("threadId","ruleNumber")
);

-- CreateTable
CREATE TABLE "BoardThreadCountry" (
    "threadId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "BoardThreadCountry_pkey" PRIMARY KEY ("threadId","countryCode")
);

-- CreateTable
CREATE TABLE "BoardPost" (
    "id" TEXT NOT NULL,
    "threadId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "replyToNumber" INTEGER,
    "source" TEXT NOT NULL,
    "cooked" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "reactionCounts" JSONB NOT NULL DEFAULT '{}',
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "hiddenById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardPostRevision" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "editedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardPostRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardThreadState" (
    "userId" TEXT NOT NULL,
    "threadId" INTEGER NOT NULL,
    "lastReadNumber" INTEGER NOT NULL DEFAULT 0,
    "watchLevel" "WatchLevel",
    "lastVisitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardThreadState_pkey" PRIMARY KEY ("userId","threadId")
);

-- CreateTable
CREATE TABLE "BoardCategoryState" (
    "userId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "watchLevel" "WatchLevel" NOT NULL,

    CONSTRAINT "BoardCategoryState_pkey" PRIMARY KEY ("userId","categoryId")
);

-- CreateTable
CREATE TABLE "BoardReaction" (
    "postId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ReactionKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardReaction_pkey" PRIMARY KEY ("postId","userId","kind")
);

-- CreateTable
CREATE TABLE "ModerationFlag" (
    "id" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" "FlagReason" NOT NULL,
    "note" TEXT,
    "status" "FlagStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" "NotificationType" NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "readAt" TIMESTAMP(3),
    "mailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BoardCategory_slug_key" ON "BoardCategory"("slug");

-- CreateIndex
CREATE INDEX "BoardThread_lastPostedAt_id_idx" ON "BoardThread"("lastPostedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "BoardThread_categoryId_lastPostedAt_id_idx" ON "BoardThread"("categoryId", "lastPostedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "BoardThread_authorId_lastPostedAt_idx" ON "BoardThread"("authorId", "lastPostedAt" DESC);

-- CreateIndex
CREATE INDEX "BoardThread_createdAt_idx" ON "BoardThread"("createdAt");

-- CreateIndex
CREATE INDEX "BoardThreadRule_ruleNumber_threadId_idx" ON "BoardThreadRule"("ruleNumber", "threadId");

-- CreateIndex
CREATE INDEX "BoardThreadCountry_countryCode_threadId_idx" ON "BoardThreadCountry"("countryCode", "threadId");

-- CreateIndex
CREATE INDEX "BoardPost_authorId_createdAt_idx" ON "BoardPost"("authorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "BoardPost_threadId_number_key" ON "BoardPost"("threadId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "BoardPostRevision_postId_revision_key" ON "BoardPostRevision"("postId", "revision");

-- CreateIndex
CREATE INDEX "BoardThreadState_threadId_watchLevel_idx" ON "BoardThreadState"("threadId", "watchLevel");

-- CreateIndex
CREATE INDEX "BoardCategoryState_categoryId_watchLevel_idx" ON "BoardCategoryState"("categoryId", "watchLevel");

-- CreateIndex
CREATE INDEX "BoardReaction_userId_idx" ON "BoardReaction"("userId");

-- CreateIndex
CREATE INDEX "ModerationFlag_status_createdAt_idx" ON "ModerationFlag"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ModerationFlag_targetType_targetId_reporterId_key" ON "ModerationFlag"("targetType", "targetId", "reporterId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_subjectType_subjectId_idx" ON "Notification"("subjectType", "subjectId");

-- AddForeignKey
ALTER TABLE "BoardThread" ADD CONSTRAINT "BoardThread_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "BoardCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardThread" ADD CONSTRAINT "BoardThread_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardThread" ADD CONSTRAINT "BoardThread_lastPosterId_fkey" FOREIGN KEY ("lastPosterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardThreadRule" ADD CONSTRAINT "BoardThreadRule_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "BoardThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardThreadRule" ADD CONSTRAINT "BoardThreadRule_ruleNumber_fkey" FOREIGN KEY ("ruleNumber") REFERENCES "BangkokRule"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardThreadCountry" ADD CONSTRAINT "BoardThreadCountry_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "BoardThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardThreadCountry" ADD CONSTRAINT "BoardThreadCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPost" ADD CONSTRAINT "BoardPost_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "BoardThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPost" ADD CONSTRAINT "BoardPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPost" ADD CONSTRAINT "BoardPost_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPostRevision" ADD CONSTRAINT "BoardPostRevision_postId_fkey" FOREIGN KEY ("postId") REFERENCES "BoardPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPostRevision" ADD CONSTRAINT "BoardPostRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardThreadState" ADD CONSTRAINT "BoardThreadState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardThreadState" ADD CONSTRAINT "BoardThreadState_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "BoardThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardCategoryState" ADD CONSTRAINT "BoardCategoryState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardCategoryState" ADD CONSTRAINT "BoardCategoryState_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "BoardCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardReaction" ADD CONSTRAINT "BoardReaction_postId_fkey" FOREIGN KEY ("postId") REFERENCES "BoardPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardReaction" ADD CONSTRAINT "BoardReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationFlag" ADD CONSTRAINT "ModerationFlag_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationFlag" ADD CONSTRAINT "ModerationFlag_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: text search over thread titles and posts (lib/search), on the folded text the app writes.
CREATE INDEX "BoardThread_searchText_idx" ON "BoardThread" USING gin (to_tsvector('simple', "searchText"));
CREATE INDEX "BoardPost_searchText_idx" ON "BoardPost" USING gin (to_tsvector('simple', "searchText"));
