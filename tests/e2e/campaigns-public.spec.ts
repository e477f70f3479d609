// The public campaign pages against the built app, signed out (issue 16): a campaign and its spotlights in two
// languages switched by plain links, at 360 px, without JavaScript; 410 for a withdrawn spotlight, 404 for one
// never public and for an unknown address; robots.txt and the sitemap with indexing off and on; and "nothing
// leaks": every public page, in every language, is searched for each value that was not approved
// (tests/factories/campaigns.ts, its sentinels).
import type { APIRequestContext, Page } from "@playwright/test";
import { createLeakWorld, leakedSentinels, type LeakWorld } from "@/tests/factories/campaigns";
import { TEST_PASSWORD } from "@/tests/factories/users";
import { LOCALES, messages } from "./support/messages";
import { signInOnPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const es = messages("es");

// One after another: each builds a whole campaign world, and the embedded database serializes every write.
test.describe.configure({ mode: "default" });

/** How wide the page scrolls: at most the viewport's width when nothing overflows sideways. */
const scrollWidth = (page: Page) => page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

/** Every public address of the world, with the status it must answer. */
function publicPages(world: LeakWorld): Array<[string, number]> {
  const campaign = `/campaigns/${world.campaign.slug}`;
  return [
    ["/campaigns", 200],
    [campaign, 200],
    [`${campaign}/rosa`, 200],
    [`${campaign}/open`, 200],
    [`${campaign}/withdrawn`, 410],
    [`${campaign}/requested`, 404],
    [`${campaign}/declined`, 404],
    [`${campaign}/tomorrow`, 404],
    [`${campaign}/rosa/photo`, 404],
    [`${campaign}/withdrawn/photo`, 404],
    ["/bangkok-rules", 200],
    ["/robots.txt", 200],
    ["/sitemap.xml", 200],
  ];
}

async function body(request: APIRequestContext, path: string, status: number): Promise<string> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(status);
  return response.text();
}

test("nothing leaks: no public page, in any language, shows a field that was not approved", async ({ request, prisma }) => {
  const world = await createLeakWorld(prisma, { indexable: true });
  for (const [path, status] of publicPages(world)) {
    // Pages in two languages (each campaign language falls back differently); robots, sitemap and photos have none.
    const languageFree = path.endsWith(".txt") || path.endsWith(".xml") || path.endsWith("/photo");
    for (const locale of languageFree ? ["en"] : ["en", "es"]) {
      const html = await body(request, languageFree ? path : `${path}?lang=${locale}`, status);
      expect(leakedSentinels(html, world.sentinels), `${path} in ${locale}`).toEqual([]);
    }
  }
  // The two other languages, on the pages that show people.
  for (const locale of LOCALES.filter((entry) => entry === "fr" || entry === "pt")) {
    for (const path of [`/campaigns/${world.campaign.slug}`, `/campaigns/${world.campaign.slug}/rosa`]) {
      expect(leakedSentinels(await body(request, `${path}?lang=${locale}`, 200), world.sentinels), `${path} in ${locale}`).toEqual([]);
    }
  }
  // And the test is not passing on empty pages: what was approved is there.
  const campaign = await body(request, `/campaigns/${world.campaign.slug}?lang=en`, 200);
  for (const value of [world.expected.campaignTitle, world.expected.otherName, world.expected.openName, world.expected.openOrganization]) expect(campaign).toContain(value);
  const rosa = await body(request, `/campaigns/${world.campaign.slug}/rosa?lang=en`, 200);
  expect(rosa).toContain(world.expected.story);
  expect(rosa).toContain(`<meta name="description" content="${world.expected.story}"`);
  const open = await request.get(`/campaigns/${world.campaign.slug}/open/photo`);
  expect([open.status(), open.headers()["content-type"], open.headers()["cache-control"], open.headers()["content-disposition"]]).toEqual([200, "image/webp", "no-cache", "inline"]);
});

test("a public page is the same for a signed-in member as for anyone (it can be cached whole)", async ({ browser, baseURL, request, prisma }) => {
  const world = await createLeakWorld(prisma);
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await signInOnPage(page, world.bystander.email, TEST_PASSWORD);
  // Each response has its own CSP nonce (the server's cache puts the request's own in); everything else is the same.
  const withoutNonce = (html: string) => {
    const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
    return nonce ? html.replaceAll(nonce, "NONCE") : html;
  };
  for (const path of [`/campaigns/${world.campaign.slug}/rosa?lang=es`, "/bangkok-rules?lang=fr"]) {
    const member = await context.request.get(path);
    const visitor = await request.get(path);
    expect(withoutNonce(await member.text()), path).toBe(withoutNonce(await visitor.text()));
    expect(await member.text()).not.toContain(world.bystander.displayName!);
  }
  await context.close();
});

test("a campaign and a spotlight, signed out at 360 px, switched between languages by links", async ({ page, shell, prisma }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const world = await createLeakWorld(prisma);
  const main = page.getByRole("main");
  await shell.visit("/campaigns?lang=en");
  await main.getByRole("link", { name: world.expected.campaignTitle }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${world.campaign.slug}\\?lang=en$`));
  await shell.landed();
  await expect(shell.heading).toHaveText(world.expected.campaignTitle);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await scrollWidth(page), "no sideways scrolling at 360 px").toBeLessThanOrEqual(360);
  const cards = main.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(cards.getByRole("heading", { level: 3 })).toHaveText([world.otherName, world.expected.openName]);
  await expect(main.getByText("#BangkokRules10").first()).toBeVisible();
  // Share links are plain links to the networks, with this page's absolute address.
  const share = main.getByRole("region", { name: en.CampaignPublic.share });
  await expect(share.getByRole("link")).toHaveCount(7);
  await expect(share.getByRole("link", { name: en.CampaignPublic.shareOn.replace("{network}", "Bluesky") })).toHaveAttribute("href", /^https:\/\/bsky\.app\/intent\/compose\?text=.*campaigns%2F/);
  // No member navigation, no member's menu: a neutral sign-in link only.
  await expect(page.getByRole("banner").getByRole("link")).toHaveCount(5); // the brand and four languages
  await expect(page.getByRole("contentinfo").getByRole("link", { name: en.CampaignPublic.membersSignIn })).toHaveAttribute("href", "/sign-in");

  await page.getByRole("banner").getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${world.campaign.slug}\\?lang=es$`));
  await shell.landed();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(shell.heading).toHaveText(`Las Reglas de Bangkok cumplen 10 ${world.marker}`);

  await main.getByRole("link", { name: es.CampaignPublic.readStoryOf.replace("{name}", world.otherName) }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${world.campaign.slug}/rosa\\?lang=es$`));
  await shell.landed();
  await expect(shell.heading).toHaveText(world.otherName);
  await expect(main.getByText(world.story.es)).toBeVisible();
  await expect(main.getByRole("img")).toHaveCount(0); // her photo was not approved
  expect(await scrollWidth(page), "no sideways scrolling at 360 px").toBeLessThanOrEqual(360);

  // A story written only in English, on a Spanish page, says so in its lang attribute; the approved photo shows.
  await shell.visit(`/campaigns/${world.campaign.slug}/open?lang=es`);
  await expect(main.getByText(`Open story ${world.marker}.`)).toHaveAttribute("lang", "en");
  await expect.poll(() => main.getByRole("img").evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(64);
  await expect(main.getByRole("blockquote")).toContainText(world.expected.openQuote);

  await shell.visit("/bangkok-rules?lang=pt");
  await expect(shell.heading).toHaveText(messages("pt").CampaignPublic.rules.title);
  expect(await scrollWidth(page), "no sideways scrolling at 360 px").toBeLessThanOrEqual(360);

  // A spotlight never made public reads like any unknown address.
  await shell.visit(`/campaigns/${world.campaign.slug}/requested`, { status: 404 });
  await expect(shell.heading).toHaveText(en.Errors.notFoundTitle);
  await shell.visit(`/campaigns/${world.campaign.slug}/withdrawn?lang=es`, { status: 410 });
  await expect(shell.heading).toHaveText(es.CampaignPublic.gone.title);
});

// Without JavaScript (no accessibility check here: axe runs in the page's JavaScript; the test above checks it).
test("without JavaScript: the spotlight reads, a withdrawn one answers 410, an unknown one 404", async ({ browser, baseURL, prisma }) => {
  const world = await createLeakWorld(prisma);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const live = await page.goto(`/campaigns/${world.campaign.slug}/rosa?lang=fr`);
  expect(live?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(world.otherName);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const gone = await page.goto(`/campaigns/${world.campaign.slug}/withdrawn?lang=fr`);
  expect(gone?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages("fr").CampaignPublic.gone.title);
  await expect(page.locator('meta[name="robots"][content="index, follow"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"][content="noindex, nofollow"]')).toHaveCount(1);
  // Never public, or no such address: the same 404. (Next.js renders a page's notFound() body in the browser:
  // without JavaScript only the status is checked here; the test above reads the page.)
  for (const path of [`/campaigns/${world.campaign.slug}/requested`, `/campaigns/${world.campaign.slug}/no-such-story`, "/campaigns/no-such-campaign"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  await context.close();
});

test("robots.txt and the sitemap list exactly the indexable campaigns' live pages", async ({ request, prisma }) => {
  const hidden = await createLeakWorld(prisma);
  const shown = await createLeakWorld(prisma, { indexable: true });
  const robots = await body(request, "/robots.txt", 200);
  const sitemap = await body(request, "/sitemap.xml", 200);
  expect(robots).toMatch(/Disallow: \/\n/);
  const base = `/campaigns/${shown.campaign.slug}`;
  for (const path of [base, `${base}/rosa`, `${base}/open`]) {
    expect(robots).toContain(`Allow: ${path}$`);
    expect(sitemap).toContain(`${path}</loc>`);
  }
  for (const text of [robots, sitemap]) {
    for (const never of [`/campaigns/${hidden.campaign.slug}`, `${base}/withdrawn`, `${base}/requested`, `${base}/declined`, `${base}/tomorrow`]) expect(text).not.toContain(`${never}$`);
    expect(text).not.toContain(hidden.campaign.slug);
  }
  // The page says the same: index for the indexable campaign, noindex for the other, and no blanket header.
  const indexable = await request.get(`${base}?lang=en`);
  expect(indexable.headers()["x-robots-tag"]).toBeUndefined();
  expect(await indexable.text()).toContain('<meta name="robots" content="index, follow"/>');
  expect(await body(request, `/campaigns/${hidden.campaign.slug}?lang=en`, 200)).toContain('<meta name="robots" content="noindex, nofollow"/>');
  expect((await request.get("/bangkok-rules")).headers()["x-robots-tag"]).toBeUndefined();
  // The member area keeps its blanket noindex header, and so does anything merely resembling a public address.
  for (const path of ["/sign-in", "/bangkok-rules/1", "/campaignsx"]) expect((await request.get(path)).headers()["x-robots-tag"], path).toBe("noindex, nofollow");
});
