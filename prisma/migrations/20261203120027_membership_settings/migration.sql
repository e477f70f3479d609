-- CreateTable
CREATE TABLE "MembershipSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "reapplyAfterMonths" INTEGER NOT NULL DEFAULT 6,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MembershipSettings_pkey" PRIMARY KEY ("id")
);
