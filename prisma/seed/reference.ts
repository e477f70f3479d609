// Reference data every installation needs: continents, UN M49 regions, ISO 3166-1 countries, the structure
// of the Bangkok Rules and the board's first categories. Idempotent: each table is written with one INSERT ... ON CONFLICT DO UPDATE over a JSON
// array of rows, so a run is a handful of round trips, re-running changes nothing, and a newer package version
// updates names and codes in place. Rows are never deleted here (members and organizations refer to them).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildPartRows, buildRuleRows, buildSectionRows } from "@/lib/bangkok-rules/reference-data";
import { BOARD_CATEGORIES } from "@/lib/board/reference-data";
import { buildContinentRows, buildCountryRows, buildRegionRows } from "@/lib/countries/reference-data";

export type ReferenceSeedReport = {
  continents: number;
  regions: number;
  countries: number;
  bangkokRuleParts: number;
  bangkokRuleSections: number;
  bangkokRules: number;
  boardCategories: number;
};

export async function seedReferenceData(prisma: PrismaClient): Promise<ReferenceSeedReport> {
  const continents = buildContinentRows();
  const regions = buildRegionRows(); // parents before children
  const countries = buildCountryRows();
  const parts = buildPartRows();
  const sections = buildSectionRows(); // a section before its sub-sections
  const rules = buildRuleRows();
  const categories = BOARD_CATEGORIES.map((category, index) => ({ ...category, position: index + 1, staffStartsThreads: category.staffStartsThreads ?? false }));
  const json = (rows: unknown[]) => JSON.stringify(rows);

  await prisma.$transaction([
    prisma.$executeRaw`
      INSERT INTO "Continent" ("code", "name")
      SELECT r.code, r.name FROM jsonb_to_recordset(${json(continents)}::jsonb) AS r(code text, name text)
      ON CONFLICT ("code") DO UPDATE SET "name" = EXCLUDED."name"
      WHERE "Continent"."name" IS DISTINCT FROM EXCLUDED."name"`,
    prisma.$executeRaw`
      INSERT INTO "Region" ("code", "name", "level", "parentCode")
      SELECT r.code, r.name, r.level::"RegionLevel", r."parentCode"
      FROM jsonb_to_recordset(${json(regions)}::jsonb) AS r(code text, name text, level text, "parentCode" text)
      ON CONFLICT ("code") DO UPDATE SET "name" = EXCLUDED."name", "level" = EXCLUDED."level", "parentCode" = EXCLUDED."parentCode"
      WHERE ("Region"."name", "Region"."level", "Region"."parentCode")
        IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."level", EXCLUDED."parentCode")`,
    prisma.$executeRaw`
      INSERT INTO "Country" ("code", "alpha3", "numericCode", "name", "names", "continentCode", "regionCode", "subregionCode", "intermediateRegionCode")
      SELECT r.code, r.alpha3, r."numericCode", r.name, r.names, r."continentCode", r."regionCode", r."subregionCode", r."intermediateRegionCode"
      FROM jsonb_to_recordset(${json(countries)}::jsonb) AS r(
        code text, alpha3 text, "numericCode" text, name text, names jsonb,
        "continentCode" text, "regionCode" text, "subregionCode" text, "intermediateRegionCode" text)
      ON CONFLICT ("code") DO UPDATE SET
        "alpha3" = EXCLUDED."alpha3", "numericCode" = EXCLUDED."numericCode", "name" = EXCLUDED."name",
        "names" = EXCLUDED."names", "continentCode" = EXCLUDED."continentCode", "regionCode" = EXCLUDED."regionCode",
        "subregionCode" = EXCLUDED."subregionCode", "intermediateRegionCode" = EXCLUDED."intermediateRegionCode"
      WHERE ("Country"."alpha3", "Country"."numericCode", "Country"."name", "Country"."names", "Country"."continentCode",
             "Country"."regionCode", "Country"."subregionCode", "Country"."intermediateRegionCode")
        IS DISTINCT FROM (EXCLUDED."alpha3", EXCLUDED."numericCode", EXCLUDED."name", EXCLUDED."names", EXCLUDED."continentCode",
             EXCLUDED."regionCode", EXCLUDED."subregionCode", EXCLUDED."intermediateRegionCode")`,
    prisma.$executeRaw`
      INSERT INTO "BangkokRulePart" ("key", "title", "position")
      SELECT r.key, r.title, r.position FROM jsonb_to_recordset(${json(parts)}::jsonb) AS r(key text, title text, position int)
      ON CONFLICT ("key") DO UPDATE SET "title" = EXCLUDED."title", "position" = EXCLUDED."position"
      WHERE ("BangkokRulePart"."title", "BangkokRulePart"."position") IS DISTINCT FROM (EXCLUDED."title", EXCLUDED."position")`,
    prisma.$executeRaw`
      INSERT INTO "BangkokRuleSection" ("key", "partKey", "parentKey", "title", "firstRule", "lastRule", "position")
      SELECT r.key, r."partKey", r."parentKey", r.title, r."firstRule", r."lastRule", r.position
      FROM jsonb_to_recordset(${json(sections)}::jsonb) AS r(
        key text, "partKey" text, "parentKey" text, title text, "firstRule" int, "lastRule" int, position int)
      ON CONFLICT ("key") DO UPDATE SET
        "partKey" = EXCLUDED."partKey", "parentKey" = EXCLUDED."parentKey", "title" = EXCLUDED."title",
        "firstRule" = EXCLUDED."firstRule", "lastRule" = EXCLUDED."lastRule", "position" = EXCLUDED."position"
      WHERE ("BangkokRuleSection"."partKey", "BangkokRuleSection"."parentKey", "BangkokRuleSection"."title",
             "BangkokRuleSection"."firstRule", "BangkokRuleSection"."lastRule", "BangkokRuleSection"."position")
        IS DISTINCT FROM (EXCLUDED."partKey", EXCLUDED."parentKey", EXCLUDED."title",
             EXCLUDED."firstRule", EXCLUDED."lastRule", EXCLUDED."position")`,
    prisma.$executeRaw`
      INSERT INTO "BangkokRule" ("number", "sectionKey")
      SELECT r.number, r."sectionKey" FROM jsonb_to_recordset(${json(rules)}::jsonb) AS r(number int, "sectionKey" text)
      ON CONFLICT ("number") DO UPDATE SET "sectionKey" = EXCLUDED."sectionKey"
      WHERE "BangkokRule"."sectionKey" IS DISTINCT FROM EXCLUDED."sectionKey"`,
    // The board's first categories: added when missing, never overwritten (staff may have renamed them).
    prisma.$executeRaw`
      INSERT INTO "BoardCategory" ("id", "slug", "position", "names", "descriptions", "staffStartsThreads")
      SELECT r.slug, r.slug, r.position, r.names, r.descriptions, r."staffStartsThreads"
      FROM jsonb_to_recordset(${json(categories)}::jsonb) AS r(slug text, position int, names jsonb, descriptions jsonb, "staffStartsThreads" boolean)
      ON CONFLICT ("slug") DO NOTHING`,
  ]);

  return {
    continents: continents.length,
    regions: regions.length,
    countries: countries.length,
    bangkokRuleParts: parts.length,
    bangkokRuleSections: sections.length,
    bangkokRules: rules.length,
    boardCategories: categories.length,
  };
}
