// With JavaScript, a draft saves itself a few seconds after the member stops typing, says so politely, and an
// explicit save right after builds on it (no conflict with herself); another member's save in between stops it
// and says who saved, so the explicit save can show both versions.
import { randomBytes } from "node:crypto";
import { createPlaceRow, createReportRow } from "@/tests/factories/monitoring";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

test("a draft saves itself as the member types, and stops when someone else saved meanwhile", async ({ page, shell, prisma }) => {
  const marker = randomBytes(4).toString("hex");
  const author = await createMember(prisma, { displayName: `Author ${marker}` });
  const colleague = await createMember(prisma, { displayName: `Colleague ${marker}` });
  const place = await createPlaceRow(prisma, { createdById: author.id });
  const report = await createReportRow(prisma, { authorId: author.id, placeId: place.id, status: "DRAFT", teamIds: [colleague.id] });
  const main = page.getByRole("main");
  const status = main.locator("[data-autosave]");

  await new SignInPage(page, shell).signInAndLand(author.email, TEST_PASSWORD);
  await shell.visit(`/monitoring/reports/${report.id}/edit`);
  await expect(status).toHaveText(en.ReportForm.autosaveOn);
  await main.getByLabel(en.ReportForm.summary).fill(`Typed on the bus ${marker}.`);
  await expect(status).toHaveAttribute("data-autosave", "saved", { timeout: 15_000 });
  await expect.poll(async () => (await prisma.monitoringReport.findUniqueOrThrow({ where: { id: report.id } })).summarySource).toBe(`Typed on the bus ${marker}.`);

  // An explicit save right after builds on the autosaved revision.
  await main.getByLabel(en.ReportForm.summary).fill(`Typed on the bus ${marker}, then saved.`);
  await main.getByRole("button", { name: en.ReportForm.saveSection }).first().click();
  await expect(page).toHaveURL(/\?done=saved/);
  await shell.landed();
  await expect(main.getByLabel(en.ReportForm.summary)).toHaveValue(`Typed on the bus ${marker}, then saved.`);

  // The colleague saves meanwhile (the form's revision is now an old one): the autosave stops and says who.
  await prisma.monitoringReport.update({ where: { id: report.id }, data: { revision: { increment: 1 }, lastSavedById: colleague.id, summarySource: "The colleague's summary." } });
  await main.getByLabel(en.ReportForm.title).fill(`Visit ${marker}`);
  await expect(status).toHaveAttribute("data-autosave", "stopped", { timeout: 15_000 });
  await expect(status).toContainText(`Colleague ${marker}`);
  expect((await prisma.monitoringReport.findUniqueOrThrow({ where: { id: report.id } })).summarySource).toBe("The colleague's summary.");
});
