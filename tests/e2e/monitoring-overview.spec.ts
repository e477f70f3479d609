// The monitoring picture (issue 15, journey 5): a member opens /monitoring from the menu, narrows the matrix to an
// organization's visits, reads a cell's text alternative, follows it to the findings behind it and on to the
// report; on a 360 px phone without JavaScript she filters with the GET form, the matrix reads rule by rule (the
// page never scrolls sideways), and an entry still leads to its findings; the rule's page lists them too. Only
// what is published to the network is counted. Every page is checked with axe.
import type { Browser, Page } from "@playwright/test";
import { createPlaceRow, createReportRow } from "@/tests/factories/monitoring";
import { createOrganization } from "@/tests/factories/organizations";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { ownClientAddress } from "./support/applications";
import { expectNoA11yViolationsWithoutScripts } from "./support/axe";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const en = messages("en");

test.use({ extraHTTPHeaders: ownClientAddress() });

/** An organization's visits: two published to the network (Kenya, Uganda), one kept to it and a draft (never counted). */
async function monitoringData(prisma: PrismaClient) {
  const suffix = uniqueSuffix();
  const author = await createMember(prisma);
  const organization = await createOrganization(prisma, { name: `Visiting Monitors ${suffix}`, members: [author] });
  const kenya = await createPlaceRow(prisma, { createdById: author.id, countryCode: "KE", type: "PRISON", name: `Langata women's prison ${suffix}` });
  const uganda = await createPlaceRow(prisma, { createdById: author.id, countryCode: "UG", type: "POLICE_CUSTODY", name: `Central police station ${suffix}` });
  const visit = new Date(Date.UTC(2025, 2, 4));
  const report = await createReportRow(prisma, {
    authorId: author.id, placeId: kenya.id, organizationId: organization.id, title: `Visit to Langata ${suffix}`, visitStartedOn: visit,
    findings: [{ ruleNumber: 5, assessment: "DOES_NOT_COMPLY", observations: `No sanitary towels were handed out ${suffix}` }, { ruleNumber: 6, assessment: "COMPLIES" }],
  });
  await createReportRow(prisma, { authorId: author.id, placeId: kenya.id, organizationId: organization.id, visitStartedOn: visit, findings: [{ ruleNumber: 5, assessment: "PARTLY_COMPLIES" }] });
  await createReportRow(prisma, { authorId: author.id, placeId: uganda.id, organizationId: organization.id, visitStartedOn: visit, findings: [{ ruleNumber: 5, assessment: "COMPLIES" }] });
  await createReportRow(prisma, { authorId: author.id, placeId: kenya.id, organizationId: organization.id, visibility: "ORGANIZATION", findings: [{ ruleNumber: 5, assessment: "COMPLIES" }] });
  await createReportRow(prisma, { authorId: author.id, placeId: kenya.id, organizationId: organization.id, status: "DRAFT", findings: [{ ruleNumber: 5, assessment: "COMPLIES" }] });
  return { author, organization, report, suffix };
}

const kenyaRule5 = /^Kenya, rule 5: 0 comply, 1 partly, 1 does not comply, 0 not assessed$/;

test("a member narrows the matrix to an organization and follows a cell to its findings and report", async ({ page, shell, prisma }) => {
  test.setTimeout(120_000);
  const { organization, report, suffix } = await monitoringData(prisma);
  const viewer = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(viewer.email, TEST_PASSWORD);
  const main = page.getByRole("main");

  await shell.navigateTo("/monitoring");
  await expect(shell.heading).toHaveText(en.MonitoringOverview.title);
  await main.getByLabel(en.MonitoringOverview.organization).selectOption(organization.slug);
  await main.getByRole("button", { name: en.MonitoringOverview.apply }).click();
  await expect(page).toHaveURL(new RegExp(`/monitoring\\?by=country&.*organization=${organization.slug}`));
  await shell.landed();

  const table = main.getByRole("table", { name: en.MonitoringOverview.captionCountry });
  await expect(table.getByRole("columnheader")).toHaveText([en.MonitoringOverview.ruleColumn, "Kenya", "Uganda"]);
  await expect(table.getByRole("rowheader", { name: /^5\. / })).toBeVisible();
  await expect(table.getByRole("link", { name: /^Uganda, rule 5: 1 complies/ })).toBeVisible();
  // Rule 6 in Kenya: one finding; the organization-only report and the draft are not counted in rule 5.
  await expect(table.getByRole("link", { name: /^Kenya, rule 6: 1 complies, 0 partly/ })).toBeVisible();
  await table.getByRole("link", { name: kenyaRule5 }).click();
  await expect(page).toHaveURL(new RegExp(`/monitoring/findings\\?rule=5&country=KE&organization=${organization.slug}$`));
  await shell.landed();
  await expect(shell.heading).toContainText("5");
  const findings = main.getByRole("list", { name: en.MonitoringFindings.listLabel });
  await expect(findings.getByRole("listitem")).toHaveCount(2);
  await expect(findings).toContainText(`No sanitary towels were handed out ${suffix}`);

  await main.getByRole("link", { name: en.MonitoringOverview.assessments.DOES_NOT_COMPLY }).click();
  await expect(page).toHaveURL(/assessment=DOES_NOT_COMPLY/);
  await shell.landed();
  await expect(findings.getByRole("listitem")).toHaveCount(1);
  await expect(findings.getByRole("link", { name: `Report: Visit to Langata ${suffix}` })).toHaveAttribute("href", `/monitoring/reports/${report.id}`);

  // The rule's page lists the network's findings on it and links to them all.
  await shell.visit("/rules/5");
  await expect(main.getByRole("heading", { name: en.RuleFindings.title })).toBeVisible();
  await expect(main.getByRole("link", { name: en.RuleFindings.seeAll.replace("{number}", "5") })).toHaveAttribute("href", "/monitoring/findings?rule=5");
});

/** A member's browser on a 360 px phone without JavaScript, signed in through the real form first. */
async function phoneWithoutJavaScript(browser: Browser, baseURL: string, email: string) {
  const signingIn = await browser.newContext({ baseURL, extraHTTPHeaders: ownClientAddress() });
  const signInPage = await signingIn.newPage();
  await new SignInPage(signInPage, new Shell(signInPage)).signInAndLand(email, TEST_PASSWORD);
  const storageState = await signingIn.storageState();
  await signingIn.close();
  const context = await browser.newContext({ baseURL, storageState, javaScriptEnabled: false, viewport: { width: 360, height: 740 }, extraHTTPHeaders: ownClientAddress() });
  const page = await context.newPage();
  return { context, page, shell: new Shell(page), main: page.getByRole("main") };
}

const scrollWidth = (page: Page) => page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

test("on a 360 px phone without JavaScript the filters work and the matrix reads rule by rule", async ({ page, shell, browser, baseURL, prisma }) => {
  test.setTimeout(150_000);
  const { organization } = await monitoringData(prisma);
  const viewer = await createMember(prisma);
  const phone = await phoneWithoutJavaScript(browser, baseURL!, viewer.email);
  const heading = phone.main.getByRole("heading", { level: 1 });
  await phone.page.goto("/monitoring");
  await expect(heading).toHaveText(en.MonitoringOverview.title);
  // The page as this browser has it, without JavaScript, is checked too (see expectNoA11yViolationsWithoutScripts).
  await expectNoA11yViolationsWithoutScripts(phone.page);
  await phone.main.getByLabel(en.MonitoringOverview.organization).selectOption(organization.slug);
  await phone.main.getByLabel(en.MonitoringOverview.type).selectOption("PRISON");
  await phone.main.getByLabel(en.MonitoringOverview.by).selectOption("continent");
  await phone.main.getByRole("button", { name: en.MonitoringOverview.apply }).click();
  await expect(phone.page).toHaveURL(new RegExp(`/monitoring\\?by=continent&type=PRISON&.*organization=${organization.slug}`));
  await expect(heading).toHaveText(en.MonitoringOverview.title);
  const filtered = phone.page.url();
  expect(await scrollWidth(phone.page), "the page itself never scrolls sideways").toBeLessThanOrEqual(360);
  await expectNoA11yViolationsWithoutScripts(phone.page);
  // On a phone the matrix reads rule by rule (the table is for wider screens), every entry a link that says what it counts.
  await expect(phone.main.getByRole("table")).toHaveCount(0);
  await expect(phone.main.getByRole("heading", { level: 3, name: /^5\. / })).toBeVisible();
  await expect(phone.main.getByText(en.MonitoringOverview.countedNow)).toBeVisible();
  const cell = phone.main.getByRole("link", { name: /^Africa, rule 5: 0 comply, 1 partly, 1 does not comply, 0 not assessed$/ });
  await expect(cell).toBeVisible();
  await cell.click();
  await expect(phone.page).toHaveURL(new RegExp(`/monitoring/findings\\?rule=5&type=PRISON&organization=${organization.slug}&continent=AF$`));
  await expect(heading).toContainText("5");
  const findings = phone.page.url();
  expect(await scrollWidth(phone.page)).toBeLessThanOrEqual(360);
  await expect(phone.main.getByRole("list", { name: en.MonitoringFindings.listLabel }).getByRole("listitem")).toHaveCount(2);
  await phone.context.close();

  // The same pages at 360 px with JavaScript pass the accessibility check as well.
  await page.setViewportSize({ width: 360, height: 740 });
  await new SignInPage(page, shell).signInAndLand(viewer.email, TEST_PASSWORD);
  await shell.visit(filtered.replace(/^https?:\/\/[^/]+/, ""));
  await shell.visit(findings.replace(/^https?:\/\/[^/]+/, ""));
});
