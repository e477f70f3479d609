-- Written by hand: the admins' member search matches the start of the shown name, the full name or the
-- email address in any letter case (lib/members/data.ts, memberSearchQuery). LIKE 'prefix%' on lower(...)
-- uses a btree index only with text_pattern_ops (whatever the database's collation). Prisma's schema cannot
-- express an index on an expression; the drift test lists these in HAND_WRITTEN_SHAPE.
CREATE INDEX "User_displayName_prefix_idx" ON "User" (lower("displayName") text_pattern_ops);
CREATE INDEX "User_name_prefix_idx" ON "User" (lower(name) text_pattern_ops);
CREATE INDEX "User_email_prefix_idx" ON "User" (lower(email) text_pattern_ops);
