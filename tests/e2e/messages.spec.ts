// Private messages as members use them: writing to someone from their profile, the answer arriving in the
// other's inbox (the header says so), blocking — which the blocked member only sees as "does not accept
// messages" — and undoing it from the account; on a phone. And the composer by round trip without JavaScript.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import type { Shell } from "./support/shell";
import { createMember, TEST_PASSWORD, type UserWithProfile } from "@/tests/factories/users";
import { createAdminWithTwoStep } from "./support/applications";
import { messages } from "./support/messages";
import { Shell as ShellPage } from "./support/shell";
import { signInOnPage, SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const word = () => `zq${randomBytes(4).toString("hex")}`;
/** A plural message's "one" form for 1 ("{count, plural, one {# unread} …}" → "1 unread"), as the page renders it. */
const one = (text: string) => text.replace(/\{count, plural, one \{([^}]*)\}.*\}$/, (_, form: string) => form.replace("#", "1"));

async function switchTo(page: Page, shell: Shell, user: UserWithProfile) {
  const signOut = shell.header.getByRole("button", { name: en.Account.signOut });
  if (await signOut.isVisible()) {
    await signOut.click();
    await expect(page).toHaveURL(/\/($|\?)/);
    await shell.landed();
  }
  await new SignInPage(page, shell).signInAndLand(user.email, TEST_PASSWORD);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("a member writes to another from their profile, the other replies, then blocks her and later unblocks her", async ({ page, shell, prisma }) => {
    // Four sign-ins and a dozen pages, each checked with axe.
    test.slow();
    const marker = word();
    const amara = await createMember(prisma, { displayName: `Amara ${marker}` });
    const beatriz = await createMember(prisma, { displayName: `Beatriz ${marker}` });
    const main = page.getByRole("main");

    await switchTo(page, shell, amara);
    await shell.visit(`/members/${beatriz.profile.handle}`);
    await main.getByRole("link", { name: en.MemberProfile.sendMessage }).click();
    await expect(page).toHaveURL(`/messages/new?to=${beatriz.profile.handle}`);
    await shell.landed();
    await expect(main.getByLabel(en.MessageComposer.to)).toHaveValue(beatriz.profile.handle);
    await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`Could we talk about **family visits**? ${marker}`);
    await main.getByRole("button", { name: en.MessageComposer.send, exact: true }).click();
    await expect(page).toHaveURL(/\/messages\/[a-z0-9]+#message-1$/);
    await shell.landed();
    await expect(shell.heading).toHaveText(`Beatriz ${marker}`);
    await expect(main.locator("#message-1 strong")).toHaveText("family visits");
    const conversationPath = new URL(page.url()).pathname;

    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Beatriz hears of it (the bell) and finds it in her inbox, from the menu, and replies.
    await switchTo(page, shell, beatriz);
    await expect(shell.header.getByRole("link", { name: one(en.Notifications.bellUnread) })).toBeVisible();
    await shell.navigateTo("/messages");
    await main.getByRole("link", { name: `Amara ${marker}` }).click();
    await expect(page).toHaveURL(conversationPath);
    await shell.landed();
    await expect(main.getByText(en.Conversation.firstUnread)).toBeVisible();
    await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`Yes, gladly. ${marker}`);
    await main.getByRole("button", { name: en.MessageComposer.send, exact: true }).click();
    await expect(page).toHaveURL(`${conversationPath}#message-2`);
    await shell.landed();
    await expect(main.locator("#message-2")).toContainText(`Yes, gladly. ${marker}`);

    // She blocks Amara from her profile.
    await shell.visit(`/members/${amara.profile.handle}`);
    await main.getByRole("button", { name: en.MemberProfile.block }).click();
    await expect(main.getByText(en.MemberProfile.blockedNotice)).toBeVisible();
    await shell.landed();

    // To Amara, Beatriz simply no longer takes messages: no link on the profile, and the next message is refused.
    await switchTo(page, shell, amara);
    await shell.visit(`/members/${beatriz.profile.handle}`);
    await expect(main.getByText(en.MemberProfile.messagesClosed)).toBeVisible();
    await expect(main.getByRole("link", { name: en.MemberProfile.sendMessage })).toHaveCount(0);
    await shell.visit(conversationPath);
    await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`Are you there? ${marker}`);
    await main.getByRole("button", { name: en.MessageComposer.send, exact: true }).click();
    await expect(main.getByRole("alert")).toContainText(en.ConversationErrors.otherDoesNotAcceptMessages);
    expect(await prisma.conversationMessage.count({ where: { source: { contains: `Are you there? ${marker}` } } })).toBe(0);

    // Beatriz undoes it from her account.
    await switchTo(page, shell, beatriz);
    await shell.visit("/account/messages");
    const blocked = main.getByRole("listitem").filter({ hasText: `Amara ${marker}` });
    await blocked.getByRole("button", { name: en.MessageSettings.unblock }).click();
    await expect(page).toHaveURL("/account/messages");
    await expect(main.getByText(en.MessageSettings.noneBlocked)).toBeVisible();
    await shell.landed();
  });
});

// Without JavaScript axe cannot run, so this journey uses a browser of its own; the same pages pass the
// accessibility check with JavaScript above.
test("without JavaScript, a member writes to two others at once after a preview, and replies in the group", async ({ browser, baseURL, prisma }) => {
  const marker = word();
  const writer = await createMember(prisma);
  const [first, second] = await Promise.all([createMember(prisma, { displayName: `First ${marker}` }), createMember(prisma, { displayName: `Second ${marker}` })]);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const main = page.getByRole("main");
  await signInOnPage(page, writer.email, TEST_PASSWORD);

  await page.goto("/messages");
  await expect(main.getByText(en.Messages.empty)).toBeVisible();
  await main.getByRole("link", { name: en.Messages.new }).click();
  await expect(page).toHaveURL("/messages/new");
  await main.getByLabel(en.MessageComposer.to).fill(`@${first.profile.handle}, ${second.profile.handle.toUpperCase()}`);
  await main.getByLabel(en.MessageComposer.title).fill(`Visits ${marker}`);
  await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`Shall we _meet_? ${marker}`);
  await main.getByRole("button", { name: en.BoardComposer.preview }).click();
  await expect(main.getByRole("region", { name: en.BoardComposer.previewHeading }).locator("em")).toHaveText("meet");
  await expect(main.getByLabel(en.MessageComposer.title)).toHaveValue(`Visits ${marker}`);
  expect(await prisma.conversationMessage.count({ where: { authorId: writer.id } })).toBe(0);
  await main.getByRole("button", { name: en.MessageComposer.send, exact: true }).click();
  await expect(page).toHaveURL(/\/messages\/[a-z0-9]+#message-1$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(`Visits ${marker}`);
  const participants = main.getByRole("region", { name: en.Conversation.participants.replace(/^.*other \{([^}]*)\}\}$/, (_, form: string) => form.replace("#", "3")) });
  await expect(participants.getByRole("listitem")).toHaveCount(3);
  await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`And a second thought ${marker}`);
  await main.getByRole("button", { name: en.MessageComposer.send, exact: true }).click();
  await expect(page).toHaveURL(/#message-2$/);
  await expect(main.locator("#message-2")).toContainText(`And a second thought ${marker}`);
  await page.goto("/messages");
  await expect(main.getByRole("link", { name: `Visits ${marker}` })).toBeVisible();
  await context.close();
});

test("a participant flags a message; an admin reads only its context (which the participants are shown) and hides it", async ({ page, shell, prisma, browser, baseURL }) => {
  const marker = word();
  const [writer, reader] = await Promise.all([createMember(prisma, { displayName: `Writer ${marker}` }), createMember(prisma)]);
  const conversation = await prisma.conversation.create({
    data: {
      kind: "GROUP",
      title: `Flagged group ${marker}`,
      creatorId: writer.id,
      lastMessageNumber: 1,
      participants: { createMany: { data: [{ userId: writer.id, lastReadNumber: 1 }, { userId: reader.id }] } },
      messages: { create: { number: 1, authorId: writer.id, source: `Where she lives ${marker}`, cooked: `<p>Where she lives ${marker}</p>` } },
    },
  });
  const main = page.getByRole("main");
  await new SignInPage(page, shell).signInAndLand(reader.email, TEST_PASSWORD);
  await shell.visit(`/messages/${conversation.id}`);
  await main.locator("#message-1").getByRole("link", { name: en.Conversation.flag }).click();
  await expect(page).toHaveURL(/\/messages\/flag\//);
  await shell.landed();
  await main.getByLabel(en.BoardFlag.reason).selectOption("PERSONAL_INFORMATION");
  await main.getByLabel(en.BoardFlag.note).fill(`An address ${marker}`);
  await main.getByRole("button", { name: en.BoardFlag.send }).click();
  await expect(main.getByText(en.BoardFlag.flagged)).toBeVisible();

  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  const context = await browser.newContext({ baseURL });
  const staffPage = await context.newPage();
  const staffShell = new ShellPage(staffPage);
  await new SignInPage(staffPage, staffShell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  await staffShell.visit("/admin/moderation?type=ConversationMessage");
  const entry = staffPage.getByRole("list", { name: en.ModerationQueue.listLabel }).getByRole("listitem").filter({ hasText: `An address ${marker}` }).first();
  // The queue says why, never what: the text is read in its context, where the read is recorded.
  await expect(entry).not.toContainText(`Where she lives ${marker}`);
  await entry.getByRole("link", { name: en.ModerationContext.readMessage.replace("{number}", "1") }).click();
  await expect(staffPage).toHaveURL(new RegExp(`/messages/${conversation.id}#message-1$`));
  await staffShell.landed();
  await expect(staffPage.getByRole("main").getByText(en.Conversation.flaggedContextNotice)).toBeVisible();
  await expect(staffPage.locator("#message-1")).toContainText(`Where she lives ${marker}`);
  await staffPage.locator("#message-1").getByLabel(en.BoardModeration.reason).fill("An address");
  await staffPage.locator("#message-1").getByRole("button", { name: en.BoardModeration.hide }).click();
  await expect(staffPage.locator("#message-1")).toContainText(en.Conversation.hiddenForStaff);
  await staffShell.landed();
  await context.close();

  await shell.visit(`/messages/${conversation.id}`);
  await expect(main.locator("#message-1")).toContainText(en.Conversation.hidden);
  await expect(main.locator("#message-1")).not.toContainText(`Where she lives ${marker}`);
  await expect(main.getByText(en.Conversation.staffReadsTitle)).toBeVisible();
});
