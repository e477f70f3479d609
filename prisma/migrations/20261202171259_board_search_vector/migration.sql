-- AlterTable
ALTER TABLE "BoardThread" DROP COLUMN "searchText";

-- CreateIndex
CREATE INDEX "BoardPost_createdAt_idx" ON "BoardPost"("createdAt");

-- Hand-written: the posts' tsvector, stored (a generated column), so that matching and ranking read it instead
-- of parsing every candidate's text again; the GIN index moves onto it.
DROP INDEX "BoardPost_searchText_idx";
ALTER TABLE "BoardPost" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED;
CREATE INDEX "BoardPost_searchVector_idx" ON "BoardPost" USING gin ("searchVector");
