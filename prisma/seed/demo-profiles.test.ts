import { describe, expect, it } from "vitest";
import { BANGKOK_RULE_COUNT } from "../../lib/bangkok-rules/reference-data";
import { AreaOfWork, Visibility } from "../../lib/generated/prisma/enums";
import { AREA_RULES, FOCUS_AREAS, KEYWORD_RULES, rulesFor } from "./demo-areas";
import { DEMO_SIGN_INS, buildDemoData } from "./demo-data";
import { DEMO_ADVOCATES, DEMO_APPLICANTS, DEMO_STAFF, PROFILE_FIELDS } from "./demo-people";
import { DEMO_PROFILE_TEXTS_EN } from "./demo-profile-texts-en";
import { DEMO_PROFILE_TEXTS_ES_FR_PT } from "./demo-profile-texts-es-fr-pt";
import { DEMO_BIO_PREFIX, DEMO_PROFILE_TEXTS } from "./demo-profiles";

const data = buildDemoData();
const userByEmail = new Map(data.users.map((user) => [user.email, user]));
const personByName = new Map([...DEMO_STAFF, ...DEMO_ADVOCATES, ...DEMO_APPLICANTS].map((person) => [`${person.given} ${person.family}`, person]));
const personOf = (email: string) => personByName.get(userByEmail.get(email)!.name)!;
const approved = data.profiles.filter((profile) => userByEmail.get(profile.email)?.status === "ACTIVE");
const advocates = approved.filter((profile) => userByEmail.get(profile.email)?.role === "MEMBER");
const signInEmails = new Set<string>(DEMO_SIGN_INS.map((signIn) => signIn.email));
const visibilityColumns = PROFILE_FIELDS.map((field) => `${field}Visibility` as const);
const adminsOnlyFields = (profile: (typeof data.profiles)[number]) => visibilityColumns.filter((column) => profile[column] === Visibility.ADMINS);

describe("demo profiles", () => {
  it("give everyone languages and one to four curated areas, only from the AreaOfWork enum", () => {
    const areas = new Set<string>(Object.values(AreaOfWork));
    for (const profile of data.profiles) {
      expect(profile.languages.length, profile.email).toBeGreaterThan(0);
      for (const language of profile.languages) expect(language).toMatch(/^[a-z]{2}$/);
      expect(profile.areasOfWork.length, profile.email).toBeGreaterThanOrEqual(1);
      expect(profile.areasOfWork.length, profile.email).toBeLessThanOrEqual(4);
      expect(new Set(profile.areasOfWork).size, profile.email).toBe(profile.areasOfWork.length);
      for (const area of profile.areasOfWork) expect(areas.has(area), `${profile.email}: ${area}`).toBe(true);
      expect(profile.keywords.length, profile.email).toBeLessThanOrEqual(3);
    }
    for (const focus of Object.values(FOCUS_AREAS)) for (const area of focus.areas) expect(areas.has(area)).toBe(true);
    // Every curated area is somebody's, so each directory filter finds people.
    expect(new Set(advocates.flatMap((profile) => profile.areasOfWork))).toEqual(areas);
    expect(advocates.filter((profile) => profile.keywords.length > 0).length).toBeGreaterThanOrEqual(advocates.length / 2);
  });

  it("give Bangkok Rule interests that follow from the areas and keywords", () => {
    for (const profile of data.profiles) {
      const rules = data.ruleInterests.filter((interest) => interest.email === profile.email).map((interest) => interest.ruleNumber);
      expect(rules, profile.email).toEqual(rulesFor(profile.areasOfWork, profile.keywords));
      expect(rules.length, profile.email).toBeGreaterThan(0);
    }
    for (const focus of Object.values(FOCUS_AREAS)) if (focus.keyword) expect(KEYWORD_RULES[focus.keyword], focus.keyword).toBeDefined();
    for (const numbers of [...Object.values(AREA_RULES), ...Object.values(KEYWORD_RULES)]) {
      for (const n of numbers) expect(n >= 1 && n <= BANGKOK_RULE_COUNT, String(n)).toBe(true);
    }
    expect(new Set(data.ruleInterests.map((i) => `${i.email} ${i.ruleNumber}`)).size).toBe(data.ruleInterests.length);
  });

  it("have texts for every approved person and only for people of the demo data, in their language", () => {
    const keysEn = Object.keys(DEMO_PROFILE_TEXTS_EN);
    const keysOther = Object.keys(DEMO_PROFILE_TEXTS_ES_FR_PT);
    expect(keysEn.filter((key) => keysOther.includes(key))).toEqual([]);
    for (const name of Object.keys(DEMO_PROFILE_TEXTS)) expect(personByName.has(name), name).toBe(true);
    for (const profile of approved) {
      const user = userByEmail.get(profile.email)!;
      expect(Object.hasOwn(user.locale === "en" ? DEMO_PROFILE_TEXTS_EN : DEMO_PROFILE_TEXTS_ES_FR_PT, user.name), user.name).toBe(true);
      const prefix = DEMO_BIO_PREFIX[user.locale]!;
      expect(profile.bio.startsWith(`${prefix} `), user.name).toBe(true);
      const sentences = profile.bio.slice(prefix.length).trim().split(/(?<=[.!?])\s+/);
      expect(sentences.length, user.name).toBeLessThanOrEqual(3);
    }
    const byLocale = (locale: string) => approved.filter((profile) => userByEmail.get(profile.email)?.locale === locale).length;
    for (const locale of ["es", "fr", "pt"]) expect(byLocale(locale), locale).toBeGreaterThanOrEqual(3);
  });

  it("say what most advocates can help with and are looking for, with no links", () => {
    expect(advocates.filter((profile) => profile.canHelpWith).length).toBeGreaterThanOrEqual(advocates.length * 0.8);
    expect(advocates.filter((profile) => profile.lookingFor).length).toBeGreaterThanOrEqual(advocates.length * 0.7);
    for (const profile of data.profiles) {
      for (const text of [profile.bio, profile.canHelpWith, profile.lookingFor]) expect(text ?? "", profile.email).not.toMatch(/https?:|www\.|@/);
    }
  });

  it("hide at least three people in different countries, never a demo sign-in", () => {
    const hidden = data.profiles.filter((profile) => profile.hiddenFromDirectory);
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    expect(new Set(hidden.map((profile) => profile.countryCode)).size).toBe(hidden.length);
    for (const profile of hidden) {
      expect(signInEmails.has(profile.email), profile.email).toBe(false);
      expect(userByEmail.get(profile.email)?.role, profile.email).toBe("MEMBER");
    }
  });

  it("leave the demo sign-ins visible, messageable and with every field shown to members", () => {
    for (const email of signInEmails) {
      const profile = data.profiles.find((row) => row.email === email)!;
      expect(profile.hiddenFromDirectory, email).toBe(false);
      expect(profile.messagePolicy, email).toBe("ALL_MEMBERS");
      expect(adminsOnlyFields(profile), email).toEqual([]);
    }
  });

  it("show some fields to admins only, consistently, and turn messages off for a few", () => {
    const visibilities = new Set<string>(Object.values(Visibility));
    for (const profile of data.profiles) for (const column of visibilityColumns) expect(visibilities.has(profile[column])).toBe(true);
    const restricted = data.profiles.filter((profile) => adminsOnlyFields(profile).length > 0);
    expect(restricted.length).toBeGreaterThanOrEqual(5);
    expect(new Set(restricted.flatMap(adminsOnlyFields)).size).toBeGreaterThanOrEqual(4);
    // Organizations' names give their country away: whoever hides the country hides them too.
    for (const profile of data.profiles.filter((row) => row.countryVisibility === Visibility.ADMINS)) {
      const hasOrganizations = data.memberships.some((m) => m.email === profile.email);
      if (hasOrganizations) expect(profile.organizationsVisibility, profile.email).toBe(Visibility.ADMINS);
    }
    const noMessages = advocates.filter((profile) => profile.messagePolicy !== "ALL_MEMBERS");
    expect(noMessages.length).toBeGreaterThanOrEqual(2);
    expect(noMessages.length).toBeLessThanOrEqual(5);
  });

  it("keep lived experience to admins, except for the one or two people the data says chose to share it", () => {
    const withStory = data.profiles.filter((profile) => profile.livedExperience);
    expect(withStory.length).toBeGreaterThanOrEqual(3);
    for (const profile of withStory) expect(profile.livedExperience).toMatch(/^Demo text:/);
    const shared = data.profiles.filter((profile) => profile.livedExperienceVisibility === Visibility.MEMBERS);
    expect(shared.length).toBeGreaterThanOrEqual(1);
    expect(shared.length).toBeLessThanOrEqual(2);
    for (const profile of data.profiles) {
      const person = personOf(profile.email);
      expect(profile.livedExperienceVisibility, profile.email).toBe(person.sharesLivedExperience ? Visibility.MEMBERS : Visibility.ADMINS);
      if (person.sharesLivedExperience) expect(profile.livedExperience, profile.email).toMatch(/^Demo text:/);
    }
  });
});
