-- Stored files move from one bytes column to 256 KB chunks (lib/files): one mechanism for every file.
-- AlterEnum
ALTER TYPE "StoredFileKind" ADD VALUE 'RESOURCE';

-- CreateTable
CREATE TABLE "StoredFileChunk" (
    "fileId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "StoredFileChunk_pkey" PRIMARY KEY ("fileId","index")
);

-- The existing photos and logos (a few KB each) become their chunks before the column goes.
INSERT INTO "StoredFileChunk" ("fileId", "index", "bytes")
SELECT f."id", g.n, substring(f."bytes" FROM g.n * 262144 + 1 FOR 262144)
  FROM "StoredFile" f
 CROSS JOIN LATERAL generate_series(0, greatest(0, (length(f."bytes") - 1) / 262144)) AS g(n);

-- AlterTable
ALTER TABLE "StoredFile" DROP COLUMN "bytes",
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "filename" TEXT,
ALTER COLUMN "sha256" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "StoredFile_expiresAt_idx" ON "StoredFile"("expiresAt");

-- AddForeignKey
ALTER TABLE "StoredFileChunk" ADD CONSTRAINT "StoredFileChunk_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
