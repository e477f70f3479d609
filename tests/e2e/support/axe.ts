// The accessibility check every visited page runs: axe-core against WCAG 2.0, 2.1 and 2.2 levels A and AA.
// The fixture in test.ts fails any test that visits a page without calling this on it.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

const checked = new WeakMap<Page, Set<string>>();

/** A URL without its fragment: jumping to #main is not a new page. */
export function pageKey(url: string): string {
  return url.split("#")[0] ?? url;
}

/** The pages (URLs) of this tab that have passed or failed an accessibility check. */
export function checkedPages(page: Page): ReadonlySet<string> {
  return checked.get(page) ?? new Set();
}

/** One readable line per violation, with the first few offending elements. */
export function describeViolation(violation: Violation): string {
  const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(" "));
  const more = violation.nodes.length > targets.length ? ` (+${violation.nodes.length - targets.length} more)` : "";
  return `${violation.id} [${violation.impact ?? "unknown"}] ${violation.help}: ${targets.join(", ")}${more} — ${violation.helpUrl}`;
}

export async function expectNoA11yViolations(page: Page): Promise<void> {
  const url = page.url();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const set = checked.get(page) ?? new Set<string>();
  set.add(pageKey(url));
  checked.set(page, set);
  expect(results.violations.map(describeViolation), `accessibility violations on ${url}`).toEqual([]);
}

/**
 * The accessibility check of a page whose browser runs no JavaScript. axe-core cannot run there: with scripts off
 * Chromium runs no timer callbacks, and axe's run waits on setTimeout, so `analyze()` never settles (it is not slow:
 * a one-line page hangs the same). So the page's DOM as it stands (`content()`, scripts stripped) is served again at
 * its own address to a tab of a JavaScript-enabled context whose requests for scripts are refused: the same
 * markup and styles, nothing of the page's own code runs, and axe runs there.
 */
export async function expectNoA11yViolationsWithoutScripts(noScriptPage: Page): Promise<void> {
  const url = noScriptPage.url();
  const html = (await noScriptPage.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const browser = noScriptPage.context().browser();
  if (!browser) throw new Error("The page's browser is not available");
  const context = await browser.newContext({ viewport: noScriptPage.viewportSize() });
  try {
    const page = await context.newPage();
    await page.route("**/*", (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.url() === url) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      if (request.resourceType() === "script") return route.abort();
      return route.continue();
    });
    await page.goto(url);
    await page.waitForLoadState("load");
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map(describeViolation), `accessibility violations on ${url} (without JavaScript)`).toEqual([]);
  } finally {
    await context.close();
  }
}
