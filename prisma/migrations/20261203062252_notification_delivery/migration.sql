-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('IN_APP', 'IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF');

-- CreateEnum
CREATE TYPE "NotificationTopic" AS ENUM ('MENTION', 'REPLY', 'WATCHING', 'REACTION', 'COLLABORATION', 'MESSAGE', 'MATCH', 'APPLICATION', 'FLAG');

-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('DAILY', 'WEEKLY');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'REACTION';
ALTER TYPE "NotificationType" ADD VALUE 'NEW_APPLICATION';
ALTER TYPE "NotificationType" ADD VALUE 'NEW_FLAG';

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "headers" JSONB;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mailShowsTitles" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "timeZone" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "delivery" "NotificationDelivery" NOT NULL DEFAULT 'IN_APP',
ADD COLUMN     "digestId" TEXT;

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "topic" "NotificationTopic" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","topic")
);

-- CreateTable
CREATE TABLE "NotificationDigest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "frequency" "DigestFrequency" NOT NULL,
    "periodKey" TEXT NOT NULL,
    "notificationCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationDigest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NotificationDigest_createdAt_idx" ON "NotificationDigest"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationDigest_userId_frequency_periodKey_key" ON "NotificationDigest"("userId", "frequency", "periodKey");

-- CreateIndex
CREATE INDEX "Notification_delivery_mailedAt_userId_idx" ON "Notification"("delivery", "mailedAt", "userId");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDigest" ADD CONSTRAINT "NotificationDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "NotificationDigest"("id") ON DELETE SET NULL ON UPDATE CASCADE;
