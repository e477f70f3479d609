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
