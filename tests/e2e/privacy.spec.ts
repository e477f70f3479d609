import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { MEMBER_AREAS, PUBLIC_PAGES } from "./support/areas";
import { SignInPage } from "./support/sign-in";
import { foreignSources, parseCsp } from "./support/csp";
import { expect, test } from "./support/test";

test("robots.txt turns every crawler away from everything but the pages of campaigns made indexable", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const lines = (await response.text())
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => {
      const [field = "", ...value] = line.split(":");
      return { field: field.trim().toLowerCase(), value: value.join(":").trim() };
    });
  // Groups: one or more User-agent lines, then their rules.
  const groups: Array<{ agents: string[]; rules: typeof lines }> = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (line.field !== "user-agent") last?.rules.push(line);
    else if (last && last.rules.length === 0) last.agents.push(line.value);
    else groups.push({ agents: [line.value], rules: [] });
  }
  const group = groups.find((candidate) => candidate.agents.includes("*"))?.rules;
  if (!group) throw new Error("robots.txt has no User-agent: * group");
  expect(group.filter((line) => line.field === "disallow").map((line) => line.value)).toContain("/");
  // Allow lines exist only while an admin made a campaign indexable (issue 16), and reopen exactly its public pages
  // (tests/e2e/campaigns-public.spec.ts checks which); nothing of the member area.
  for (const line of group.filter((entry) => entry.field === "allow")) {
    expect(line.value, "an Allow line reopens only a public page").toMatch(/^\/(campaigns\/[a-z0-9-]+(\/[a-z0-9-]+)?|bangkok-rules)[$?]$/);
  }
});

test("every page asks search engines not to index it", async ({ page, shell }) => {
  for (const path of [...PUBLIC_PAGES, "/no-such-page"]) {
    await shell.visit(path, { status: path === "/no-such-page" ? 404 : 200 });
    // Next.js adds its own noindex tag to error pages, so there may be more than one; all must say noindex.
    const contents = await page.locator('meta[name="robots"]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute("content") ?? ""));
    expect(contents.length, `meta robots on ${path}`).toBeGreaterThan(0);
    for (const content of contents) expect(content, `meta robots on ${path}`).toMatch(/(^|,)\s*noindex\s*(,|$)/);
  }
});

const HEADER_CHECKED = [...PUBLIC_PAGES, "/no-such-page", "/robots.txt", "/api/health"];

for (const path of HEADER_CHECKED) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();

    const cspHeader = headers["content-security-policy"];
    expect(cspHeader, "Content-Security-Policy").toBeTruthy();
    const csp = parseCsp(cspHeader ?? "");
    expect(csp.has("default-src"), "a default-src fallback").toBe(true);
    expect(foreignSources(csp), "CSP sources that are not this site").toEqual([]);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(["no-referrer", "same-origin"], "a Referrer-Policy that tells other sites nothing").toContain(
      headers["referrer-policy"] ?? "(missing)",
    );
    const frameAncestors = csp.get("frame-ancestors")?.join(" ");
    const frameOptions = headers["x-frame-options"]?.toUpperCase();
    expect(frameAncestors === "'none'" || frameOptions === "DENY", `no framing (frame-ancestors ${frameAncestors}, X-Frame-Options ${frameOptions})`).toBe(true);
    expect(headers["x-powered-by"], "no X-Powered-By").toBeUndefined();
  });
}

test("the built scripts and styles carry the same headers", async ({ page, request, shell }) => {
  await shell.visit("/");
  const assets = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>("script[src], link[rel=stylesheet]")].map(
      (element) => (element instanceof HTMLScriptElement ? element.src : element.href),
    ),
  );
  expect(assets.length, "the page loads built assets").toBeGreaterThan(0);
  for (const asset of assets.slice(0, 3)) {
    const headers = (await request.get(asset)).headers();
    expect(foreignSources(parseCsp(headers["content-security-policy"] ?? "")), asset).toEqual([]);
    expect(headers["x-content-type-options"], asset).toBe("nosniff");
  }
});

test("each page response gets a fresh script nonce", async ({ request }) => {
  const nonces = await Promise.all(
    [1, 2].map(async () => {
      const csp = parseCsp((await request.get("/")).headers()["content-security-policy"] ?? "");
      return csp.get("script-src")?.find((source) => source.startsWith("'nonce-"));
    }),
  );
  expect(nonces[0], "a nonce in script-src").toBeTruthy();
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("browsing the site sends no request to any other origin", async ({ page, shell, requestLog, baseURL, prisma }) => {
  await shell.visit("/");
  await shell.visit("/apply");
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  for (const area of MEMBER_AREAS) await shell.navigateTo(area.href);
  await shell.switchLanguage("pt");
  await page.setViewportSize({ width: 360, height: 740 });
  await shell.navigateTo("/board");

  // The recorder really saw the page and its assets; the fixture then fails the test on any foreign URL.
  const origin = new URL(baseURL ?? "").origin;
  expect(requestLog.urls).toContain(`${origin}/`);
  expect(requestLog.urls.some((url) => url.startsWith(`${origin}/_next/static/`)), "built assets were requested").toBe(true);
  expect(requestLog.offOrigin()).toEqual([]);
});
