-- CreateEnum
CREATE TYPE "ResourceType" AS ENUM ('REPORT', 'TOOLKIT', 'TRAINING_MATERIAL', 'LEGAL_BRIEF', 'MONITORING_TEMPLATE', 'RESEARCH', 'MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "ResourceVisibility" AS ENUM ('NETWORK', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "ResourceStatus" AS ENUM ('PUBLISHED', 'WITHDRAWN', 'HIDDEN');

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "organizationId" TEXT,
    "type" "ResourceType" NOT NULL,
    "title" TEXT NOT NULL,
    "summarySource" TEXT NOT NULL,
    "summaryCooked" TEXT NOT NULL,
    "languages" TEXT[],
    "year" INTEGER,
    "visibility" "ResourceVisibility" NOT NULL DEFAULT 'NETWORK',
    "status" "ResourceStatus" NOT NULL DEFAULT 'PUBLISHED',
    "statusChangedAt" TIMESTAMP(3),
    "statusChangedById" TEXT,
    "versionCount" INTEGER NOT NULL DEFAULT 1,
    "searchText" TEXT NOT NULL DEFAULT '',
    "filterTokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceVersion" (
    "id" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "linkUrl" TEXT,
    "storedFileId" TEXT,
    "fileName" TEXT,
    "extractedText" TEXT,
    "extractedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceCountry" (
    "resourceId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "ResourceCountry_pkey" PRIMARY KEY ("resourceId","countryCode")
);

-- CreateTable
CREATE TABLE "ResourceRule" (
    "resourceId" TEXT NOT NULL,
    "ruleNumber" INTEGER NOT NULL,

    CONSTRAINT "ResourceRule_pkey" PRIMARY KEY ("resourceId","ruleNumber")
);

-- CreateTable
CREATE TABLE "ResourceReference" (
    "resourceId" TEXT NOT NULL,
    "sourceType" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceReference_pkey" PRIMARY KEY ("resourceId","sourceType","sourceId")
);

-- CreateIndex
CREATE INDEX "Resource_status_createdAt_id_idx" ON "Resource"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Resource_authorId_createdAt_idx" ON "Resource"("authorId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Resource_organizationId_createdAt_idx" ON "Resource"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Resource_filterTokens_idx" ON "Resource" USING GIN ("filterTokens");

-- CreateIndex
CREATE INDEX "ResourceVersion_storedFileId_idx" ON "ResourceVersion"("storedFileId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceVersion_resourceId_number_key" ON "ResourceVersion"("resourceId", "number");

-- CreateIndex
CREATE INDEX "ResourceCountry_countryCode_resourceId_idx" ON "ResourceCountry"("countryCode", "resourceId");

-- CreateIndex
CREATE INDEX "ResourceRule_ruleNumber_resourceId_idx" ON "ResourceRule"("ruleNumber", "resourceId");

-- CreateIndex
CREATE INDEX "ResourceReference_sourceType_sourceId_idx" ON "ResourceReference"("sourceType", "sourceId");

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_statusChangedById_fkey" FOREIGN KEY ("statusChangedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceVersion" ADD CONSTRAINT "ResourceVersion_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceVersion" ADD CONSTRAINT "ResourceVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceCountry" ADD CONSTRAINT "ResourceCountry_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceCountry" ADD CONSTRAINT "ResourceCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRule" ADD CONSTRAINT "ResourceRule_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRule" ADD CONSTRAINT "ResourceRule_ruleNumber_fkey" FOREIGN KEY ("ruleNumber") REFERENCES "BangkokRule"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceReference" ADD CONSTRAINT "ResourceReference_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the stored tsvector of the folded title, summary and file text (so matching never parses a long
-- document again), with the text search's GIN index, as the board's posts have.
ALTER TABLE "Resource" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED;
CREATE INDEX "Resource_searchVector_idx" ON "Resource" USING gin ("searchVector");

-- Hand-written: a version is a link or a stored file, never both or neither; the file is lib/files' StoredFile,
-- which a version keeps (RESTRICT: deleting a file a version still names fails).
ALTER TABLE "ResourceVersion" ADD CONSTRAINT "ResourceVersion_link_or_file" CHECK (("linkUrl" IS NULL) <> ("storedFileId" IS NULL));
ALTER TABLE "ResourceVersion" ADD CONSTRAINT "ResourceVersion_storedFileId_fkey" FOREIGN KEY ("storedFileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: "referenced in". Links to /resources/<id> in a post's or a request's cooked HTML are kept in
-- ResourceReference by these triggers, so every write path (posting, editing, a moderator's edit, the seed) keeps it.
CREATE FUNCTION resource_references_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ResourceReference" WHERE "sourceType" = TG_ARGV[0] AND "sourceId" = (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "ResourceReference" ("resourceId", "sourceType", "sourceId")
    SELECT r.id, TG_ARGV[0], NEW.id
      FROM "Resource" r
     WHERE r.id IN (SELECT (regexp_matches(NEW.cooked, 'href="[^"]*/resources/([a-z0-9]{1,40})', 'g'))[1])
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "BoardPost_resource_references" AFTER INSERT OR DELETE OR UPDATE OF cooked ON "BoardPost"
  FOR EACH ROW EXECUTE FUNCTION resource_references_sync('BoardPost');
CREATE TRIGGER "CollaborationRequest_resource_references" AFTER INSERT OR DELETE OR UPDATE OF cooked ON "CollaborationRequest"
  FOR EACH ROW EXECUTE FUNCTION resource_references_sync('CollaborationRequest');

-- Hand-written: a flagged resource's author, for the one moderation queue (the function of moderation_items, plus Resource).
CREATE OR REPLACE FUNCTION moderation_item_author(target_type text, target_id text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE target_type
    WHEN 'BoardPost' THEN (SELECT "authorId" FROM "BoardPost" WHERE id = target_id)
    WHEN 'BoardThread' THEN (SELECT "authorId" FROM "BoardThread" WHERE id::text = target_id)
    WHEN 'ConversationMessage' THEN (SELECT "authorId" FROM "ConversationMessage" WHERE id = target_id)
    WHEN 'CollaborationRequest' THEN (SELECT "authorId" FROM "CollaborationRequest" WHERE id = target_id)
    WHEN 'Resource' THEN (SELECT "authorId" FROM "Resource" WHERE id = target_id)
    WHEN 'User' THEN target_id
  END
$$;
