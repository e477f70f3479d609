-- AlterTable
ALTER TABLE "AdvocateProfile" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "AdvocateProfile_sortName_userId_idx" ON "AdvocateProfile"("sortName", "userId");

-- CreateIndex
CREATE INDEX "AdvocateProfile_createdAt_userId_idx" ON "AdvocateProfile"("createdAt", "userId");

-- Hand-written: the directory's text search (lib/search), on the folded text the app writes.
CREATE INDEX "AdvocateProfile_searchText_idx" ON "AdvocateProfile" USING gin (to_tsvector('simple', "searchText"));

-- Hand-written: a first folding of existing profiles (lower case, common accents); the app refolds a profile
-- exactly (Unicode decomposition) on its next save.
UPDATE "AdvocateProfile" p
   SET "sortName" = f.name,
       "searchText" = concat_ws(' ', f.name,
         CASE WHEN p."bioVisibility" = 'MEMBERS' THEN lower(translate(coalesce(p.bio, ''), 'ÁÀÂÃÄÅáàâãäåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÕÖóòôõöÚÙÛÜúùûüÇçÑñ', 'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuCcNn')) END,
         CASE WHEN p."areasVisibility" = 'MEMBERS' THEN lower(translate(array_to_string(p.keywords, ' '), 'ÁÀÂÃÄÅáàâãäåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÕÖóòôõöÚÙÛÜúùûüÇçÑñ', 'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuCcNn')) END)
  FROM (SELECT id, lower(translate(coalesce("displayName", ''), 'ÁÀÂÃÄÅáàâãäåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÕÖóòôõöÚÙÛÜúùûüÇçÑñ', 'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuCcNn')) AS name FROM "User") f
 WHERE f.id = p."userId";
