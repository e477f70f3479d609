// Builds a demo person's AdvocateProfile row: curated areas and keywords from the focus areas, the texts the
// person wrote, and the person's privacy choices (hidden, messages, fields shown to admins only, lived
// experience shared or not). Pure and deterministic; the handle is drawn when the row is inserted.
import type { AreaOfWork, Visibility } from "@/lib/generated/prisma/enums";
import { areasOf } from "./demo-areas";
import { DEMO_LIVED_EXPERIENCE, PROFILE_FIELDS, type DemoPerson, type DemoProfileTexts, type ProfileField } from "./demo-people";
import { DEMO_PROFILE_TEXTS_EN } from "./demo-profile-texts-en";
import { DEMO_PROFILE_TEXTS_ES_FR_PT } from "./demo-profile-texts-es-fr-pt";

/** Every profile text of the demo data, by the person's full name. */
export const DEMO_PROFILE_TEXTS: Readonly<Record<string, DemoProfileTexts>> = { ...DEMO_PROFILE_TEXTS_EN, ...DEMO_PROFILE_TEXTS_ES_FR_PT };

/** What starts every demo bio, in the language it is written in (the person's interface language). */
export const DEMO_BIO_PREFIX: Readonly<Record<string, string>> = {
  en: "Demo profile.",
  es: "Perfil de demostración.",
  fr: "Profil de démonstration.",
  pt: "Perfil de demonstração.",
};

type VisibilityColumn = `${ProfileField}Visibility`;

export type DemoProfileRow = {
  email: string;
  hiddenFromDirectory: boolean;
  messagePolicy: "ALL_MEMBERS" | "MY_ORGANIZATIONS" | "NOBODY";
  bio: string;
  countryCode: string;
  languages: string[];
  areasOfWork: AreaOfWork[];
  keywords: string[];
  canHelpWith: string | null;
  lookingFor: string | null;
  livedExperience: string | null;
  livedExperienceVisibility: Visibility;
  createdAt: Date;
} & Record<VisibilityColumn, Visibility>;

function visibilities(adminsOnly: readonly ProfileField[]): Record<VisibilityColumn, Visibility> {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [`${field}Visibility`, adminsOnly.includes(field) ? "ADMINS" : "MEMBERS"])) as Record<VisibilityColumn, Visibility>;
}

function livedExperienceOf(person: DemoPerson, who: string): Pick<DemoProfileRow, "livedExperience" | "livedExperienceVisibility"> {
  if (person.livedExperience === undefined) {
    if (person.sharesLivedExperience) throw new Error(`Demo profile of ${who}: nothing to share without a lived-experience account`);
    return { livedExperience: null, livedExperienceVisibility: "ADMINS" };
  }
  const livedExperience = DEMO_LIVED_EXPERIENCE[person.livedExperience];
  if (!livedExperience) throw new Error(`Demo profile of ${who}: no lived-experience account ${person.livedExperience}`);
  // Private by default; only the members the data says chose to share it show it to the network.
  return { livedExperience, livedExperienceVisibility: person.sharesLivedExperience ? "MEMBERS" : "ADMINS" };
}

/**
 * `fallbackBio` serves people without texts of their own (applicants, whose profiles nobody lists yet);
 * everyone approved must have written one.
 */
export function buildProfileRow(
  person: DemoPerson,
  row: { email: string; name: string; locale: string; approved: boolean; languages: string[]; fallbackBio: string; createdAt: Date },
): DemoProfileRow {
  const texts = DEMO_PROFILE_TEXTS[row.name];
  if (!texts && row.approved) throw new Error(`Demo profile of ${row.name} has no texts (demo-profile-texts-*.ts)`);
  const prefix = DEMO_BIO_PREFIX[row.locale];
  if (!prefix) throw new Error(`Demo profile of ${row.name}: no bio prefix for locale ${row.locale}`);
  return {
    email: row.email,
    hiddenFromDirectory: person.hidden ?? false,
    messagePolicy: person.noMessages ? "NOBODY" : "ALL_MEMBERS",
    bio: texts ? `${prefix} ${texts.bio}` : row.fallbackBio,
    countryCode: person.countryCode,
    languages: row.languages,
    ...areasOf(row.name, person.focusAreas, person.keywords),
    canHelpWith: texts?.canHelpWith ?? null,
    lookingFor: texts?.lookingFor ?? null,
    ...visibilities(person.adminsOnly ?? []),
    ...livedExperienceOf(person, row.name),
    createdAt: row.createdAt,
  };
}
