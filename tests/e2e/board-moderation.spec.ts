// First moderation as people do it: a member flags a post with a reason and a note, an admin finds it in the
// moderation queue, opens the item and hides it, and members then see the placeholder where the post was.
import { randomBytes } from "node:crypto";
import { createThreadRow } from "@/tests/factories/board";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { createAdminWithTwoStep } from "./support/applications";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

test("a member flags a post, an admin hides it from the moderation queue, and members see the placeholder", async ({ page, shell, prisma, browser, baseURL }) => {
  const marker = `zq${randomBytes(4).toString("hex")}`;
  const author = await createMember(prisma, { displayName: `Author ${marker}` });
  const member = await createMember(prisma);
  const thread = await createThreadRow(prisma, { authorId: author.id, title: `Flagged thread ${marker}` });

  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
  const main = page.getByRole("main");
  await main.locator("#post-1").getByRole("link", { name: en.BoardFlag.flag }).click();
  await expect(page).toHaveURL(/\/flag$/);
  await shell.landed();
  await main.getByLabel(en.BoardFlag.reason).selectOption("PERSONAL_INFORMATION");
  await main.getByLabel(en.BoardFlag.note).fill(`Names a prison ${marker}`);
  await main.getByRole("button", { name: en.BoardFlag.send }).click();
  await expect(main.getByText(en.BoardFlag.flagged)).toBeVisible();

  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  const context = await browser.newContext({ baseURL });
  const staffPage = await context.newPage();
  const staffShell = new Shell(staffPage);
  await new SignInPage(staffPage, staffShell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  await staffShell.visit("/admin/moderation?type=BoardPost&reason=PERSONAL_INFORMATION");
  const entry = staffPage.getByRole("list", { name: en.ModerationQueue.listLabel }).getByRole("listitem").filter({ hasText: `Flagged thread ${marker}` });
  await expect(entry.getByText(en.BoardFlag.reasons.PERSONAL_INFORMATION)).toBeVisible();
  await expect(entry.getByText(`Names a prison ${marker}`)).toBeVisible();
  await entry.getByRole("link", { name: `${en.ModerationQueue.types.BoardPost}: open the item` }).click();
  await expect(staffPage).toHaveURL(/\/admin\/moderation\/[a-z0-9]+$/);
  await staffShell.landed();
  // Acting claims the item; hiding keeps it open until the moderator resolves it.
  const hideForm = staffPage.getByRole("main").locator("form").filter({ has: staffPage.getByRole("button", { name: en.ModerationItem.steps.hide, exact: true }) });
  await hideForm.getByLabel(en.ModerationItem.fields.note).fill("Identifies a prison");
  await hideForm.getByRole("button", { name: en.ModerationItem.steps.hide, exact: true }).click();
  await expect(staffPage).toHaveURL(/\?done=hide$/);
  await staffShell.landed();
  await context.close();

  await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
  await expect(main.locator("#post-1")).toContainText(en.BoardThread.hidden);
  await expect(main.locator("#post-1")).not.toContainText(`Flagged thread ${marker}`);
});
