-- CreateEnum
CREATE TYPE "ModerationItemStatus" AS ENUM ('OPEN', 'CLAIMED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ModerationOutcome" AS ENUM ('ACTION_TAKEN', 'NO_ACTION');

-- CreateEnum
CREATE TYPE "ModerationEventKind" AS ENUM ('FLAGGED', 'CLAIMED', 'RELEASED', 'DISMISSED', 'HIDDEN', 'RESTORED', 'EDITED', 'LOCKED', 'UNLOCKED', 'MOVED', 'WARNED', 'SUSPENDED', 'RESOLVED', 'REOPENED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'MODERATION_WARNING';
ALTER TYPE "NotificationType" ADD VALUE 'FLAG_OUTCOME';

-- AlterEnum
ALTER TYPE "NotificationTopic" ADD VALUE 'MODERATION';

-- CreateTable
CREATE TABLE "ModerationItem" (
    "id" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "authorId" TEXT,
    "status" "ModerationItemStatus" NOT NULL DEFAULT 'OPEN',
    "reasons" "FlagReason"[],
    "flagCount" INTEGER NOT NULL DEFAULT 0,
    "openFlagCount" INTEGER NOT NULL DEFAULT 0,
    "firstFlaggedAt" TIMESTAMP(3) NOT NULL,
    "lastFlaggedAt" TIMESTAMP(3) NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "claimedById" TEXT,
    "claimedAt" TIMESTAMP(3),
    "actionTaken" BOOLEAN NOT NULL DEFAULT false,
    "outcome" "ModerationOutcome",
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,

    CONSTRAINT "ModerationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModerationItemEvent" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "kind" "ModerationEventKind" NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationItemEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModerationItem_status_openedAt_id_idx" ON "ModerationItem"("status", "openedAt", "id");

-- CreateIndex
CREATE INDEX "ModerationItem_targetType_status_openedAt_id_idx" ON "ModerationItem"("targetType", "status", "openedAt", "id");

-- CreateIndex
CREATE INDEX "ModerationItem_claimedById_status_openedAt_id_idx" ON "ModerationItem"("claimedById", "status", "openedAt", "id");

-- CreateIndex
CREATE INDEX "ModerationItem_authorId_lastFlaggedAt_idx" ON "ModerationItem"("authorId", "lastFlaggedAt");

-- CreateIndex
CREATE INDEX "ModerationItem_reasons_idx" ON "ModerationItem" USING GIN ("reasons");

-- CreateIndex
CREATE UNIQUE INDEX "ModerationItem_targetType_targetId_key" ON "ModerationItem"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "ModerationItemEvent_itemId_createdAt_idx" ON "ModerationItemEvent"("itemId", "createdAt");

-- AddForeignKey
ALTER TABLE "ModerationItem" ADD CONSTRAINT "ModerationItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationItem" ADD CONSTRAINT "ModerationItem_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationItem" ADD CONSTRAINT "ModerationItem_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationItemEvent" ADD CONSTRAINT "ModerationItemEvent_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ModerationItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationItemEvent" ADD CONSTRAINT "ModerationItemEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the items are kept by the database, so every way a flag is raised (the board, messages,
-- requests, threads, profiles, organizations, the seed) lands in the one queue, grouped per flagged item.

-- Whose content a flagged item is (an organization has no single author).
CREATE FUNCTION moderation_item_author(target_type text, target_id text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE target_type
    WHEN 'BoardPost' THEN (SELECT "authorId" FROM "BoardPost" WHERE id = target_id)
    WHEN 'BoardThread' THEN (SELECT "authorId" FROM "BoardThread" WHERE id::text = target_id)
    WHEN 'ConversationMessage' THEN (SELECT "authorId" FROM "ConversationMessage" WHERE id = target_id)
    WHEN 'CollaborationRequest' THEN (SELECT "authorId" FROM "CollaborationRequest" WHERE id = target_id)
    WHEN 'User' THEN target_id
  END
$$;

-- The existing flags become items: open where any flag is open, otherwise resolved (action taken where one was upheld).
INSERT INTO "ModerationItem" (id, "targetType", "targetId", "authorId", status, reasons, "flagCount", "openFlagCount",
                              "firstFlaggedAt", "lastFlaggedAt", "openedAt", "actionTaken", outcome, "resolvedAt", "resolvedById")
SELECT 'mi' || md5(f."targetType" || ':' || f."targetId"), f."targetType", f."targetId",
       moderation_item_author(f."targetType", f."targetId"),
       CASE WHEN bool_or(f.status = 'OPEN') THEN 'OPEN' ELSE 'RESOLVED' END::"ModerationItemStatus",
       array_agg(DISTINCT f.reason), count(*)::int, count(*) FILTER (WHERE f.status = 'OPEN')::int,
       min(f."createdAt"), max(f."createdAt"), coalesce(min(f."createdAt") FILTER (WHERE f.status = 'OPEN'), min(f."createdAt")),
       bool_or(f.status = 'UPHELD'),
       CASE WHEN bool_or(f.status = 'OPEN') THEN NULL WHEN bool_or(f.status = 'UPHELD') THEN 'ACTION_TAKEN' ELSE 'NO_ACTION' END::"ModerationOutcome",
       CASE WHEN bool_or(f.status = 'OPEN') THEN NULL ELSE max(f."resolvedAt") END,
       CASE WHEN bool_or(f.status = 'OPEN') THEN NULL ELSE max(f."resolvedById") END
  FROM "ModerationFlag" f
 GROUP BY f."targetType", f."targetId";

INSERT INTO "ModerationItemEvent" (id, "itemId", kind, "actorId", "createdAt")
SELECT 'me' || md5(f.id), 'mi' || md5(f."targetType" || ':' || f."targetId"), 'FLAGGED', f."reporterId", f."createdAt"
  FROM "ModerationFlag" f;

-- A new flag: a new item, or one more flag on it (a resolved item opens again, for a new round).
CREATE FUNCTION moderation_item_flagged() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  item_id text;
  was_resolved boolean;
BEGIN
  SELECT id, status = 'RESOLVED' INTO item_id, was_resolved FROM "ModerationItem"
   WHERE "targetType" = NEW."targetType" AND "targetId" = NEW."targetId" FOR UPDATE;
  IF item_id IS NULL THEN
    INSERT INTO "ModerationItem" AS i (id, "targetType", "targetId", "authorId", reasons, "flagCount", "openFlagCount", "firstFlaggedAt", "lastFlaggedAt", "openedAt")
    VALUES ('mi' || replace(gen_random_uuid()::text, '-', ''), NEW."targetType", NEW."targetId", moderation_item_author(NEW."targetType", NEW."targetId"),
            ARRAY[NEW.reason], 1, 1, NEW."createdAt", NEW."createdAt", NEW."createdAt")
    ON CONFLICT ("targetType", "targetId") DO UPDATE
       SET "flagCount" = i."flagCount" + 1, "openFlagCount" = i."openFlagCount" + 1, "lastFlaggedAt" = NEW."createdAt",
           reasons = CASE WHEN NEW.reason = ANY (i.reasons) THEN i.reasons ELSE i.reasons || NEW.reason END
    RETURNING id INTO item_id;
    was_resolved := false;
  ELSIF was_resolved THEN
    UPDATE "ModerationItem"
       SET status = 'OPEN', reasons = ARRAY[NEW.reason], "flagCount" = "flagCount" + 1, "openFlagCount" = 1,
           "lastFlaggedAt" = NEW."createdAt", "openedAt" = NEW."createdAt", "claimedById" = NULL, "claimedAt" = NULL,
           "actionTaken" = false, outcome = NULL, "resolvedAt" = NULL, "resolvedById" = NULL
     WHERE id = item_id;
    INSERT INTO "ModerationItemEvent" (id, "itemId", kind, "createdAt") VALUES ('me' || replace(gen_random_uuid()::text, '-', ''), item_id, 'REOPENED', NEW."createdAt" - interval '1 millisecond'); -- just before its FLAGGED event, so the history reads in order
  ELSE
    UPDATE "ModerationItem"
       SET "flagCount" = "flagCount" + 1, "openFlagCount" = "openFlagCount" + 1, "lastFlaggedAt" = NEW."createdAt",
           reasons = CASE WHEN NEW.reason = ANY (reasons) THEN reasons ELSE reasons || NEW.reason END
     WHERE id = item_id;
  END IF;
  INSERT INTO "ModerationItemEvent" (id, "itemId", kind, "actorId", "createdAt")
  VALUES ('me' || replace(gen_random_uuid()::text, '-', ''), item_id, 'FLAGGED', NEW."reporterId", NEW."createdAt");
  RETURN NEW;
END
$$;

CREATE TRIGGER moderation_item_flagged AFTER INSERT ON "ModerationFlag" FOR EACH ROW EXECUTE FUNCTION moderation_item_flagged();
