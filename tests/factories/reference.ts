// Reference rows that test data points at, inserted only when missing, so a test does not need the full
// reference seed. Safe to call concurrently (ON CONFLICT DO NOTHING) and when the seed has run.
import type { Country, PrismaClient } from "@/lib/generated/prisma/client";
import { buildPartRows, buildRuleRows, buildSectionRows } from "@/lib/bangkok-rules/reference-data";
import { buildCountryRow } from "@/lib/countries/reference-data";

/**
 * The country with this ISO 3166-1 alpha-2 code. When reference data was not seeded, inserts a minimal row
 * (real codes and names, no continent or region, whose rows may not exist).
 */
export async function ensureCountry(prisma: PrismaClient, code: string): Promise<Country> {
  const row = buildCountryRow(code);
  if (!row) throw new Error(`ensureCountry: ${code} is not an ISO 3166-1 alpha-2 code`);
  const { code: id, alpha3, numericCode, name, names } = row;
  await prisma.country.createMany({ data: [{ code: id, alpha3, numericCode, name, names }], skipDuplicates: true });
  return prisma.country.findUniqueOrThrow({ where: { code: id } });
}

/** The 70 Bangkok Rules with their parts and sections, for profiles' rule interests. */
export async function ensureBangkokRules(prisma: PrismaClient): Promise<void> {
  if ((await prisma.bangkokRule.count()) >= buildRuleRows().length) return;
  await prisma.bangkokRulePart.createMany({ data: buildPartRows(), skipDuplicates: true });
  const sections = buildSectionRows();
  // Sub-sections refer to their section, so write top-level sections first.
  await prisma.bangkokRuleSection.createMany({ data: sections.filter((s) => !s.parentKey), skipDuplicates: true });
  await prisma.bangkokRuleSection.createMany({ data: sections.filter((s) => s.parentKey), skipDuplicates: true });
  await prisma.bangkokRule.createMany({ data: buildRuleRows(), skipDuplicates: true });
}
