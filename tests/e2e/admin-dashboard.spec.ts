// The admin dashboard (/admin): an admin sees what waits with its age, members by continent and country (the map
// and tables), the activity charts each with its table, and the languages, on a 360 px phone, axe-clean; a
// moderator sees the flags waiting and none of the network's figures nor the applications.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createModerator, createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET } from "@/prisma/seed/demo-data";
import { createThreadRow } from "@/tests/factories/board";
import { createAdminWithTwoStep } from "./support/applications";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const d = en.AdminDashboard;
const DAY = 24 * 60 * 60_000;

/** An open flag raised `days` ago on a new post, so the oldest open flag is at least that old. */
async function oldFlag(prisma: PrismaClient, days: number) {
  const author = await createMember(prisma);
  const reporter = await createMember(prisma);
  const thread = await createThreadRow(prisma, { authorId: author.id, title: "A post someone flagged" });
  const post = await prisma.boardPost.findFirstOrThrow({ where: { threadId: thread.id } });
  await prisma.moderationFlag.create({ data: { targetType: "BoardPost", targetId: post.id, reporterId: reporter.id, reason: "SPAM", createdAt: new Date(Date.now() - days * DAY - 60_000) } });
}

/** The start-up run of the aggregation job has finished (the app runs it as soon as its worker starts). */
async function figuresComputed(prisma: PrismaClient) {
  await expect.poll(() => prisma.dashboardRefresh.count(), { message: "the dashboard-aggregates job ran", timeout: 30_000 }).toBe(1);
}

test.use({ viewport: { width: 360, height: 800 } });

test("an admin sees what waits, where members are, the activity charts with their tables and the languages", async ({ page, shell, prisma }) => {
  await oldFlag(prisma, 9);
  await figuresComputed(prisma);
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });

  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
  await shell.landed();
  const main = page.getByRole("main");

  // What waits, with the oldest's age: the flag above is 9 days old (others may be older).
  await expect(main.getByTestId("backlog-flags")).toContainText(/waiting, the oldest for ([9]|[1-9]\d+) days/);
  await expect(main.getByTestId("backlog-applications").getByRole("link", { name: d.applicationsLink })).toBeVisible();
  await expect(main.getByTestId("figures-as-of")).toContainText(/Figures as of .*\d/);

  // Members by country: the map (a named group of links) and the tables, with the figures the job kept.
  await expect(main.getByRole("group", { name: d.mapTitle })).toBeVisible();
  const countries = main.getByRole("table", { name: d.countriesCaption });
  const kenya = await prisma.dashboardCount.findUniqueOrThrow({ where: { metric_key: { metric: "country", key: "KE" } } });
  await expect(countries.getByRole("row", { name: new RegExp(`^Kenya ${kenya.count} `) })).toBeVisible();
  await expect(main.getByRole("table", { name: d.continentsCaption }).getByRole("rowheader", { name: en.Geography.continents.AF })).toBeVisible();

  // Each chart is an image named by its title, with its figures one click away in a table of 12 months.
  for (const chart of ["members", "threads", "posts", "requests"] as const) {
    const section = main.getByTestId(`chart-${chart}`);
    await expect(section.getByRole("img", { name: d.charts[chart].title })).toBeVisible();
    await section.getByText(d.showTable).click();
    const table = section.getByRole("table", { name: d.charts[chart].title });
    await expect(table).toBeVisible();
    await expect(table.locator("tbody tr")).toHaveCount(12);
  }
  await expect(main.getByTestId("chart-requests").getByRole("columnheader", { name: d.requestStatuses.COMPLETED })).toBeVisible();
  await expect(main.getByRole("table", { name: d.workingLanguagesCaption }).getByRole("rowheader", { name: "English" })).toBeVisible();
  // With the tables open, the page still fits a phone's width (wide tables scroll inside their box).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shell.landed();

  // Two years instead of one, from a plain link.
  await main.getByRole("link", { name: d.range.replace("{months}", "24") }).click();
  await expect(page).toHaveURL(/\/admin\?months=24$/);
  await shell.landed();
  await main.getByTestId("chart-posts").getByText(d.showTable).click();
  await expect(main.getByTestId("chart-posts").locator("tbody tr")).toHaveCount(24);
});

test("a moderator sees the flags waiting, and neither the applications nor the network's figures", async ({ page, shell, prisma }) => {
  await oldFlag(prisma, 3);
  const demo = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL }, select: { totpSecret: true } });
  const moderator = await createModerator(prisma, { totpSecret: demo.totpSecret, totpEnabledAt: new Date(), locale: "en" });
  await new SignInPage(page, shell).signInAndLand(moderator.email, TEST_PASSWORD, { totpSecret: DEMO_ADMIN_TOTP_SECRET });

  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
  await shell.landed();
  const main = page.getByRole("main");
  await expect(main.getByTestId("backlog-flags")).toContainText(/waiting, the oldest for \d+ days?/);
  await expect(main.getByTestId("backlog-flags").getByRole("link", { name: d.flagsLink })).toBeVisible();
  await expect(main.getByTestId("backlog-applications")).toHaveCount(0);
  await expect(main.getByRole("heading", { name: d.networkTitle })).toHaveCount(0);
  await expect(main.getByRole("img")).toHaveCount(0);
  await expect(main.getByRole("table")).toHaveCount(0);
  await expect(main).toContainText(d.moderatorNote);
});
