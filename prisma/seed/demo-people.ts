// Fictional people of the demo data. Given names reflect the network's reach; family names are plainly
// invented ("Example", "Sample", "Placeholder" and their equivalents in Spanish, French and Portuguese), so no
// demo person can be taken for a real one. Emails use the reserved example.org domain. What each advocate
// writes on the profile is in demo-profile-texts-*.ts; how focus areas become curated areas, in demo-areas.ts.
import type { MemberRole, MemberStatus, OrganizationRole } from "@/lib/generated/prisma/enums";

export type DemoMembership = { slug: string; role?: OrganizationRole; title?: string };

/** Profile fields with their own visibility (the `<field>Visibility` columns of AdvocateProfile). */
export const PROFILE_FIELDS = ["bio", "country", "languages", "areas", "rules", "canHelpWith", "lookingFor", "organizations"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export type DemoPerson = {
  given: string;
  family: string;
  countryCode: string;
  /** Shown to other members instead of the name. */
  pseudonym?: string;
  /** Overrides the email derived from the name (used for the demo sign-ins). */
  email?: string;
  /** Overrides the country's languages. */
  languages?: string[];
  locale?: string;
  /** Free text, mapped to curated areas and keywords by demo-areas.ts. */
  focusAreas: string[];
  /** Free keywords beside those the focus areas give. */
  keywords?: string[];
  orgs?: DemoMembership[];
  /** Index into DEMO_LIVED_EXPERIENCE: a private account, visible to admins only unless shared. */
  livedExperience?: number;
  /** The member chose to share the lived-experience account with the network's members. */
  sharesLivedExperience?: true;
  /** The member hid the whole profile from the directory, the map and organizations' member lists. */
  hidden?: true;
  /** The member does not accept private messages. */
  noMessages?: true;
  /** Fields the member shows to admins only (everything else: to members). */
  adminsOnly?: ProfileField[];
  status?: MemberStatus;
  role?: MemberRole;
  /** Applicants only: what their open application says (its state follows `status`). */
  application?: DemoApplication;
};

/** What a person wrote on the profile, in the person's interface language. */
export type DemoProfileTexts = { bio: string; canHelpWith?: string; lookingFor?: string };

export type DemoApplication = {
  vouchedBy?: string;
  /** The reviewers' question, for an application waiting for more information. */
  infoRequest?: string;
  /** An organization application, on behalf of this organization of the demo data. */
  organizationSlug?: string;
};

const REP = "REPRESENTATIVE" as const;

/** 51 approved advocates across 27 countries. */
export const DEMO_ADVOCATES: DemoPerson[] = [
  { given: "Wanjiru", family: "Example", countryCode: "KE", focusAreas: ["reentry", "mental health"], orgs: [{ slug: "demo-ke-reentry", role: REP, title: "Coordinator" }], livedExperience: 0 },
  { given: "Achieng", family: "Sample", countryCode: "KE", pseudonym: "Jacaranda", focusAreas: ["legal aid", "pre-trial detention"], orgs: [{ slug: "demo-ke-legal-aid", role: REP, title: "Director" }] },
  { given: "Nafula", family: "Placeholder", countryCode: "KE", focusAreas: ["health", "HIV"], orgs: [{ slug: "demo-ke-reentry", title: "Volunteer" }, { slug: "demo-ug-girls" }] },
  { given: "Ngozi", family: "Example", countryCode: "NG", focusAreas: ["pre-trial detention", "legal aid", "advocacy"], orgs: [{ slug: "demo-ng-pretrial", role: REP, title: "Convener" }] },
  { given: "Funmilayo", family: "Sample", countryCode: "NG", focusAreas: ["health", "mothers and children", "pregnancy and birth"], orgs: [{ slug: "demo-ng-health", role: REP, title: "Programme lead" }] },
  { given: "Aisha", family: "Placeholder", countryCode: "NG", languages: ["en", "ha"], focusAreas: ["research", "staff training"], adminsOnly: ["bio"], orgs: [{ slug: "demo-ng-pretrial" }, { slug: "demo-ng-health" }] },
  { given: "Thandiwe", family: "Example", countryCode: "ZA", focusAreas: ["mothers and children", "family contact"], orgs: [{ slug: "demo-za-mothers", role: REP, title: "Founder" }] },
  { given: "Lerato", family: "Sample", countryCode: "ZA", focusAreas: ["research", "non-custodial measures"], orgs: [{ slug: "demo-za-research", role: REP, title: "Lead researcher" }, { slug: "demo-za-mothers" }] },
  { given: "Nakato", family: "Example", countryCode: "UG", focusAreas: ["girls in detention", "education and work"], orgs: [{ slug: "demo-ug-girls", role: REP, title: "Coordinator" }] },
  { given: "Akello", family: "Sample", countryCode: "UG", pseudonym: "Kestrel", focusAreas: ["gender-based violence", "reentry"], orgs: [{ slug: "demo-ug-girls" }], livedExperience: 1, adminsOnly: ["country", "organizations"] },
  { given: "Aminata", family: "Exemple", countryCode: "SN", focusAreas: ["family contact", "legal aid"], orgs: [{ slug: "demo-sn-collectif", role: REP, title: "Présidente" }] },
  { given: "Fatou", family: "Fictive", countryCode: "SN", focusAreas: ["health", "foreign nationals"], keywords: ["tuberculosis"], orgs: [{ slug: "demo-sn-collectif" }] },
  { given: "Priya", family: "Example", countryCode: "IN", focusAreas: ["mothers and children", "research"], orgs: [{ slug: "demo-in-forum", role: REP, title: "Secretary" }], noMessages: true },
  { given: "Meena", family: "Sample", countryCode: "IN", focusAreas: ["legal aid", "pre-trial detention"], orgs: [{ slug: "demo-in-legal-clinic", role: REP, title: "Advocate" }] },
  { given: "Malee", family: "Example", countryCode: "TH", focusAreas: ["reentry", "drug policy"], orgs: [{ slug: "demo-th-foundation", role: REP, title: "Director" }] },
  { given: "Siriporn", family: "Sample", countryCode: "TH", pseudonym: "Lotus", focusAreas: ["drug policy", "health"], orgs: [{ slug: "demo-th-foundation" }], livedExperience: 2, hidden: true },
  { given: "Maria", family: "Example", countryCode: "PH", focusAreas: ["health", "HIV"], keywords: ["tuberculosis"], orgs: [{ slug: "demo-ph-health", role: REP, title: "Nurse coordinator" }] },
  { given: "Eleanor", family: "Example", countryCode: "GB", focusAreas: ["non-custodial measures", "research", "advocacy"], orgs: [{ slug: "demo-gb-trust", role: REP, title: "Chief executive" }, { slug: "demo-es-observatorio" }] },
  { given: "Rose", family: "Sample", countryCode: "GB", pseudonym: "Wren", focusAreas: ["reentry", "mental health"], keywords: ["peer support"], orgs: [{ slug: "demo-gb-lived-experience", role: REP, title: "Peer lead" }], livedExperience: 3, sharesLivedExperience: true },
  { given: "Grace", family: "Placeholder", countryCode: "GB", email: "demo-member@example.org", focusAreas: ["foreign nationals", "family contact"], orgs: [{ slug: "demo-gb-trust" }, { slug: "demo-gb-lived-experience" }] },
  { given: "Lucía", family: "Ejemplo", countryCode: "ES", focusAreas: ["reentry", "foreign nationals"], orgs: [{ slug: "demo-es-colectivo", role: REP, title: "Coordinadora" }] },
  { given: "Carmen", family: "Muestra", countryCode: "ES", focusAreas: ["research", "non-custodial measures", "staff training"], orgs: [{ slug: "demo-es-observatorio", role: REP, title: "Investigadora" }], noMessages: true },
  { given: "Claire", family: "Exemple", countryCode: "FR", focusAreas: ["reentry", "family contact"], orgs: [{ slug: "demo-fr-association", role: REP, title: "Directrice" }] },
  { given: "Nadia", family: "Fictive", countryCode: "FR", pseudonym: "Hirondelle", languages: ["fr", "ar"], focusAreas: ["mental health", "foreign nationals"], orgs: [{ slug: "demo-fr-association" }], hidden: true },
  { given: "Ana", family: "Exemplo", countryCode: "PT", focusAreas: ["health", "mothers and children", "pregnancy and birth"], orgs: [{ slug: "demo-pt-associacao", role: REP, title: "Presidente" }, { slug: "demo-es-colectivo" }] },
  { given: "Denise", family: "Example", countryCode: "US", email: "demo-representative@example.org", focusAreas: ["mothers and children", "family contact", "pregnancy and birth", "advocacy"], orgs: [{ slug: "demo-us-coalition", role: REP, title: "Executive director" }], livedExperience: 4 },
  { given: "Tanya", family: "Sample", countryCode: "US", focusAreas: ["reentry", "drug policy"], keywords: ["housing"], orgs: [{ slug: "demo-us-reentry-house", role: REP, title: "House manager" }], adminsOnly: ["organizations"] },
  { given: "Ruth", family: "Placeholder", countryCode: "US", focusAreas: ["reentry", "mental health"], keywords: ["chaplaincy"], orgs: [{ slug: "demo-us-faith", role: REP, title: "Chaplain" }, { slug: "demo-us-mothers-coalition", role: REP, title: "Founder" }] },
  { given: "Kim", family: "Fictional", countryCode: "US", pseudonym: "Harbor", focusAreas: ["prison monitoring", "searches and restraint"], orgs: [{ slug: "demo-us-coalition" }, { slug: "demo-us-reentry-house" }], hidden: true },
  { given: "Sophie", family: "Example", countryCode: "CA", focusAreas: ["prison monitoring", "indigenous women", "staff training"], orgs: [{ slug: "demo-ca-society", role: REP, title: "Executive director" }] },
  { given: "Marie-Ève", family: "Exemple", countryCode: "CA", locale: "fr", languages: ["fr", "en"], focusAreas: ["mental health", "searches and restraint"], orgs: [{ slug: "demo-ca-society" }] },
  { given: "Guadalupe", family: "Ejemplo", countryCode: "MX", pseudonym: "Ceiba", focusAreas: ["reentry", "drug policy"], orgs: [{ slug: "demo-mx-colectiva", role: REP, title: "Coordinadora" }], adminsOnly: ["organizations"] },
  { given: "Rosa", family: "Muestra", countryCode: "MX", focusAreas: ["legal aid", "pre-trial detention"], orgs: [{ slug: "demo-mx-defensa", role: REP, title: "Abogada" }] },
  { given: "Itzel", family: "Ficticia", countryCode: "MX", focusAreas: ["indigenous women", "legal aid"], keywords: ["interpreters"], orgs: [{ slug: "demo-mx-colectiva" }, { slug: "demo-mx-defensa" }] },
  { given: "Juliana", family: "Exemplo", countryCode: "BR", focusAreas: ["reentry", "drug policy"], orgs: [{ slug: "demo-br-coletivo", role: REP, title: "Coordenadora" }], adminsOnly: ["lookingFor"] },
  { given: "Beatriz", family: "Amostra", countryCode: "BR", pseudonym: "Ipê", focusAreas: ["mothers and children", "reentry"], orgs: [{ slug: "demo-br-coletivo" }], hidden: true },
  { given: "Camila", family: "Fictícia", countryCode: "BR", focusAreas: ["research", "pre-trial detention"], orgs: [{ slug: "demo-br-instituto", role: REP, title: "Pesquisadora" }, { slug: "demo-co-red" }] },
  { given: "Valentina", family: "Ejemplo", countryCode: "AR", focusAreas: ["reentry", "family contact"], orgs: [{ slug: "demo-ar-asociacion", role: REP, title: "Presidenta" }] },
  { given: "Sofía", family: "Muestra", countryCode: "AR", focusAreas: ["family contact", "mothers and children", "advocacy"], orgs: [{ slug: "demo-ar-familias", role: REP, title: "Coordinadora" }] },
  { given: "Daniela", family: "Ejemplo", countryCode: "CO", focusAreas: ["gender-based violence", "non-custodial measures", "advocacy"], orgs: [{ slug: "demo-co-red", role: REP, title: "Coordinadora regional" }] },
  { given: "Francisca", family: "Ejemplo", countryCode: "CL", focusAreas: ["reentry", "education and work"], orgs: [{ slug: "demo-cl-fundacion", role: REP, title: "Directora" }, { slug: "demo-co-red" }] },
  { given: "Olivia", family: "Example", countryCode: "AU", focusAreas: ["legal aid", "searches and restraint"], orgs: [{ slug: "demo-au-legal", role: REP, title: "Principal solicitor" }], noMessages: true },
  { given: "Kirra", family: "Sample", countryCode: "AU", focusAreas: ["indigenous women", "mental health"], keywords: ["deaths in custody"], orgs: [{ slug: "demo-au-circle", role: REP, title: "Chair" }] },
  { given: "Aroha", family: "Example", countryCode: "NZ", focusAreas: ["reentry", "indigenous women"], orgs: [{ slug: "demo-nz-trust", role: REP, title: "Kaiwhakahaere" }] },
  { given: "Hannah", family: "Sample", countryCode: "NZ", pseudonym: "Tui", focusAreas: ["mothers and children", "reentry"], orgs: [{ slug: "demo-nz-trust" }], livedExperience: 5, sharesLivedExperience: true, adminsOnly: ["organizations"] },
  { given: "Sita", family: "Example", countryCode: "NP", focusAreas: ["mothers and children", "legal aid"], orgs: [{ slug: "demo-in-forum", title: "Nepal liaison" }] },
  { given: "Dewi", family: "Sample", countryCode: "ID", pseudonym: "Frangipani", focusAreas: ["drug policy", "legal aid"], keywords: ["death penalty"], orgs: [{ slug: "demo-th-foundation" }], adminsOnly: ["country", "organizations"] },
  { given: "Shanice", family: "Placeholder", countryCode: "JM", focusAreas: ["reentry", "education and work"], orgs: [{ slug: "demo-jm-visitors", role: REP, title: "Former coordinator" }] },
  { given: "Rania", family: "Sample", countryCode: "LB", pseudonym: "Olive", focusAreas: ["foreign nationals", "legal aid"], keywords: ["migrant domestic workers"], adminsOnly: ["country", "languages"] },
  { given: "Leïla", family: "Fictive", countryCode: "TN", locale: "fr", focusAreas: ["health", "gender-based violence"], orgs: [{ slug: "demo-fr-association", title: "Chargée de projet Tunisie" }] },
  { given: "Mere", family: "Example", countryCode: "FJ", focusAreas: ["gender-based violence", "reentry"], orgs: [{ slug: "demo-au-legal", title: "Pacific outreach worker" }] },
];

/** Network staff: they review applications and moderate. */
export const DEMO_STAFF: DemoPerson[] = [
  { given: "Demo", family: "Administrator", countryCode: "GB", email: "demo-admin@example.org", languages: ["en", "es", "fr"], focusAreas: ["advocacy", "staff training"], role: "ADMIN" },
  { given: "Demo", family: "Moderator", countryCode: "ZA", email: "demo-moderator@example.org", languages: ["en", "pt"], focusAreas: ["prison monitoring", "research"], role: "MODERATOR" },
];

/** People who applied and are waiting for a decision. */
export const DEMO_APPLICANTS: DemoPerson[] = [
  { given: "Imani", family: "Example", countryCode: "NG", email: "demo-applicant@example.org", status: "PENDING", focusAreas: ["legal aid", "reentry"], livedExperience: 6, application: { vouchedBy: "Demo text: Ngozi Example, who convenes the demo pre-trial network in Nigeria." } },
  { given: "Paula", family: "Exemplo", countryCode: "BR", status: "MORE_INFO_REQUESTED", focusAreas: ["health"], application: { infoRequest: "Demo text: could you tell us which prisons you visit, and with which organization, if any?" } },
  { given: "Jordan", family: "Sample", countryCode: "US", status: "UNVERIFIED", focusAreas: ["prison monitoring"], application: {} },
  { given: "Joy", family: "Example", countryCode: "PH", status: "PENDING", focusAreas: ["family contact", "mothers and children"], orgs: [{ slug: "demo-ph-family-visits", role: REP, title: "Founder" }], application: { organizationSlug: "demo-ph-family-visits" } },
];

/** Private accounts of lived experience; plainly demo text, written with care. */
export const DEMO_LIVED_EXPERIENCE = [
  "Demo text: was held on remand for eighteen months before being released without charge; now supports women leaving prison.",
  "Demo text: served a sentence as a young woman and knows how hard it is to return to school and family afterwards.",
  "Demo text: was imprisoned for a drug offence and now speaks about treatment instead of punishment.",
  "Demo text: spent three years in prison, separated from two children; co-founded a peer support group.",
  "Demo text: gave birth while in custody; campaigns for alternatives to prison for mothers.",
  "Demo text: formerly incarcerated; shares her story with new members when she chooses to.",
  "Demo text: formerly incarcerated; applying to connect with other advocates working on legal aid.",
];
