// Members protecting themselves (issue 13, item 2): on a phone, a member mutes another from her profile, finds
// that member's post collapsed on the board (and opens it), is not told of that member's mention, and then
// sees her mutes and blocks in the account and undoes one. Without JavaScript, muting from a post's author
// menu collapses the post and "show" still opens it.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { createThreadRow } from "@/tests/factories/board";
import { createMember, TEST_PASSWORD, type UserWithProfile } from "@/tests/factories/users";
import { messages } from "./support/messages";
import type { Shell } from "./support/shell";
import { signInOnPage, SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const word = () => `zq${randomBytes(4).toString("hex")}`;
const LONG_AGO = new Date(Date.now() - 60 * 86_400_000);

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

  test("a member mutes another from her profile: the post collapses, the mention never arrives, and the account lists and undoes it", async ({ page, shell, prisma }) => {
    test.slow();
    const marker = word();
    const [grace, mira, bea] = await Promise.all(
      ["Grace", "Mira", "Bea"].map((name) => createMember(prisma, { displayName: `${name} ${marker}`, approvedAt: LONG_AGO })),
    );
    const thread = await createThreadRow(prisma, { authorId: mira!.id, title: `Visits in winter ${marker}` });
    await prisma.memberBlock.create({ data: { blockerId: grace!.id, blockedId: bea!.id } });
    const main = page.getByRole("main");

    // Grace mutes Mira from Mira's profile; only Grace is told.
    await switchTo(page, shell, grace!);
    await shell.visit(`/members/${mira!.profile.handle}`);
    await main.getByRole("button", { name: en.Mute.mute, exact: true }).click();
    await expect(page).toHaveURL(`/members/${mira!.profile.handle}`);
    await expect(main.getByText(en.Mute.mutedNotice)).toBeVisible();
    await shell.landed();

    // On the board, Mira's post is one line; "show" opens it in place.
    await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
    const post = main.locator("#post-1");
    await expect(post.getByText(en.Mute.collapsed)).toBeVisible();
    const body = post.locator(".cooked");
    await expect(body).toBeHidden();
    await post.getByText(en.Mute.show, { exact: true }).click();
    await expect(body).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Mira mentions Grace in a reply; Mira sees nothing different.
    await switchTo(page, shell, mira!);
    await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
    await expect(main.getByText(en.Mute.collapsed)).toHaveCount(0);
    await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`What do you think, @${grace!.profile.handle}? ${marker}`);
    await main.getByRole("button", { name: en.BoardComposer.postReply }).click();
    await expect(page).toHaveURL(/\/2#post-2$/);
    await shell.landed();

    // Grace is not told.
    await switchTo(page, shell, grace!);
    await shell.visit("/notifications");
    await expect(main.getByText(en.Notifications.empty)).toBeVisible();
    expect(await prisma.notification.count({ where: { userId: grace!.id } })).toBe(0);

    // Her account lists Mira (muted) and Bea (blocked); she unmutes Mira.
    await shell.visit("/account/people");
    await expect(shell.heading).toHaveText(en.PeopleSettings.title);
    const mutedList = main.getByRole("region", { name: en.PeopleSettings.mutedTitle });
    const blockedList = main.getByRole("region", { name: en.PeopleSettings.blockedTitle });
    await expect(mutedList.getByRole("listitem")).toHaveText([new RegExp(`Mira ${marker}`)]);
    await expect(blockedList.getByRole("listitem")).toHaveText([new RegExp(`Bea ${marker}`)]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await mutedList.getByRole("button", { name: en.PeopleSettings.unmuteNamed.replace("{name}", `Mira ${marker}`) }).click();
    await expect(page).toHaveURL("/account/people#muted");
    await expect(mutedList.getByText(en.PeopleSettings.noneMuted)).toBeVisible();
    await shell.landed();
    await expect(blockedList.getByRole("listitem")).toHaveCount(1);
    expect(await prisma.memberMute.count({ where: { muterId: grace!.id } })).toBe(0);

    // Mira's posts are open again.
    await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
    await expect(main.getByText(en.Mute.collapsed)).toHaveCount(0);
  });
});

// Without JavaScript axe cannot run, so this journey uses a browser of its own; the same pages pass the
// accessibility check with JavaScript above.
test("without JavaScript, a member mutes a post's author from the post, and the collapsed post still opens", async ({ browser, baseURL, prisma }) => {
  const marker = word();
  const author = await createMember(prisma, { displayName: `Author ${marker}` });
  const member = await createMember(prisma);
  const thread = await createThreadRow(prisma, { authorId: author.id, title: `Muted thread ${marker}` });
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const main = page.getByRole("main");
  await signInOnPage(page, member.email, TEST_PASSWORD);

  await page.goto(`/board/t/${thread.id}/${thread.slug}`);
  const post = main.locator("#post-1");
  await post.getByRole("button", { name: en.Mute.muteAuthor }).click();
  await expect(page).toHaveURL(new RegExp(`/board/t/${thread.id}/${thread.slug}/1#post-1$`));
  await expect(post.getByText(en.Mute.collapsed)).toBeVisible();
  await expect(post.locator(".cooked")).toBeHidden();
  await post.getByText(en.Mute.show, { exact: true }).click();
  await expect(post.locator(".cooked")).toBeVisible();
  await post.getByRole("button", { name: en.Mute.unmuteAuthor }).click();
  await expect(page).toHaveURL(new RegExp(`/1#post-1$`));
  await expect(post.getByText(en.Mute.collapsed)).toHaveCount(0);
  await context.close();
});
