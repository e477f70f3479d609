// What each page costs a phone, as budgets: its HTML, and the JavaScript a browser loads for it (gzip, as it
// travels), per kind of page (README, "Benchmarks"). Bytes are deterministic, so these are ordinary tests;
// a page that grows past its budget fails here. Throughput and server time are measured by bench:pages.
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-data";
import { createLeakWorld } from "@/tests/factories/campaigns";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const KB = 1024;
/**
 * React DOM (≈ 73 KB gzip) and the Next.js App Router runtime (≈ 37 KB) are the floor every page pays: a page
 * rendering one paragraph loads about 145 KB. The budgets are that floor plus what a kind of page may add:
 * reading pages load no translated client component (no message-formatting code), forms do; the application
 * forms also carry the country, language and organization lists, in the HTML and again in the React payload.
 */
const BUDGETS = {
  reading: { html: 32 * KB, javascript: 150 * KB },
  form: { html: 48 * KB, javascript: 200 * KB },
  "form with reference lists": { html: 96 * KB, javascript: 200 * KB },
  // The account area: its navigation translates on the client, like a form page's.
  "account page": { html: 48 * KB, javascript: 200 * KB },
  // A page of member cards or a whole profile: the reading shell plus the people on it.
  // +4 KB (2026-12-04): the member menu gained "Monitoring" (in the bar, the small-screen menu and the React payload).
  "reading page with people": { html: 52 * KB, javascript: 150 * KB },
  // The network map is an inline SVG (≈ 30 KB for the demo's countries), in the HTML and again in the React
  // payload (≈ 20 KB gzip in all); it needs no script.
  "reading page with the map": { html: 144 * KB, javascript: 150 * KB },
  // A filter form (its selects hydrate, with no translations) over a page of member cards or organizations.
  // +4 KB (2026-12-04): the member menu's "Monitoring" link, as above.
  "search page": { html: 100 * KB, javascript: 150 * KB },
  // The collaboration list's filters offer every country, rule and language (a request may name any), as
  // options in the HTML and again in the React payload of the hydrated selects, over the matches and a page of requests.
  "search page with reference lists": { html: 128 * KB, javascript: 150 * KB },
  // A short thread (the demo's welcome thread: 2 posts) with the reply composer (a form page's script), each
  // post with its reaction form and links, and the watch form.
  "thread page": { html: 64 * KB, javascript: 200 * KB },
  // The profile form: 250 countries, 35 languages and the 70 Bangkok Rules, as options and checkboxes.
  "profile form": { html: 160 * KB, javascript: 200 * KB },
  // The whole instrument: the 70 Bangkok Rules by part and section, each a link with its short title and the
  // network's four counts on it (≈ 114 KB measured: in the HTML and again in the React payload; no script of its own).
  "rules hub": { html: 128 * KB, javascript: 150 * KB },
  // An organization's page: its description and people, its requests and newest resources, and the form to join
  // (≈ 48 KB for the demo's busiest organization).
  "organization page": { html: 56 * KB, javascript: 200 * KB },
  // A rule's page: a few threads, requests, member cards and organizations, with country chips (≈ 55 KB).
  "rule page": { html: 64 * KB, javascript: 150 * KB },
  // The public pages (issue 16): the public header and footer, no client component of their own. A campaign with
  // two story cards ≈ 29 KB, a spotlight ≈ 28-29 KB (measured 2026-12-06); each further card adds ≈ 1.5 KB.
  "public page": { html: 36 * KB, javascript: 150 * KB },
  // The Bangkok Rules explainer: the 70 rules' short titles by part and section, as text (≈ 52 KB measured).
  "public explainer": { html: 56 * KB, javascript: 150 * KB },
} as const;

type Budgeted = { path: string; kind: keyof typeof BUDGETS; member?: true };

const PAGES: Budgeted[] = [
  { path: "/", kind: "reading" },
  { path: "/privacy", kind: "reading" },
  { path: "/bangkok-rules", kind: "public explainer" },
  { path: "/sign-in", kind: "form" },
  { path: "/apply", kind: "form with reference lists" },
  { path: "/welcome", kind: "reading page with the map", member: true },
  { path: "/countries", kind: "reading page with the map", member: true },
  { path: "/countries/gb", kind: "reading page with people", member: true },
  { path: "/directory", kind: "search page", member: true },
  { path: "/organizations", kind: "search page", member: true },
  // Its join, withdraw or leave form translates on the client.
  { path: "/organizations/demo-gb-trust", kind: "organization page", member: true },
  { path: "/account/profile/preview", kind: "account page", member: true },
  { path: "/account/profile", kind: "profile form", member: true },
  // Thread lists: the five views' links over a page of threads (and, on /board, the categories).
  { path: "/board", kind: "search page", member: true },
  { path: "/rules", kind: "rules hub", member: true },
  { path: "/rules/25", kind: "rule page", member: true },
  { path: "/board/c/health", kind: "search page", member: true },
  // A thread of the demo data (the first one seeded), with the reply composer.
  { path: "/board/t/1/welcome-to-the-network-s-board-please-read-first", kind: "thread page", member: true },
  { path: "/board/new", kind: "profile form", member: true },
  { path: "/search?q=monitoring", kind: "search page", member: true },
  { path: "/account", kind: "form", member: true },
  // The matches and the filter form (its selects hydrate) over a page of requests.
  { path: "/collaborations", kind: "search page with reference lists", member: true },
  // The request form: 250 countries, 35 languages and the 70 Bangkok Rules, as options and checkboxes.
  { path: "/collaborations/new", kind: "profile form", member: true },
  // The inbox: the demo member's conversations, with who is in each.
  { path: "/messages", kind: "reading page with people", member: true },
  { path: "/messages/new", kind: "form", member: true },
  { path: "/account/messages", kind: "account page", member: true },
  // The demo member's mutes and blocks, each with its undo form.
  { path: "/account/people", kind: "account page", member: true },
  // Every topic's radio group and the time zones (≈ 420 options, in the HTML and again in the React payload).
  { path: "/account/notifications", kind: "form with reference lists", member: true },
];

/** Visits the page and weighs what the browser fetched: the HTML document and its scripts, gzip-compressed. */
async function weigh(page: Page, visit: () => Promise<unknown>): Promise<{ html: number; htmlGzip: number; javascript: number }> {
  const scripts: Promise<number>[] = [];
  let html: Promise<Buffer> = Promise.resolve(Buffer.alloc(0));
  const onResponse = (response: Awaited<ReturnType<Page["waitForResponse"]>>) => {
    const type = response.request().resourceType();
    if (type === "script") scripts.push(response.body().then((body) => gzipSync(body).length));
    if (type === "document") html = response.body();
  };
  page.on("response", onResponse);
  await visit();
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  const document = await html;
  return { html: document.length, htmlGzip: gzipSync(document).length, javascript: (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0) };
}

for (const budgeted of PAGES) {
  test(`${budgeted.path} stays within the budget of a ${budgeted.kind} page`, async ({ page, shell }) => {
    if (budgeted.member) await new SignInPage(page, shell).signInAndLand("demo-member@example.org", DEMO_PASSWORD);
    const weight = await weigh(page, () => shell.visit(budgeted.path));
    const budget = BUDGETS[budgeted.kind];
    // PRINT_WEIGHTS=1 npx playwright test page-budgets: the figures in the README.
    if (process.env.PRINT_WEIGHTS) console.log(`${budgeted.path}: HTML ${Math.round(weight.html / KB)} KB (${Math.round(weight.htmlGzip / KB)} KB gzip), JavaScript ${Math.round(weight.javascript / KB)} KB gzip`);
    expect(weight.html, `HTML bytes of ${budgeted.path}`).toBeLessThanOrEqual(budget.html);
    expect(weight.javascript, `JavaScript bytes (gzip) of ${budgeted.path}`).toBeLessThanOrEqual(budget.javascript);
    // A weighing that saw nothing would pass any budget.
    expect(weight.javascript).toBeGreaterThan(50 * KB);
  });
}

// A request of the demo data with the member's own response (and its withdraw form) and the response form's
// translations: a page like a thread's.
test("a collaboration request's page stays within the budget of a thread page", async ({ page, shell, prisma }) => {
  const request = await prisma.collaborationRequest.findFirstOrThrow({ where: { title: { startsWith: "Partner experienced in monitoring visits" } }, select: { id: true } });
  await new SignInPage(page, shell).signInAndLand("demo-member@example.org", DEMO_PASSWORD);
  const weight = await weigh(page, () => shell.visit(`/collaborations/${request.id}`));
  if (process.env.PRINT_WEIGHTS) console.log(`/collaborations/[id]: HTML ${Math.round(weight.html / KB)} KB (${Math.round(weight.htmlGzip / KB)} KB gzip), JavaScript ${Math.round(weight.javascript / KB)} KB gzip`);
  expect(weight.html).toBeLessThanOrEqual(BUDGETS["thread page"].html);
  expect(weight.javascript).toBeLessThanOrEqual(BUDGETS["thread page"].javascript);
  expect(weight.javascript).toBeGreaterThan(50 * KB);
});

test("a conversation of the demo data (the Spanish group, with its composer) stays within the budget of a thread page", async ({ page, shell, prisma }) => {
  const conversation = await prisma.conversation.findFirstOrThrow({ where: { kind: "GROUP", participants: { some: { user: { email: "demo-member@example.org" } } } }, select: { id: true } });
  await new SignInPage(page, shell).signInAndLand("demo-member@example.org", DEMO_PASSWORD);
  const weight = await weigh(page, () => shell.visit(`/messages/${conversation.id}?page=1`));
  if (process.env.PRINT_WEIGHTS) console.log(`/messages/<group>: HTML ${Math.round(weight.html / KB)} KB (${Math.round(weight.htmlGzip / KB)} KB gzip), JavaScript ${Math.round(weight.javascript / KB)} KB gzip`);
  expect(weight.html).toBeLessThanOrEqual(BUDGETS["thread page"].html);
  expect(weight.javascript).toBeLessThanOrEqual(BUDGETS["thread page"].javascript);
  expect(weight.javascript).toBeGreaterThan(50 * KB);
});

test("the landing page carries no text of the areas it does not show: no sign-in, application, account, admin or email messages", async ({ shell }) => {
  const response = await shell.visit("/");
  const html = await response.text();
  const en = messages("en") as unknown as Record<string, unknown>;
  const strings = (value: unknown): string[] => (typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(strings) : []);
  for (const namespace of ["SignIn", "Apply", "ApplicationErrors", "AccountSecurity", "AccountErrors", "AdminApplication", "AdminMembers", "Mail", "Mailbox"]) {
    // Long, plain texts only: a short word could appear anywhere, and markup-bearing texts are not stored as-is.
    const texts = strings(en[namespace]).filter((text) => text.length > 30 && !/[{<]/.test(text));
    expect(texts.length, `${namespace} has texts to look for`).toBeGreaterThan(0);
    const found = texts.filter((text) => html.includes(text) || html.includes(JSON.stringify(text).slice(1, -1)));
    expect([namespace, found]).toEqual([namespace, []]);
  }
});

// A campaign of the "nothing leaks" world (two live stories, one with a photo) and its spotlights, signed out.
test("a public campaign's page and its spotlights stay within the budget of a public page", async ({ page, shell, prisma }) => {
  const world = await createLeakWorld(prisma);
  for (const path of [`/campaigns/${world.campaign.slug}`, `/campaigns/${world.campaign.slug}/rosa`, `/campaigns/${world.campaign.slug}/open`]) {
    const weight = await weigh(page, () => shell.visit(path));
    if (process.env.PRINT_WEIGHTS) console.log(`${path}: HTML ${Math.round(weight.html / KB)} KB (${Math.round(weight.htmlGzip / KB)} KB gzip), JavaScript ${Math.round(weight.javascript / KB)} KB gzip`);
    expect(weight.html, `HTML bytes of ${path}`).toBeLessThanOrEqual(BUDGETS["public page"].html);
    expect(weight.javascript, `JavaScript bytes (gzip) of ${path}`).toBeLessThanOrEqual(BUDGETS["public page"].javascript);
    expect(weight.javascript).toBeGreaterThan(50 * KB);
  }
});
