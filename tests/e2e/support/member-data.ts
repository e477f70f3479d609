// What must never appear on a page anyone can open: people's names, pseudonyms, emails and private
// accounts, from the demo network the e2e database is seeded with and from data a test creates.
import { expect, type Page } from "@playwright/test";
import { buildDemoData, DEMO_SIGN_INS } from "@/prisma/seed/demo-data";
import { DEMO_ADVOCATES, DEMO_APPLICANTS, DEMO_LIVED_EXPERIENCE, DEMO_STAFF } from "@/prisma/seed/demo-people";

export type PersonData = { names: string[]; emails: string[]; texts?: string[] };

/** Everything identifying about the seeded demo people. */
export function demoPeopleData(): PersonData {
  const people = [...DEMO_STAFF, ...DEMO_ADVOCATES, ...DEMO_APPLICANTS];
  const users = buildDemoData().users;
  const pseudonyms = people.flatMap((person) => (person.pseudonym ? [person.pseudonym] : []));
  return {
    names: [...new Set([...people.map((person) => `${person.given} ${person.family}`), ...pseudonyms, ...users.map((user) => user.displayName)])],
    emails: [...new Set([...users.map((user) => user.email), ...DEMO_SIGN_INS.map((signIn) => signIn.email)])],
    texts: DEMO_LIVED_EXPERIENCE,
  };
}

function mentions(haystack: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu").test(haystack);
}

/** Fails, naming what leaked, when the page's text or its HTML (including hidden data) mentions a person. */
export async function expectNoMemberData(page: Page, ...sources: PersonData[]): Promise<void> {
  const [text, html] = await Promise.all([page.locator("body").innerText(), page.content()]);
  const needles = sources
    .flatMap((source) => [...source.names, ...source.emails, ...(source.texts ?? [])])
    .filter((needle) => needle.trim().length > 0);
  expect(needles.length, "people to look for").toBeGreaterThan(0);
  const leaked = needles.filter((needle) => mentions(text, needle) || mentions(html, needle));
  expect(leaked, `member data on ${page.url()}`).toEqual([]);
}
