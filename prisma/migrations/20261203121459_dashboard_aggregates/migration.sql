-- CreateTable
CREATE TABLE "DashboardMonthlyCount" (
    "metric" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "key" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL,

    CONSTRAINT "DashboardMonthlyCount_pkey" PRIMARY KEY ("metric","month","key")
);

-- CreateTable
CREATE TABLE "DashboardCount" (
    "metric" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DashboardCount_pkey" PRIMARY KEY ("metric","key")
);

-- CreateTable
CREATE TABLE "DashboardRefresh" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "DashboardRefresh_pkey" PRIMARY KEY ("id")
);
