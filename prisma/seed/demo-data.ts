// Turns the demo tables (demo-people.ts, demo-organizations.ts) into rows, deterministically: the same input
// always gives the same rows, timestamps included (profiles are built by demo-profiles.ts). Pure, so it is
// unit-tested without a database.
import { buildCountryRow } from "@/lib/countries/reference-data";
import type { ApplicationKind, ApplicationStatus, AreaOfWork, MemberRole, MemberStatus, OrganizationKind, OrganizationRole, OrganizationStatus } from "@/lib/generated/prisma/enums";
import { rulesFor } from "./demo-areas";
import { DEMO_JOIN_REQUESTS, DEMO_ORGANIZATIONS, type DemoOrganization } from "./demo-organizations";
import { DEMO_ADVOCATES, DEMO_APPLICANTS, DEMO_STAFF, type DemoApplication, type DemoPerson } from "./demo-people";
import { buildProfileRow, type DemoProfileRow } from "./demo-profiles";

/** The one password of every demo account. Demo data is for local trials only; never seed it in production. */
export const DEMO_PASSWORD = "demo-password-change-me";
export const DEMO_ADMIN_EMAIL = "demo-admin@example.org";
/**
 * The demo admin's two-step verification secret (base32), printed at start so the demo can be used:
 * add it to an authenticator app. Demo data only — real accounts each enrol their own.
 */
export const DEMO_ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPWIPNDEMOADMIN234";

/** Accounts to try the platform with, for the start script to print. */
export const DEMO_SIGN_INS = [
  { role: "Admin", email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD },
  { role: "Moderator", email: "demo-moderator@example.org", password: DEMO_PASSWORD },
  { role: "Member", email: "demo-member@example.org", password: DEMO_PASSWORD },
  { role: "Organization representative", email: "demo-representative@example.org", password: DEMO_PASSWORD },
  { role: "Applicant (pending review)", email: "demo-applicant@example.org", password: DEMO_PASSWORD },
] as const;

const COUNTRY_LANGUAGES: Readonly<Record<string, string[]>> = {
  KE: ["en", "sw"], NG: ["en", "yo"], ZA: ["en", "zu"], UG: ["en", "lg"], SN: ["fr", "wo"],
  IN: ["en", "hi"], TH: ["th", "en"], PH: ["en", "tl"],
  GB: ["en"], ES: ["es"], FR: ["fr"], PT: ["pt"],
  US: ["en", "es"], CA: ["en", "fr"], MX: ["es"],
  BR: ["pt"], AR: ["es"], CO: ["es"], CL: ["es"],
  AU: ["en"], NZ: ["en", "mi"],
  NP: ["ne", "en"], ID: ["id", "en"], JM: ["en"], LB: ["ar", "fr", "en"], TN: ["ar", "fr"], FJ: ["en", "fj"],
};
const INTERFACE_LOCALES = new Set(["en", "es", "fr", "pt"]);

export type DemoUserRow = {
  email: string;
  name: string;
  displayName: string;
  status: MemberStatus;
  role: MemberRole;
  locale: string;
  emailVerified: Date | null;
  approvedAt: Date | null;
  createdAt: Date;
};
export type DemoOrganizationRow = {
  slug: string;
  name: string;
  description: string;
  website: string | null;
  kind: OrganizationKind;
  status: OrganizationStatus;
  countryCode: string;
  areasOfWork: AreaOfWork[];
  verifiedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
};
/** An applicant's open application, in the state of their account, as the apply form would have left it. */
export type DemoApplicationRow = {
  email: string;
  kind: ApplicationKind;
  status: ApplicationStatus;
  countryCode: string;
  organizationSlug: string | null;
  languages: string[];
  workDescription: string;
  vouchedBy: string | null;
  livedExperience: string | null;
  infoRequest: string | null;
  consentedAt: Date;
  submittedAt: Date | null;
  createdAt: Date;
};
export type DemoData = {
  users: DemoUserRow[];
  applications: DemoApplicationRow[];
  profiles: DemoProfileRow[];
  organizations: DemoOrganizationRow[];
  memberships: { slug: string; email: string; role: OrganizationRole; title: string | null }[];
  organizationCountries: { slug: string; countryCode: string }[];
  joinRequests: { slug: string; email: string; message: string | null; createdAt: Date }[];
  ruleInterests: { email: string; ruleNumber: number }[];
};

const DAY = 24 * 60 * 60 * 1000;
const at = (isoDate: string, plusDays = 0, plusHours = 0) => new Date(Date.parse(`${isoDate}T09:00:00Z`) + plusDays * DAY + plusHours * 3_600_000);

function countryName(code: string): string {
  const row = buildCountryRow(code);
  if (!row) throw new Error(`Demo data uses unknown country ${code}`);
  return row.name;
}

/** given.family@example.org, lowercase ASCII. */
function emailOf(person: DemoPerson): string {
  if (person.email) return person.email;
  const ascii = `${person.given}.${person.family}`.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return `${ascii.replace(/[^a-z.-]/g, "")}@example.org`;
}

function defaultLocale(countryCode: string): string {
  const first = COUNTRY_LANGUAGES[countryCode]?.[0] ?? "en";
  return INTERFACE_LOCALES.has(first) ? first : "en";
}

function fallbackBioOf(person: DemoPerson): string {
  return `Demo profile. Works on ${person.focusAreas.join(" and ")} in ${countryName(person.countryCode)}.`;
}

/** Applicants' accounts and applications move together: the account's status is the application's. */
function applicationOf(
  person: DemoPerson,
  application: DemoApplication,
  row: { email: string; status: MemberStatus; languages: string[]; livedExperience: string | null; verifiedAt: Date | null; createdAt: Date },
): DemoApplicationRow {
  if (row.status !== "UNVERIFIED" && row.status !== "PENDING" && row.status !== "MORE_INFO_REQUESTED") {
    throw new Error(`Demo application of ${row.email}: only applicants have an open application`);
  }
  if ((row.status === "MORE_INFO_REQUESTED") !== Boolean(application.infoRequest)) {
    throw new Error(`Demo application of ${row.email}: a question for the applicant goes with MORE_INFO_REQUESTED`);
  }
  return {
    email: row.email,
    kind: application.organizationSlug ? "ORGANIZATION" : "INDIVIDUAL",
    status: row.status,
    countryCode: person.countryCode,
    organizationSlug: application.organizationSlug ?? null,
    languages: row.languages,
    workDescription: `Demo text: works on ${person.focusAreas.join(" and ")} in ${countryName(person.countryCode)}.`,
    vouchedBy: application.vouchedBy ?? null,
    livedExperience: row.livedExperience,
    infoRequest: application.infoRequest ?? null,
    consentedAt: row.createdAt,
    // An application enters the review queue when its address is confirmed.
    submittedAt: row.verifiedAt,
    createdAt: row.createdAt,
  };
}

export function buildDemoData(): DemoData {
  const data: DemoData = { users: [], applications: [], profiles: [], organizations: [], memberships: [], organizationCountries: [], joinRequests: [], ruleInterests: [] };
  const people: { person: DemoPerson; createdAt: Date }[] = [
    ...DEMO_STAFF.map((person, i) => ({ person, createdAt: at("2024-11-04", i) })),
    ...DEMO_ADVOCATES.map((person, i) => ({ person, createdAt: at("2025-01-13", i * 11, i % 7) })),
    ...DEMO_APPLICANTS.map((person, i) => ({ person, createdAt: at("2026-10-05", i * 6, i) })),
  ];

  for (const { person, createdAt } of people) {
    const email = emailOf(person);
    const status = person.status ?? "ACTIVE";
    const fullName = `${person.given} ${person.family}`;
    data.users.push({
      email,
      name: fullName,
      displayName: person.pseudonym ?? fullName,
      status,
      role: person.role ?? "MEMBER",
      locale: person.locale ?? defaultLocale(person.countryCode),
      emailVerified: status === "UNVERIFIED" ? null : new Date(createdAt.getTime() + 10 * 60_000),
      approvedAt: status === "ACTIVE" ? new Date(createdAt.getTime() + 2 * DAY) : null,
      createdAt,
    });
    const user = data.users.at(-1)!;
    const languages = person.languages ?? COUNTRY_LANGUAGES[person.countryCode] ?? ["en"];
    const profile = buildProfileRow(person, {
      email,
      name: fullName,
      locale: user.locale,
      approved: status === "ACTIVE",
      languages,
      fallbackBio: fallbackBioOf(person),
      createdAt,
    });
    data.profiles.push(profile);
    if (person.application) {
      const { livedExperience } = profile;
      data.applications.push(applicationOf(person, person.application, { email, status, languages, livedExperience, verifiedAt: user.emailVerified, createdAt }));
    }
    for (const ruleNumber of rulesFor(profile.areasOfWork, profile.keywords)) data.ruleInterests.push({ email, ruleNumber });
    for (const org of person.orgs ?? []) {
      data.memberships.push({ slug: org.slug, email, role: org.role ?? "MEMBER", title: org.title ?? null });
    }
  }

  DEMO_ORGANIZATIONS.forEach((org, i) => {
    data.organizations.push(organizationRow(org, i));
    for (const countryCode of org.workCountries ?? []) data.organizationCountries.push({ slug: org.slug, countryCode });
  });
  DEMO_JOIN_REQUESTS.forEach((request, i) => data.joinRequests.push({ ...request, message: request.message ?? null, createdAt: at("2026-11-20", i, i) }));

  return data;
}

/** Active and archived organizations were verified two days after they were proposed; proposed ones wait. */
function organizationRow(org: DemoOrganization, index: number): DemoOrganizationRow {
  const status = org.status ?? "ACTIVE";
  if ((status === "ARCHIVED") !== Boolean(org.archivedOn)) {
    throw new Error(`Demo organization ${org.slug}: an archive date goes with ARCHIVED`);
  }
  const createdAt = status === "PROPOSED" ? at("2026-10-23") : at("2024-12-02", index * 9);
  return {
    slug: org.slug,
    name: org.name,
    description: org.description,
    website: org.website ?? null,
    kind: org.kind,
    status,
    countryCode: org.countryCode,
    areasOfWork: org.areas,
    verifiedAt: status === "PROPOSED" ? null : new Date(createdAt.getTime() + 2 * DAY),
    archivedAt: org.archivedOn ? at(org.archivedOn) : null,
    createdAt,
  };
}
