// The one moderation queue as a moderator's shift goes (issue 13): two members flag a post, the queue shows
// one item with both flags; a moderator claims it, hides the post with a reason, warns the author and
// resolves it; the flagger sees "action was taken" and the author sees the warning, each in their own centre.
import { randomBytes } from "node:crypto";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET } from "@/prisma/seed/demo-data";
import { createThreadRow } from "@/tests/factories/board";
import { createMember, createModerator, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

test("flags from two members arrive grouped; a moderator claims, hides with a reason, warns and resolves; flagger and author are told", async ({ page, shell, prisma, browser, baseURL }) => {
  // Three people sign in (the moderator with two-step) and a dozen pages are checked with axe: a long journey.
  test.slow();
  const marker = `zq${randomBytes(4).toString("hex")}`;
  const author = await createMember(prisma, { displayName: `Author ${marker}`, locale: "en" });
  const [first, second] = [await createMember(prisma, { displayName: `First ${marker}`, locale: "en" }), await createMember(prisma, { displayName: `Second ${marker}`, locale: "en" })];
  const thread = await createThreadRow(prisma, { authorId: author.id, title: `Queue thread ${marker}` });
  const post = await prisma.boardPost.findFirstOrThrow({ where: { threadId: thread.id, number: 1 } });
  // The first flag through the form, the second straight in (the form is the board's, tested in board-moderation).
  await new SignInPage(page, shell).signInAndLand(first.email, TEST_PASSWORD);
  await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
  const main = page.getByRole("main");
  await main.locator("#post-1").getByRole("link", { name: en.BoardFlag.flag }).click();
  await expect(page).toHaveURL(/\/flag$/);
  await shell.landed();
  await main.getByLabel(en.BoardFlag.reason).selectOption("OFF_TOPIC");
  await main.getByLabel(en.BoardFlag.note).fill(`Not about the Rules ${marker}`);
  await main.getByRole("button", { name: en.BoardFlag.send }).click();
  await expect(main.getByText(en.BoardFlag.flagged)).toBeVisible();
  await prisma.moderationFlag.create({ data: { targetType: "BoardPost", targetId: post.id, reporterId: second.id, reason: "SPAM", note: null } });
  // The same member flags the author's profile from its page: a second item in the queue.
  const profile = await prisma.advocateProfile.findUniqueOrThrow({ where: { userId: author.id }, select: { handle: true } });
  await shell.visit(`/members/${profile.handle}`);
  await main.getByRole("link", { name: en.ModerationFlagForm.flagLink }).click();
  await expect(page).toHaveURL(`/flag/profile/${profile.handle}`);
  await shell.landed();
  await main.getByLabel(en.ModerationFlagForm.reason).selectOption("HARASSMENT");
  await main.getByRole("button", { name: en.ModerationFlagForm.send }).click();
  await expect(main.getByText(en.ModerationFlagForm.flagged)).toBeVisible();
  await expect.poll(() => prisma.moderationItem.count({ where: { targetType: "User", targetId: author.id } })).toBe(1);

  const demo = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL }, select: { totpSecret: true } });
  const moderator = await createModerator(prisma, { displayName: `Moderator ${marker}`, totpSecret: demo.totpSecret, totpEnabledAt: new Date(), locale: "en" });
  const context = await browser.newContext({ baseURL });
  const staffPage = await context.newPage();
  const staff = new Shell(staffPage);
  await new SignInPage(staffPage, staff).signInAndLand(moderator.email, TEST_PASSWORD, { totpSecret: DEMO_ADMIN_TOTP_SECRET });
  await staff.visit("/admin/moderation?type=BoardPost&reason=OFF_TOPIC");
  const row = staffPage.getByRole("list", { name: en.ModerationQueue.listLabel }).getByRole("listitem").filter({ hasText: `Queue thread ${marker}` });
  await expect(row).toHaveCount(1);
  await expect(row.getByText(`flagged by First ${marker}`)).toBeVisible();
  await expect(row.getByText(`flagged by Second ${marker}`)).toBeVisible();
  await expect(row.getByText(`Not about the Rules ${marker}`)).toBeVisible();
  await row.getByRole("link", { name: `${en.ModerationQueue.types.BoardPost}: open the item` }).click();
  await expect(staffPage).toHaveURL(/\/admin\/moderation\/[a-z0-9]+$/);
  await staff.landed();
  const item = staffPage.getByRole("main");

  await item.getByRole("button", { name: en.ModerationItem.steps.claim }).click();
  await expect(item.getByRole("status").filter({ hasText: en.ModerationItem.done.claim })).toBeVisible();
  await expect(staffPage).toHaveURL(/\?done=claim$/);
  await staff.landed();
  const hideForm = item.locator("form").filter({ has: staffPage.getByRole("button", { name: en.ModerationItem.steps.hide, exact: true }) });
  await hideForm.getByLabel(en.ModerationItem.fields.note).fill("Off-topic advertising");
  await hideForm.getByRole("button", { name: en.ModerationItem.steps.hide, exact: true }).click();
  await expect(staffPage).toHaveURL(/\?done=hide$/);
  await staff.landed();
  await expect(item.getByRole("region", { name: en.ModerationItem.context }).getByText(en.ModerationContext.hidden, { exact: true })).toBeVisible();
  await item.getByLabel(en.ModerationItem.fields.message).fill(`Please keep the board on topic ${marker}`);
  await item.getByRole("button", { name: en.ModerationItem.steps.warn }).click();
  await expect(staffPage).toHaveURL(/\?done=warn$/);
  await staff.landed();
  await item.getByRole("button", { name: en.ModerationItem.steps.resolveTaken }).click();
  await expect(staffPage).toHaveURL(/\?done=resolve$/);
  await staff.landed();
  const history = item.getByRole("region", { name: en.ModerationItem.historyTitle });
  for (const kind of ["CLAIMED", "HIDDEN", "WARNED", "RESOLVED"] as const) await expect(history.getByText(en.ModerationItem.events[kind], { exact: true })).toBeVisible();
  await expect(history.getByText("Off-topic advertising")).toBeVisible();
  await context.close();

  // The flagger: told the outcome, nothing more.
  await shell.visit("/notifications");
  await expect(main.getByText(en.Notifications.FLAG_OUTCOME_ACTION_TAKEN)).toBeVisible();
  await expect(main).not.toContainText(`Moderator ${marker}`);

  // The author: the warning, in her own notification centre only.
  const authorContext = await browser.newContext({ baseURL });
  const authorPage = await authorContext.newPage();
  const authorShell = new Shell(authorPage);
  await new SignInPage(authorPage, authorShell).signInAndLand(author.email, TEST_PASSWORD);
  await authorShell.visit("/notifications");
  await expect(authorPage.getByRole("main").getByText(`Please keep the board on topic ${marker}`)).toBeVisible();
  await authorContext.close();
});
