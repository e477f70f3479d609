// A monitoring team writes one report in turn: the author on a phone (360 px, JavaScript on) adds the place,
// starts the report and records a finding; her colleague, with JavaScript off, adds the summary and a
// recommendation; the author's stale save is refused as a conflict that shows the colleague's text and keeps
// hers; the personal-data check warns before review; the colleague reviews and publishes. Every page the author
// sees is checked with axe; the colleague's (no JavaScript, where axe cannot run) through
// expectNoA11yViolationsWithoutScripts.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { expectNoA11yViolationsWithoutScripts } from "./support/axe";
import { messages } from "./support/messages";
import { SignInPage, signInOnPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const WIDTH = 360;

test.use({ viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true });

const scrollWidth = (page: Page) => page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

test("two members write a report in turn, one without JavaScript, and the other reviews and publishes it", async ({ page, shell, prisma, browser, baseURL }) => {
  test.setTimeout(240_000);
  const marker = randomBytes(4).toString("hex");
  const author = await createMember(prisma, { displayName: `Author ${marker}` });
  const colleague = await createMember(prisma, { displayName: `Colleague ${marker}` });
  const main = page.getByRole("main");
  const placeName = `Women's wing ${marker}`;

  // The author adds the place to the registry.
  await new SignInPage(page, shell).signInAndLand(author.email, TEST_PASSWORD);
  await shell.visit("/monitoring/places/new");
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
  await main.getByLabel(en.PlaceForm.countryCode).selectOption("KE");
  await main.getByLabel(en.PlaceForm.name).fill(placeName);
  await main.getByLabel(en.PlaceForm.type).selectOption("PRISON");
  await main.getByLabel(en.PlaceForm.locality).fill("Nairobi");
  await main.getByLabel(en.PlaceForm.capacity).fill("500");
  await main.getByLabel(en.PlaceForm.womenHeld).fill("2000");
  await main.getByRole("button", { name: en.PlaceForm.add }).click();
  await expect(main.getByText(en.Errors.fields.figuresImplausible).first()).toBeVisible();
  await shell.landed();
  await expect(main.getByLabel(en.PlaceForm.name)).toHaveValue(placeName);
  await main.getByLabel(en.PlaceForm.womenHeld).fill("412");
  await main.getByRole("button", { name: en.PlaceForm.add }).click();
  await expect(page).toHaveURL(/\/monitoring\/places\/[a-z0-9]+\?done=added$/);
  await shell.landed();
  await expect(shell.heading).toHaveText(placeName);

  // … finds it in the registry by searching without the apostrophe's word …
  await shell.visit(`/monitoring/places?country=KE&q=${marker}`);
  await expect(main.getByRole("link", { name: placeName })).toBeVisible();
  await main.getByRole("link", { name: placeName }).click();
  await expect(page).toHaveURL(/\/monitoring\/places\/[a-z0-9]+$/);
  await shell.landed();

  // … and starts a report on it.
  await main.getByRole("link", { name: en.PlacePage.writeReport }).click();
  await shell.landed();
  await main.getByLabel(en.ReportForm.title).fill(`Visit to the women's wing ${marker}`);
  await main.getByLabel(en.ReportForm.visitStartedOn).fill("2026-03-02");
  await main.getByLabel(en.ReportForm.visitEndedOn).fill("2026-03-01");
  await main.getByRole("button", { name: en.NewReport.start }).click();
  await expect(main.getByText(en.Errors.fields.endsBeforeStart).first()).toBeVisible();
  await shell.landed();
  await main.getByLabel(en.ReportForm.visitEndedOn).fill("2026-03-03");
  await main.getByRole("button", { name: en.NewReport.start }).click();
  await expect(page).toHaveURL(/\/monitoring\/reports\/[a-z0-9]+\/edit\?done=started$/);
  await shell.landed();
  const editUrl = page.url().replace(/\?.*$/, "").replace(/^https?:\/\/[^/]+/, "");
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);

  // She adds her colleague to the team and a finding on rule 5 (personal hygiene), naming someone by mistake.
  await main.getByLabel(en.ReportForm.teamHandles).fill(colleague.profile.handle);
  await main.locator("summary", { hasText: en.BangkokRules.sections.I_5 }).click();
  await main.getByLabel(en.ReportForm.assessment.replace("{number}", "5"), { exact: true }).selectOption("DOES_NOT_COMPLY");
  await main.getByLabel(en.ReportForm.observations.replace("{number}", "5"), { exact: true }).fill(`No sanitary products; Mrs Achieng said so ${marker}.`);
  await main.locator("#findings").getByRole("button", { name: en.ReportForm.saveSection }).click();
  await expect(page).toHaveURL(/\?done=saved#findings$/);
  await shell.landed();
  await expect(main.getByText(en.ReportForm.done.saved)).toBeVisible();

  // The colleague, with JavaScript off, writes the summary and a recommendation while the author's form is open.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const other = await context.newPage();
  const otherMain = other.getByRole("main");
  await signInOnPage(other, colleague.email, TEST_PASSWORD);
  await other.goto(editUrl);
  await expectNoA11yViolationsWithoutScripts(other);
  await otherMain.getByLabel(en.ReportForm.summary).fill(`The wing holds **twice** its capacity ${marker}.`);
  await otherMain.getByLabel(en.ReportForm.recText.replace("{number}", "1"), { exact: true }).fill("Provide sanitary products free of charge.");
  await otherMain.getByLabel(en.ReportForm.recAuthority).first().fill("Kenya Prisons Service");
  await otherMain.getByLabel(en.ReportForm.recPriority).first().selectOption("HIGH");
  await otherMain.locator("#recommendations").getByRole("button", { name: en.ReportForm.saveSection }).click();
  await expect(other).toHaveURL(/\?done=saved#recommendations$/);
  await expect(otherMain.getByText(en.ReportForm.done.saved)).toBeVisible();

  // The author's save, based on the revision she loaded, is refused: her summary stays with the colleague's shown
  // beside it, and the recommendation only the colleague wrote is taken into her form.
  await main.getByLabel(en.ReportForm.summary).fill("My own summary.");
  await main.locator("#method").getByRole("button", { name: en.ReportForm.saveSection }).click();
  await expect(main.getByText(`Now saved: “The wing holds **twice** its capacity ${marker}.”`)).toBeVisible();
  await expect(main.getByLabel(en.ReportForm.summary)).toHaveValue("My own summary.");
  await expect(main.getByLabel(en.ReportForm.recText.replace("{number}", "1"), { exact: true })).toHaveValue("Provide sanitary products free of charge.");
  await expectNoScroll(page);
  await shell.landed();
  // She takes the colleague's summary back and saves again, knowingly.
  await main.getByLabel(en.ReportForm.summary).fill(`The wing holds **twice** its capacity ${marker}.`);
  await main.locator("#method").getByRole("button", { name: en.ReportForm.saveSection }).click();
  await expect(page).toHaveURL(/\?done=saved#method$/);
  await shell.landed();
  await expect(main.getByLabel(en.ReportForm.recText.replace("{number}", "1"), { exact: true })).toHaveValue("Provide sanitary products free of charge.");

  // Sending it for review: the check names what looks like a person's name, and she confirms.
  await main.getByRole("link", { name: en.ReportForm.viewReport }).click();
  await shell.landed();
  await expect(main.getByText(en.ReportPage.personalDataTitle)).toBeVisible();
  await expect(main.getByText(/Mrs Achieng/).first()).toBeVisible();
  await main.getByLabel(en.ReportPage.personalDataConfirm).check();
  await main.getByRole("button", { name: en.ReportPage.confirmAndSend }).click();
  await expect(page).toHaveURL(/\?done=inReview$/);
  await shell.landed();
  await expect(main.getByText(en.ReportPage.done.inReview)).toBeVisible();
  await expect(main.getByRole("button", { name: en.ReportPage.decide })).toHaveCount(0);

  // The colleague reviews and publishes to the network, without JavaScript.
  await other.goto(editUrl.replace(/\/edit$/, ""));
  await expectNoA11yViolationsWithoutScripts(other);
  await otherMain.getByLabel(en.ReportPage.publish, { exact: true }).check();
  await otherMain.getByLabel(en.ReportVisibility.NETWORK, { exact: true }).check();
  await otherMain.getByLabel(en.ReportPage.personalDataConfirm).check();
  await otherMain.getByRole("button", { name: en.ReportPage.decide }).click();
  await expect(other).toHaveURL(/\?done=published$/);
  await expect(otherMain.getByText(en.ReportPage.done.published)).toBeVisible();
  await context.close();

  // The author reads the published report, its finding and recommendation, with the export links.
  await shell.visit(editUrl.replace(/\/edit$/, ""));
  await expect(main.getByRole("definition").filter({ hasText: new RegExp(`^${en.ReportStatus.PUBLISHED}$`) }).first()).toBeVisible();
  await expect(main.locator("strong", { hasText: "twice" })).toBeVisible();
  await expect(main.getByText(en.Assessments.DOES_NOT_COMPLY).first()).toBeVisible();
  await expect(main.getByText("Provide sanitary products free of charge.").first()).toBeVisible();
  await expect(main.getByRole("link", { name: en.ReportPage.exportPdf })).toHaveAttribute("href", /\/export\/pdf$/);
  const findings = await prisma.monitoringFinding.findMany({ where: { report: { place: { name: placeName } } }, select: { ruleNumber: true, networkVisible: true } });
  expect(findings).toEqual([{ ruleNumber: 5, networkVisible: true }]);
});

async function expectNoScroll(page: Page) {
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
}
