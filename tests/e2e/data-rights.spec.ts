// A member's data rights, end to end: she asks for a copy of her data (prepared by the job queue running in the
// app), downloads the ZIP and finds her data in it; then deletes her account with her password, cannot sign in
// again, and the reply she chose to keep shows under "Former member".
import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { createThreadRow } from "@/tests/factories/board";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { ownClientAddress } from "./support/applications";
import { SignInPage, signInOnPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

test("a member exports her data, downloads it, then deletes her account keeping her posts", async ({ page, shell, prisma }) => {
  const marker = `dr${randomBytes(4).toString("hex")}`;
  const member = await createMember(prisma, { displayName: `Leaving ${marker}`, profile: { bio: `Bio ${marker}` } });
  const writer = await createMember(prisma);
  const thread = await createThreadRow(prisma, { authorId: writer.id, title: `Visits ${marker}` });
  await prisma.boardPost.create({ data: { threadId: thread.id, number: 2, authorId: member.id, source: `My reply ${marker}`, cooked: `<p>My reply ${marker}</p>`, language: "en" } });
  await prisma.boardThread.update({ where: { id: thread.id }, data: { lastPostNumber: 2, replyCount: 1 } });

  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit("/account/privacy");
  const main = page.getByRole("main");
  await main.getByRole("button", { name: en.DataRights.export.prepare }).click();
  // The page shows the export's state at once (in a status region, announced), and no second button.
  await expect(main.locator("[data-export-state]")).toHaveAttribute("data-export-state", /^(requested|preparing|ready)$/);
  await expect(main.getByRole("button", { name: en.DataRights.export.prepare })).toHaveCount(0);

  // The job runs in the app's worker (nudged by the request); a refresh shows the state, no script needed.
  await expect.poll(async () => (await prisma.dataExport.findFirst({ where: { userId: member.id } }))?.status, { timeout: 60_000 }).toBe("READY");
  await shell.visit("/account/privacy");
  const downloading = page.waitForEvent("download");
  await main.getByRole("link", { name: en.DataRights.export.download }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^wipn-my-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path()) ?? "")));
  expect(strFromU8(files["profile.json"]!)).toContain(`Bio ${marker}`);
  expect(strFromU8(files["posts.json"]!)).toContain(`My reply ${marker}`);
  expect(strFromU8(files["index.html"]!)).toContain(`Bio ${marker}`);

  await main.getByRole("radio", { name: en.DataRights.delete.postsKeep }).check();
  await main.getByLabel(en.DataRights.delete.password).fill(TEST_PASSWORD);
  await main.getByRole("checkbox", { name: en.DataRights.delete.confirm }).check();
  await main.getByRole("button", { name: en.DataRights.delete.submit }).click();
  await expect(page).toHaveURL(/\/goodbye$/);
  await shell.landed();
  await expect(shell.heading).toHaveText(en.Goodbye.title);

  // Her old password signs nobody in.
  const signIn = new SignInPage(page, shell);
  await signIn.open();
  await signIn.signIn(member.email, TEST_PASSWORD);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("main").getByRole("alert").first()).toBeVisible();

  // The reply she kept is a former member's now.
  await page.context().clearCookies();
  await signIn.open();
  await signIn.signIn(writer.email, TEST_PASSWORD);
  await expect(page).toHaveURL(/\/welcome$/);
  await shell.landed();
  await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
  const reply = main.locator("article").filter({ hasText: `My reply ${marker}` });
  await expect(reply).toContainText(en.BoardThread.formerMember);
  await expect(main).not.toContainText(`Leaving ${marker}`);
});

test("without JavaScript, asking for a copy works, a refresh shows how it stands, and deleting (posts too) works", async ({ browser, baseURL, prisma }) => {
  const member = await createMember(prisma);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, extraHTTPHeaders: ownClientAddress() });
  const page = await context.newPage();
  await signInOnPage(page, member.email, TEST_PASSWORD);
  await page.goto("/account/privacy");
  const main = page.getByRole("main");
  await main.getByRole("button", { name: en.DataRights.export.prepare }).click();
  await expect(page).toHaveURL(/\/account\/privacy$/);
  await expect(main.locator("[data-export-state]")).toHaveAttribute("data-export-state", /^(requested|preparing|ready)$/);
  expect(await prisma.dataExport.count({ where: { userId: member.id } })).toBe(1);
  await expect.poll(async () => (await prisma.dataExport.findFirst({ where: { userId: member.id } }))?.status, { timeout: 60_000 }).toBe("READY");
  // The page's own "Refresh" link (a plain GET: reloading the page a form post answered would post it again).
  await main.getByRole("link", { name: en.DataRights.export.refresh }).click();
  await expect(page).toHaveURL(/\/account\/privacy$/);
  await expect(main.locator("[data-export-state]")).toHaveAttribute("data-export-state", "ready");
  await expect(main.getByRole("link", { name: en.DataRights.export.download })).toBeVisible();

  // A refused deletion (no choice, no box) says why on its fields and changes nothing.
  await main.getByLabel(en.DataRights.delete.password).fill(TEST_PASSWORD);
  await main.getByRole("button", { name: en.DataRights.delete.submit }).click();
  await expect(main.getByRole("alert")).toContainText(en.Errors.validation);
  await expect(main.getByText(en.Errors.fields.invalid_value)).toBeVisible();
  expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("ACTIVE");
  await main.getByRole("radio", { name: en.DataRights.delete.postsDelete }).check();
  await main.getByLabel(en.DataRights.delete.password).fill(TEST_PASSWORD);
  await main.getByRole("checkbox", { name: en.DataRights.delete.confirm }).check();
  await main.getByRole("button", { name: en.DataRights.delete.submit }).click();
  await expect(page).toHaveURL(/\/goodbye$/);
  expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("DELETED");
  await context.close();
});
