-- Written by hand: at most one open (PENDING) join request per member and organization, enforced by the
-- database so two concurrent requests cannot both succeed. Prisma's schema cannot express a partial index;
-- the drift test lists it in HAND_WRITTEN_SHAPE.
-- Older duplicates (possible before this migration) are withdrawn, keeping the newest open one.
UPDATE "OrganizationJoinRequest" AS older SET "status" = 'WITHDRAWN', "decidedAt" = CURRENT_TIMESTAMP
 WHERE older."status" = 'PENDING'
   AND EXISTS (
     SELECT 1 FROM "OrganizationJoinRequest" AS newer
      WHERE newer."organizationId" = older."organizationId" AND newer."userId" = older."userId"
        AND newer."status" = 'PENDING'
        AND (newer."createdAt", newer.id) > (older."createdAt", older.id));

CREATE UNIQUE INDEX "OrganizationJoinRequest_open_key" ON "OrganizationJoinRequest" ("organizationId", "userId")
 WHERE "status" = 'PENDING';
