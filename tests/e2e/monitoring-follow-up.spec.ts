// Following a place over time (issue 15, journeys 1 and 4): a member starts a follow-up visit from a published
// report — its recommendations come carried forward, she gives each a status, records a finding and uploads a
// phone photo as its evidence (refused until she confirms she redacted it; stored without its GPS position,
// downloaded by the report's readers only; without JavaScript too, and removed with its bytes) — and the place's
// page then shows both visits and what became of each recommendation. A moderator merges a duplicate entry of the registry into the place kept: its reports move,
// the duplicate points at the kept one, and the merge is in the audit log. Every page is checked with axe.
import sharp from "sharp";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET } from "@/prisma/seed/demo-data";
import { minimalPdf } from "@/tests/factories/files";
import { jpegWithLocation } from "@/tests/factories/images";
import { createPlaceRow, createReportRow } from "@/tests/factories/monitoring";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createMember, createModerator, TEST_PASSWORD } from "@/tests/factories/users";
import { expectNoA11yViolationsWithoutScripts } from "./support/axe";
import { messages } from "./support/messages";
import { SignInPage, signInOnPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

/** A place with one published visit (rule 5 assessed, two recommendations). */
async function visitedPlace(prisma: PrismaClient, suffix: string) {
  const author = await createMember(prisma);
  const place = await createPlaceRow(prisma, { createdById: author.id, countryCode: "KE", name: `Thika women's prison ${suffix}`, locality: "Thika" });
  const report = await createReportRow(prisma, {
    authorId: author.id,
    placeId: place.id,
    title: `First visit to Thika ${suffix}`,
    visitStartedOn: new Date(Date.UTC(2025, 2, 4)),
    findings: [{ ruleNumber: 5, assessment: "DOES_NOT_COMPLY" }],
    recommendations: [
      { text: `Provide sanitary products free of charge ${suffix}`, authority: "Kenya Prisons Service", priority: "HIGH", ruleNumber: 5 },
      { text: `Open a mother and baby unit ${suffix}`, authority: "Ministry of Interior" },
    ],
  });
  return { author, place, report };
}

test("a follow-up visit carries the recommendations forward, takes a redacted photo as evidence, and the place shows its history", async ({ page, shell, prisma, browser, baseURL }) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const { place, report } = await visitedPlace(prisma, suffix);
  const visitor = await createMember(prisma);
  const main = page.getByRole("main");
  await new SignInPage(page, shell).signInAndLand(visitor.email, TEST_PASSWORD);

  // From the published report, a follow-up visit: a draft of her own with both recommendations carried.
  await shell.visit(`/monitoring/reports/${report.id}`);
  await main.getByRole("button", { name: en.ReportPage.followUp }).click();
  await expect(page).toHaveURL(/\/monitoring\/reports\/[a-z0-9]+\/edit\?done=followUp$/);
  await shell.landed();
  const editUrl = page.url().replace(/\?.*$/, "").replace(/^https?:\/\/[^/]+/, "");
  const followUpId = editUrl.split("/")[3]!;
  expect(followUpId).not.toBe(report.id);
  await expect(main.getByText(en.ReportForm.done.followUp)).toBeVisible();
  await expect(main.getByLabel(en.ReportForm.recText.replace("{number}", "1"), { exact: true })).toHaveValue(`Provide sanitary products free of charge ${suffix}`);
  await expect(main.getByLabel(en.ReportForm.recText.replace("{number}", "2"), { exact: true })).toHaveValue(`Open a mother and baby unit ${suffix}`);
  await expect(main.getByText(en.ReportForm.carried)).toHaveCount(2);
  // No finding is saved yet, so there is nothing to attach a file to.
  await expect(main.locator("#evidence").getByText(en.ReportForm.evidenceNoFindings)).toBeVisible();

  // She records the finding on rule 5 and what became of each recommendation, in one save.
  await main.locator("summary", { hasText: en.BangkokRules.sections.I_5 }).click();
  await main.getByLabel(en.ReportForm.assessment.replace("{number}", "5"), { exact: true }).selectOption("PARTLY_COMPLIES");
  await main.getByLabel(en.ReportForm.followUp).nth(0).selectOption("IMPLEMENTED");
  await main.getByLabel(en.ReportForm.followUpNote).nth(0).fill(`Handed out monthly since June ${suffix}`);
  await main.getByLabel(en.ReportForm.followUp).nth(1).selectOption("NOT_IMPLEMENTED");
  await main.locator("#recommendations").getByRole("button", { name: en.ReportForm.saveSection }).click();
  await expect(page).toHaveURL(/\?done=saved#recommendations$/);
  await shell.landed();

  // A phone photo as the finding's evidence: refused until she confirms she redacted it.
  const evidence = main.locator("#evidence");
  const photo = await jpegWithLocation();
  await evidence.getByLabel(en.ReportForm.evidenceFinding).selectOption("5");
  await evidence.locator(`input[type="file"][name="file"]`).setInputFiles({ name: "washrooms.jpg", mimeType: "image/jpeg", buffer: photo });
  await evidence.getByLabel(en.ReportForm.evidenceCaption).fill("Washrooms of block B");
  await evidence.getByRole("button", { name: en.ReportForm.evidenceUpload }).click();
  await expect(page).toHaveURL(/evidenceError=redactionUnconfirmed/);
  await shell.landed();
  await expect(evidence.getByText(en.MonitoringErrors.redactionUnconfirmed)).toBeVisible();
  await evidence.locator(`input[type="file"][name="file"]`).setInputFiles({ name: "washrooms.jpg", mimeType: "image/jpeg", buffer: photo });
  await evidence.getByLabel(en.ReportForm.evidenceCaption).fill("Washrooms of block B");
  await evidence.getByLabel(en.ReportForm.evidenceRedacted).check();
  await evidence.getByRole("button", { name: en.ReportForm.evidenceUpload }).click();
  await expect(page).toHaveURL(/done=evidenceAdded/);
  await shell.landed();
  await expect(main.getByText(en.ReportForm.done.evidenceAdded)).toBeVisible();
  const link = evidence.getByRole("link", { name: "washrooms.jpg" });
  await expect(link).toBeVisible();
  await expect(evidence.getByText("Washrooms of block B")).toBeVisible();

  // The file she can download is the photo without its metadata; a visitor who is not signed in is sent to sign in.
  const href = (await link.getAttribute("href"))!;
  const download = await page.request.get(href);
  expect([download.status(), download.headers()["content-type"], download.headers()["x-content-type-options"]]).toEqual([200, "image/jpeg", "nosniff"]);
  const bytes = await download.body();
  expect([(await sharp(bytes).metadata()).exif, bytes.includes("GPS")]).toEqual([undefined, false]);
  const anonymous = await page.context().browser()!.newContext({ baseURL: new URL(page.url()).origin });
  const refused = await anonymous.request.get(href, { maxRedirects: 0 });
  expect([refused.status(), refused.headers()["location"]]).toEqual([303, `/sign-in?next=${encodeURIComponent(`/monitoring/reports/${followUpId}`)}`]);
  await anonymous.close();

  // The report's page lists the file with its finding.
  await shell.visit(`/monitoring/reports/${followUpId}`);
  await expect(main.getByRole("link", { name: "washrooms.jpg" })).toHaveAttribute("href", href);

  // The place's page: both visits, and each recommendation's history across them.
  await shell.visit(`/monitoring/places/${place.id}`);
  const visits = main.getByRole("region", { name: en.PlacePage.visitsTitle });
  await expect(visits.getByRole("listitem")).toHaveCount(2);
  await expect(visits.getByRole("listitem").first()).toContainText(en.PlacePage.followUpVisit);
  await expect(visits.getByRole("link", { name: new RegExp(`First visit to Thika ${suffix}`) }).first()).toBeVisible();
  const history = main.getByRole("region", { name: en.PlacePage.historyTitle });
  const products = history.getByRole("listitem").filter({ hasText: `Provide sanitary products free of charge ${suffix}` }).first();
  await expect(products).toContainText(en.FollowUps.IMPLEMENTED);
  await expect(products).toContainText(`Handed out monthly since June ${suffix}`);
  await expect(history.getByRole("listitem").filter({ hasText: `Open a mother and baby unit ${suffix}` }).first()).toContainText(en.FollowUps.NOT_IMPLEMENTED);

  // Without JavaScript the upload is the same plain multipart form, and a file is removed with its stored bytes.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const noJs = await context.newPage();
  const noJsMain = noJs.getByRole("main");
  await signInOnPage(noJs, visitor.email, TEST_PASSWORD);
  await noJs.goto(editUrl);
  await expectNoA11yViolationsWithoutScripts(noJs);
  await noJsMain.locator(`input[type="file"][name="file"]`).setInputFiles({ name: "inspection-notes.pdf", mimeType: "application/pdf", buffer: minimalPdf() });
  await noJsMain.getByLabel(en.ReportForm.evidenceRedacted).check();
  await noJsMain.getByRole("button", { name: en.ReportForm.evidenceUpload }).click();
  await expect(noJs).toHaveURL(/done=evidenceAdded/);
  await expect(noJsMain.getByRole("link", { name: "inspection-notes.pdf" })).toBeVisible();
  await expectNoA11yViolationsWithoutScripts(noJs);
  const stored = await prisma.monitoringFindingEvidence.findFirstOrThrow({ where: { finding: { reportId: followUpId }, caption: "" }, select: { storedFileId: true } });
  await noJsMain.getByRole("button", { name: `${en.ReportForm.evidenceRemove} inspection-notes.pdf` }).click();
  await expect(noJs).toHaveURL(/done=evidenceRemoved/);
  await expect(noJsMain.getByText(en.ReportForm.done.evidenceRemoved)).toBeVisible();
  await expect(noJsMain.getByRole("link", { name: "inspection-notes.pdf" })).toHaveCount(0);
  expect(await prisma.storedFile.count({ where: { id: stored.storedFileId! } })).toBe(0);
  await context.close();
});

test("a moderator merges a duplicate place into the one kept, and its reports move there", async ({ page, shell, prisma }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const { author, place: kept } = await visitedPlace(prisma, suffix);
  const duplicate = await createPlaceRow(prisma, { createdById: author.id, countryCode: "KE", name: `Thika women prison (duplicate) ${suffix}`, locality: "Thika town" });
  const moved = await createReportRow(prisma, { authorId: author.id, placeId: duplicate.id, title: `Visit filed on the duplicate ${suffix}`, visitStartedOn: new Date(Date.UTC(2025, 8, 9)), findings: [{ ruleNumber: 24, assessment: "COMPLIES" }] });
  const demo = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL }, select: { totpSecret: true } });
  const moderator = await createModerator(prisma, { totpSecret: demo.totpSecret, totpEnabledAt: new Date(), locale: "en" });
  const main = page.getByRole("main");
  await new SignInPage(page, shell).signInAndLand(moderator.email, TEST_PASSWORD, { totpSecret: DEMO_ADMIN_TOTP_SECRET });

  await shell.visit(`/monitoring/places/${duplicate.id}`);
  const merge = main.getByRole("region", { name: en.PlacePage.mergeTitle });
  await merge.getByLabel(en.PlacePage.mergeInto).selectOption(kept.id);
  await merge.getByRole("button", { name: en.PlacePage.merge }).click();
  await expect(page).toHaveURL(new RegExp(`/monitoring/places/${kept.id}\\?done=merged$`));
  await shell.landed();
  await expect(main.getByText(en.PlacePage.done.merged)).toBeVisible();
  const visits = main.getByRole("region", { name: en.PlacePage.visitsTitle });
  await expect(visits.getByRole("link", { name: new RegExp(`Visit filed on the duplicate ${suffix}`) })).toBeVisible();
  await expect(visits.getByRole("listitem")).toHaveCount(2);

  // The duplicate's page now says where it went; its report and findings belong to the kept place.
  await shell.visit(`/monitoring/places/${duplicate.id}`);
  await expect(main.getByText(en.PlacePage.mergedInto)).toBeVisible();
  await expect(main.getByRole("link", { name: en.PlacePage.seeKept })).toHaveAttribute("href", `/monitoring/places/${kept.id}`);
  expect((await prisma.monitoringReport.findUniqueOrThrow({ where: { id: moved.id } })).placeId).toBe(kept.id);
  const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "place.merged", targetId: duplicate.id } });
  expect([audit.actorId, audit.metadata]).toEqual([moderator.id, { intoPlaceId: kept.id, movedReports: 1 }]);
});
