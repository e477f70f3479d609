-- CreateTable
CREATE TABLE "TwoFactorReset" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "cancelledById" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TwoFactorReset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TwoFactorReset_staffId_createdAt_idx" ON "TwoFactorReset"("staffId", "createdAt");

-- One open request per staff member at a time (an expired one is closed when the next is made).
CREATE UNIQUE INDEX "TwoFactorReset_open_staff_key" ON "TwoFactorReset" ("staffId") WHERE "approvedAt" IS NULL AND "cancelledAt" IS NULL;
