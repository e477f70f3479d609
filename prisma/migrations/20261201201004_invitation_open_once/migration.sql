-- Written by hand: at most one open invitation per address and inviting scope (an admin's, or one
-- organization's), enforced by the database so two concurrent sends cannot both succeed. Prisma's schema
-- cannot express a partial index on an expression; the drift test lists it in HAND_WRITTEN_SHAPE.
-- "Open" means neither accepted nor revoked: an expired invitation is closed (revokedAt = expiresAt) in the
-- same transaction that sends the next one (lib/invitations/mutations.ts).
UPDATE "Invitation" SET "revokedAt" = "expiresAt"
 WHERE "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" <= CURRENT_TIMESTAMP;

-- Older duplicates (possible before this migration) are closed, keeping the newest open one.
UPDATE "Invitation" AS older SET "revokedAt" = CURRENT_TIMESTAMP
 WHERE older."acceptedAt" IS NULL AND older."revokedAt" IS NULL
   AND EXISTS (
     SELECT 1 FROM "Invitation" AS newer
      WHERE lower(newer.email) = lower(older.email)
        AND newer."organizationId" IS NOT DISTINCT FROM older."organizationId"
        AND newer."acceptedAt" IS NULL AND newer."revokedAt" IS NULL
        AND (newer."createdAt", newer.id) > (older."createdAt", older.id));

CREATE UNIQUE INDEX "Invitation_open_email_key" ON "Invitation" (lower(email), "organizationId") NULLS NOT DISTINCT
 WHERE "acceptedAt" IS NULL AND "revokedAt" IS NULL;
