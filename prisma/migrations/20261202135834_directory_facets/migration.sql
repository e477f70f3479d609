-- AlterTable
ALTER TABLE "AdvocateProfile" ADD COLUMN     "directoryTokens" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "DirectoryFacetCount" (
    "filterToken" TEXT NOT NULL DEFAULT '',
    "token" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DirectoryFacetCount_pkey" PRIMARY KEY ("filterToken","token")
);

-- CreateIndex
CREATE INDEX "AdvocateProfile_directoryTokens_idx" ON "AdvocateProfile" USING GIN ("directoryTokens");

-- Hand-written from here: the triggers that keep AdvocateProfile."directoryTokens" and "DirectoryFacetCount".
-- The tokens are derived in the database so that no write path (a profile save, a suspension, a membership
-- accepted, an organization archived, an erasure, a test fixture) can leave a hidden member counted.

-- Every value a profile shows to the network, as "kind:value" tokens; none when the member is not listed.
CREATE FUNCTION "directory_tokens"(profile "AdvocateProfile") RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN profile."hiddenFromDirectory" OR NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = profile."userId" AND u.status = 'ACTIVE')
      THEN ARRAY[]::text[]
    ELSE ARRAY(
      SELECT DISTINCT token FROM (
        SELECT unnest(ARRAY['country:' || c.code, 'continent:' || c."continentCode", 'region:' || c."regionCode",
                            'region:' || c."subregionCode", 'region:' || c."intermediateRegionCode"]) AS token
          FROM "Country" c WHERE c.code = profile."countryCode" AND profile."countryVisibility" = 'MEMBERS'
        UNION ALL
        SELECT 'language:' || l FROM unnest(profile.languages) l WHERE profile."languagesVisibility" = 'MEMBERS'
        UNION ALL
        SELECT 'area:' || a FROM unnest(profile."areasOfWork") a WHERE profile."areasVisibility" = 'MEMBERS'
        UNION ALL
        SELECT 'rule:' || r."ruleNumber" FROM "ProfileRuleInterest" r
         WHERE r."userId" = profile."userId" AND profile."rulesVisibility" = 'MEMBERS'
        UNION ALL
        SELECT 'organization:' || m."organizationId" FROM "OrganizationMembership" m
          JOIN "Organization" o ON o.id = m."organizationId" AND o.status = 'ACTIVE'
         WHERE m."userId" = profile."userId" AND profile."organizationsVisibility" = 'MEMBERS'
      ) tokens
      WHERE token IS NOT NULL ORDER BY token)
  END
$$;

-- The facet a token belongs to: countries, continents and regions are one (geography, counted by country).
CREATE FUNCTION "directory_facet"(token text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE split_part(token, ':', 1) WHEN 'continent' THEN 'country' WHEN 'region' THEN 'country' ELSE split_part(token, ':', 1) END
$$;

-- What one profile adds to the counts: each of its tokens network-wide (filter ''), and each counted token
-- (country, language, area, rule, organization) among the members showing each token of another facet.
CREATE FUNCTION "directory_facet_pairs"(tokens text[]) RETURNS TABLE ("filterToken" text, token text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT '', t FROM unnest(tokens) t
  UNION ALL
  SELECT f, t FROM unnest(tokens) f, unnest(tokens) t
   WHERE split_part(t, ':', 1) IN ('country', 'language', 'area', 'rule', 'organization')
     AND "directory_facet"(f) <> "directory_facet"(t)
$$;

-- Moves the counts from one set of tokens to another; rows are locked in key order, so two writers never
-- wait on each other in a cycle.
CREATE FUNCTION "directory_count"(removed text[], added text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "DirectoryFacetCount" ("filterToken", token, count)
  SELECT "filterToken", token, sum(delta)::int FROM (
    SELECT *, -1 AS delta FROM "directory_facet_pairs"(removed) UNION ALL SELECT *, 1 FROM "directory_facet_pairs"(added)
  ) changes
  GROUP BY "filterToken", token HAVING sum(delta) <> 0 ORDER BY "filterToken", token
  ON CONFLICT ("filterToken", token) DO UPDATE SET count = "DirectoryFacetCount".count + excluded.count
$$;

CREATE FUNCTION "directory_profile_tokens"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."directoryTokens" := "directory_tokens"(NEW);
  RETURN NEW;
END;
$$;

CREATE FUNCTION "directory_profile_counts"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "directory_count"(ARRAY[]::text[], NEW."directoryTokens");
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "directory_count"(OLD."directoryTokens", ARRAY[]::text[]);
  ELSIF OLD."directoryTokens" IS DISTINCT FROM NEW."directoryTokens" THEN
    PERFORM "directory_count"(OLD."directoryTokens", NEW."directoryTokens");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "AdvocateProfile_directory_tokens" BEFORE INSERT OR UPDATE ON "AdvocateProfile"
FOR EACH ROW EXECUTE FUNCTION "directory_profile_tokens"();

CREATE TRIGGER "AdvocateProfile_directory_counts" AFTER INSERT OR UPDATE OR DELETE ON "AdvocateProfile"
FOR EACH ROW EXECUTE FUNCTION "directory_profile_counts"();

-- Rule interests and memberships: the profiles of the members a statement changed are recomputed once each.
CREATE FUNCTION "directory_refresh_changed_members"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "AdvocateProfile" SET "directoryTokens" = "directoryTokens" WHERE "userId" IN (SELECT "userId" FROM added);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "AdvocateProfile" SET "directoryTokens" = "directoryTokens" WHERE "userId" IN (SELECT "userId" FROM removed);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ProfileRuleInterest_directory_added" AFTER INSERT ON "ProfileRuleInterest"
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "directory_refresh_changed_members"();
CREATE TRIGGER "ProfileRuleInterest_directory_removed" AFTER DELETE ON "ProfileRuleInterest"
REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "directory_refresh_changed_members"();
CREATE TRIGGER "OrganizationMembership_directory_added" AFTER INSERT ON "OrganizationMembership"
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "directory_refresh_changed_members"();
CREATE TRIGGER "OrganizationMembership_directory_changed" AFTER UPDATE ON "OrganizationMembership"
REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "directory_refresh_changed_members"();
CREATE TRIGGER "OrganizationMembership_directory_removed" AFTER DELETE ON "OrganizationMembership"
REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "directory_refresh_changed_members"();

-- A member's status (approved, suspended, reinstated, erased) and an organization's (verified, archived, merged).
CREATE FUNCTION "directory_refresh_user"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AdvocateProfile" SET "directoryTokens" = "directoryTokens" WHERE "userId" = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "User_directory_status" AFTER UPDATE OF status ON "User"
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION "directory_refresh_user"();

CREATE FUNCTION "directory_refresh_organization_members"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AdvocateProfile" SET "directoryTokens" = "directoryTokens"
   WHERE "userId" IN (SELECT "userId" FROM "OrganizationMembership" WHERE "organizationId" = NEW.id);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Organization_directory_status" AFTER UPDATE OF status ON "Organization"
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION "directory_refresh_organization_members"();

-- Recomputes every profile's tokens and the counts from scratch, in one transaction with the table locked:
-- for this migration and for bulk loads that skip the triggers (the benchmark).
CREATE FUNCTION "directory_rebuild"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "AdvocateProfile" IN SHARE ROW EXCLUSIVE MODE;
  ALTER TABLE "AdvocateProfile" DISABLE TRIGGER "AdvocateProfile_directory_counts";
  UPDATE "AdvocateProfile" p SET "directoryTokens" = "directoryTokens";
  ALTER TABLE "AdvocateProfile" ENABLE TRIGGER "AdvocateProfile_directory_counts";
  DELETE FROM "DirectoryFacetCount";
  INSERT INTO "DirectoryFacetCount" ("filterToken", token, count)
  SELECT pairs."filterToken", pairs.token, count(*)::int
    FROM "AdvocateProfile", "directory_facet_pairs"("directoryTokens") pairs
   GROUP BY pairs."filterToken", pairs.token;
END;
$$;

SELECT "directory_rebuild"();
