-- CreateTable
CREATE TABLE "MonitoringMatrixCount" (
    "token" TEXT NOT NULL,
    "ruleNumber" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,
    "complies" INTEGER NOT NULL DEFAULT 0,
    "partlyComplies" INTEGER NOT NULL DEFAULT 0,
    "doesNotComply" INTEGER NOT NULL DEFAULT 0,
    "notAssessed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MonitoringMatrixCount_pkey" PRIMARY KEY ("token","ruleNumber","countryCode")
);

-- Hand-written: the statement triggers that keep MonitoringMatrixCount (prisma/schema/monitoring-overview.prisma).
-- With transition tables, a report's findings (or a benchmark's million) move the counts in one set-wise upsert per
-- statement: rows that were counted (networkVisible) are taken off, rows now counted are added, each under the
-- whole-network token and its place type's, visit year's and organization's; keys in order, so two transactions
-- touching the same cells lock them in the same order. Cells that fall to zero are deleted (the filters offer only
-- types, years and organizations that have findings).
CREATE FUNCTION monitoring_matrix_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT *, 1 AS sign FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT *, -1 AS sign FROM old_rows'
    ELSE 'SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 AS sign FROM old_rows' END;
  tokens text[];
  rules int[];
  countries text[];
BEGIN
  EXECUTE format($sql$
    WITH delta AS (
      SELECT t.token, f."ruleNumber", f."countryCode",
             coalesce(sum(f.sign) FILTER (WHERE f.assessment = 'COMPLIES'), 0)::int AS complies,
             coalesce(sum(f.sign) FILTER (WHERE f.assessment = 'PARTLY_COMPLIES'), 0)::int AS partly,
             coalesce(sum(f.sign) FILTER (WHERE f.assessment = 'DOES_NOT_COMPLY'), 0)::int AS "not",
             coalesce(sum(f.sign) FILTER (WHERE f.assessment = 'NOT_ASSESSED'), 0)::int AS unassessed
        FROM (%s) f
        CROSS JOIN LATERAL (VALUES (''), ('type:' || f."placeType"), ('year:' || extract(year FROM f."visitStartedOn")::int), ('organization:' || f."organizationId")) t(token)
       WHERE f."networkVisible" AND t.token IS NOT NULL
       GROUP BY 1, 2, 3),
    upserted AS (
      INSERT INTO "MonitoringMatrixCount" AS m (token, "ruleNumber", "countryCode", complies, "partlyComplies", "doesNotComply", "notAssessed")
      SELECT token, "ruleNumber", "countryCode", complies, partly, "not", unassessed FROM delta
       WHERE complies <> 0 OR partly <> 0 OR "not" <> 0 OR unassessed <> 0
       ORDER BY 1, 2, 3
      ON CONFLICT (token, "ruleNumber", "countryCode") DO UPDATE SET
        complies = m.complies + EXCLUDED.complies, "partlyComplies" = m."partlyComplies" + EXCLUDED."partlyComplies",
        "doesNotComply" = m."doesNotComply" + EXCLUDED."doesNotComply", "notAssessed" = m."notAssessed" + EXCLUDED."notAssessed"
      RETURNING m.token, m."ruleNumber", m."countryCode", m.complies + m."partlyComplies" + m."doesNotComply" + m."notAssessed" AS total)
    SELECT array_agg(token), array_agg("ruleNumber"), array_agg("countryCode") FROM upserted WHERE total = 0 $sql$, source)
    INTO tokens, rules, countries;
  IF tokens IS NOT NULL THEN
    DELETE FROM "MonitoringMatrixCount" WHERE (token, "ruleNumber", "countryCode") IN (SELECT * FROM unnest(tokens, rules, countries));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "MonitoringFinding_matrix_insert" AFTER INSERT ON "MonitoringFinding"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_matrix_count();
CREATE TRIGGER "MonitoringFinding_matrix_update" AFTER UPDATE ON "MonitoringFinding"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_matrix_count();
CREATE TRIGGER "MonitoringFinding_matrix_delete" AFTER DELETE ON "MonitoringFinding"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_matrix_count();

-- The findings already there (demo data), counted once.
INSERT INTO "MonitoringMatrixCount" (token, "ruleNumber", "countryCode", complies, "partlyComplies", "doesNotComply", "notAssessed")
SELECT t.token, f."ruleNumber", f."countryCode",
       count(*) FILTER (WHERE f.assessment = 'COMPLIES'), count(*) FILTER (WHERE f.assessment = 'PARTLY_COMPLIES'),
       count(*) FILTER (WHERE f.assessment = 'DOES_NOT_COMPLY'), count(*) FILTER (WHERE f.assessment = 'NOT_ASSESSED')
  FROM "MonitoringFinding" f
  CROSS JOIN LATERAL (VALUES (''), ('type:' || f."placeType"), ('year:' || extract(year FROM f."visitStartedOn")::int), ('organization:' || f."organizationId")) t(token)
 WHERE f."networkVisible" AND t.token IS NOT NULL
 GROUP BY 1, 2, 3;

-- Two filters at once are counted over the findings: covering partial indexes, read index-only (place type, or
-- organization, then the visit date).
CREATE INDEX "MonitoringFinding_visible_type_visit_idx" ON "MonitoringFinding" ("placeType", "visitStartedOn")
  INCLUDE ("ruleNumber", "countryCode", assessment, "organizationId") WHERE "networkVisible";
CREATE INDEX "MonitoringFinding_visible_organization_visit_idx" ON "MonitoringFinding" ("organizationId", "visitStartedOn")
  INCLUDE ("ruleNumber", "countryCode", assessment, "placeType") WHERE "networkVisible";
