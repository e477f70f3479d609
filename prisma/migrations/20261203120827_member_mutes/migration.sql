-- CreateTable
CREATE TABLE "MemberMute" (
    "muterId" TEXT NOT NULL,
    "mutedId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberMute_pkey" PRIMARY KEY ("muterId","mutedId")
);

-- CreateIndex
CREATE INDEX "MemberMute_muterId_createdAt_idx" ON "MemberMute"("muterId", "createdAt");

-- CreateIndex
CREATE INDEX "MemberMute_mutedId_idx" ON "MemberMute"("mutedId");

-- AddForeignKey
ALTER TABLE "MemberMute" ADD CONSTRAINT "MemberMute_muterId_fkey" FOREIGN KEY ("muterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberMute" ADD CONSTRAINT "MemberMute_mutedId_fkey" FOREIGN KEY ("mutedId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
