// The admins' tools as an admin uses them: telling apart applicants with one name, revoking an invitation
// only after confirming (with and without JavaScript), searching the members, and times in the admin's zone.
import type { Browser } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createInvitation } from "@/tests/factories/invitations";
import { uniqueEmail, uniqueSuffix } from "@/tests/factories/unique";
import { createApplicant, createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { createAdminWithTwoStep } from "./support/applications";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

/** A confirmed applicant with an application waiting in the queue. */
async function waitingApplication(prisma: PrismaClient, displayName: string, submittedAt: Date) {
  const user = await createApplicant(prisma, { displayName });
  await prisma.membershipApplication.create({
    data: { userId: user.id, kind: "INDIVIDUAL", status: "PENDING", countryCode: "KE", languages: ["en"], workDescription: "Prison visits", consentedAt: submittedAt, submittedAt },
  });
  return user;
}

/** A browser context signed in as a fresh admin (through the real form), optionally without JavaScript afterwards. */
async function adminContext(browser: Browser, baseURL: string, prisma: PrismaClient, { javaScriptEnabled = true, timezoneId = "UTC" } = {}) {
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  const signingIn = await browser.newContext({ baseURL, timezoneId });
  const page = await signingIn.newPage();
  await page.goto("/sign-in");
  await new SignInPage(page, new Shell(page)).signIn(admin.email, TEST_PASSWORD, { totpSecret });
  await expect(page).toHaveURL(/\/welcome$/);
  const storageState = await signingIn.storageState();
  await signingIn.close();
  const context = await browser.newContext({ baseURL, storageState, javaScriptEnabled, timezoneId });
  return { admin, context, page: await context.newPage() };
}

test("two applicants with the same name are told apart in the queue by their email and the moment they applied", async ({ page, shell, prisma }) => {
  const name = `Maria ${uniqueSuffix()}`;
  const first = await waitingApplication(prisma, name, new Date(Date.UTC(2026, 0, 5, 9, 15)));
  const second = await waitingApplication(prisma, name, new Date(Date.UTC(2026, 0, 5, 16, 40)));
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });

  await shell.visit("/admin/applications");

  const cards = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText(first.email);
  await expect(cards.nth(1)).toContainText(second.email);
  await expect(cards.nth(0)).toContainText(/09:15\sAM\s[A-Z]/);
  await expect(cards.nth(1)).toContainText(/04:40\sPM\s[A-Z]/);
});

for (const javaScriptEnabled of [true, false]) {
  test(`revoking an invitation asks for confirmation first (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser, baseURL, prisma }) => {
    const { admin, context, page } = await adminContext(browser, baseURL!, prisma, { javaScriptEnabled });
    const { id, email } = await createInvitation(prisma, { invitedById: admin.id, email: uniqueEmail("revoke-me") });
    await page.goto("/admin/invitations");
    const item = page.getByRole("main").getByRole("listitem").filter({ hasText: email });
    const confirm = item.getByRole("button", { name: en.AdminInvitations.revokeConfirmSubmit });
    await expect(confirm).toBeHidden();

    await item.locator("summary").click();

    await expect(item.getByText(en.AdminInvitations.revokeConfirm.replace("{email}", email))).toBeVisible();
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id } })).revokedAt, "opening the confirmation revokes nothing").toBeNull();
    await confirm.click();
    // The list is drawn again: the invitation now reads as revoked, with nothing left to revoke.
    await expect(item).toContainText(en.InvitationStatus.revoked);
    await expect(item.locator("summary")).toHaveCount(0);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id } })).revokedAt).toBeInstanceOf(Date);
    await context.close();
  });
}

test("without JavaScript, the members page finds members by the start of a name or email, and says when none matches", async ({ browser, baseURL, prisma }) => {
  const surname = `Quispe${uniqueSuffix()}`;
  const found = await createMember(prisma, { displayName: `Rosa ${surname}`, email: uniqueEmail("rosa") });
  await createMember(prisma, { displayName: `Other ${uniqueSuffix()}` });
  const { context, page } = await adminContext(browser, baseURL!, prisma, { javaScriptEnabled: false });
  await page.goto("/admin/members");
  const main = page.getByRole("main");

  await main.getByLabel(en.AdminMembers.search).fill(`rosa ${surname.toUpperCase()}`);
  await main.getByRole("button", { name: en.AdminMembers.apply }).click();

  await expect(page).toHaveURL(/[?&]q=rosa/);
  const cards = main.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText(found.email);
  await expect(main.getByLabel(en.AdminMembers.search)).toHaveValue(`rosa ${surname.toUpperCase()}`);

  await main.getByLabel(en.AdminMembers.search).fill(`nobody-${surname}`);
  await main.getByRole("button", { name: en.AdminMembers.apply }).click();
  await expect(main.getByRole("heading", { name: en.AdminMembers.searchEmptyTitle.replace("{query}", `nobody-${surname}`) })).toBeVisible();
  await context.close();
});

test("admin pages show times in the browser's time zone, named; without JavaScript the zone can be chosen", async ({ browser, baseURL, prisma }) => {
  const name = `Zone ${uniqueSuffix()}`;
  await waitingApplication(prisma, name, new Date(Date.UTC(2026, 0, 5, 12, 0)));
  const withScript = await adminContext(browser, baseURL!, prisma, { timezoneId: "America/Sao_Paulo" });
  await withScript.page.goto("/admin");
  await withScript.page.goto("/admin/applications");
  const card = withScript.page.getByRole("main").getByRole("listitem").filter({ hasText: name });
  await expect(withScript.page.getByText(en.AdminTimeZone.note.replace("{zone}", "America/Sao Paulo"))).toBeVisible();
  await expect(card).toContainText(/09:00\sAM\sGMT-3/);
  await withScript.page.goto("/admin/time-zone");
  await new Shell(withScript.page).landed();
  await expect(withScript.page.getByLabel(en.AdminTimeZone.label)).toHaveValue("America/Sao_Paulo");
  await withScript.context.close();

  const withoutScript = await adminContext(browser, baseURL!, prisma, { javaScriptEnabled: false, timezoneId: "Asia/Tokyo" });
  const page = withoutScript.page;
  await page.goto("/admin/applications");
  await expect(page.getByText(en.AdminTimeZone.note.replace("{zone}", "UTC"))).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: name })).toContainText(/12:00\sPM\sUTC/);
  await page.getByRole("link", { name: en.AdminTimeZone.change }).click();
  await page.getByLabel(en.AdminTimeZone.label).selectOption("Africa/Nairobi");
  await page.getByRole("button", { name: en.AdminTimeZone.submit }).click();
  await expect(page.getByText(en.AdminTimeZone.saved.replace("{zone}", "Africa/Nairobi"))).toBeVisible();
  await page.goto("/admin/applications");
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: name })).toContainText(/03:00\sPM\sGMT\+3|15:00\sGMT\+3/);
  await withoutScript.context.close();
});

test("an admin sees the background jobs, a failed one with its error but none of its data, and retries it", async ({ page, shell, prisma }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const [row] = await prisma.$queryRaw<Array<{ id: string }>>`
    INSERT INTO pgboss.job (name, data, state, completed_on, output)
    VALUES ('clean-up', '{"email":"someone@example.org"}', 'failed', now(), '{"message":"canceling statement due to statement timeout"}')
    RETURNING id::text`;
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });

  await shell.visit("/admin/jobs");
  const queues = page.getByRole("table");
  await expect(queues.getByRole("rowheader", { name: en.AdminJobs.names["mail-outbox"] })).toBeVisible();
  const failed = page.getByRole("listitem").filter({ hasText: "canceling statement due to statement timeout" });
  await expect(failed).toHaveCount(1);
  await expect(page.getByRole("main")).not.toContainText("someone@example.org");

  await failed.getByRole("button", { name: en.AdminJobs.retryLabel.replace("{queue}", en.AdminJobs.names["clean-up"]) }).click();
  await expect(page).toHaveURL(/\/admin\/jobs\?retried=1$/);
  await shell.landed();
  await expect(page.getByText(en.AdminJobs.retried)).toBeVisible();
  const [job] = await prisma.$queryRaw<Array<{ state: string }>>`SELECT state::text FROM pgboss.job WHERE id = ${row?.id}::uuid`;
  expect(job?.state).not.toBe("failed");
});

test("an admin filters the audit log (a plain GET form) and exports what the filters match as CSV", async ({ browser, baseURL, prisma }) => {
  const { admin, context, page } = await adminContext(browser, baseURL ?? "", prisma, { javaScriptEnabled: true });
  const action = `e2e.check-${uniqueSuffix()}`;
  await prisma.auditLog.createMany({ data: [{ actorId: admin.id, action, targetType: "User", targetId: admin.id, reason: "first" }, { actorId: admin.id, action, reason: "second" }] });
  const shell = new Shell(page);

  await shell.visit("/admin/audit");
  await page.getByLabel(en.AdminAudit.action).selectOption(action);
  await page.getByRole("button", { name: en.AdminAudit.apply }).click();
  await expect(page).toHaveURL(new RegExp(`action=${action.replace(/\./g, "\\.")}`));
  await shell.landed();
  const entries = page.getByRole("list", { name: en.AdminAudit.listLabel }).getByRole("listitem");
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("second");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: en.AdminAudit.export }).click();
  const file = await download;
  const csv = await new Promise<string>((resolve, reject) => {
    void file.createReadStream().then((stream) => {
      let text = "";
      stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
      stream.on("end", () => resolve(text));
      stream.on("error", reject);
    });
  });
  expect(csv.trim().split("\r\n")).toHaveLength(3);
  expect(csv).toContain(`"${action}"`);
  await context.close();
});
