// The notification centre as a member meets it, on a phone: two reactions to her post arrive as one grouped
// row ("2 reactions to your post in …"); opening the row takes her to the post and marks it read.
import { randomBytes } from "node:crypto";
import { createThreadRow } from "@/tests/factories/board";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const word = () => `zq${randomBytes(4).toString("hex")}`;
/** A plural message's "other" form for `count`, with its other values, as the page renders it. */
const other = (text: string, count: number, values: Record<string, string>) =>
  Object.entries(values).reduce((form, [name, value]) => form.replace(`{${name}}`, value), text.replace(/^.* other \{(.*)\}\}$/, "$1").replace("#", String(count)));

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("two reactions make one grouped row; opening it goes to the post and reads it", async ({ page, shell, prisma }) => {
  const marker = word();
  const [author, reactor] = await Promise.all([createMember(prisma, { displayName: `Author ${marker}` }), createMember(prisma)]);
  const thread = await createThreadRow(prisma, { authorId: author.id, title: `Reactions wanted ${marker}` });
  const main = page.getByRole("main");

  await new SignInPage(page, shell).signInAndLand(reactor.email, TEST_PASSWORD);
  await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
  for (const kind of ["THANKS", "AGREE"] as const) {
    await main.locator("#post-1").getByRole("button", { name: `${en.BoardThread.reactions[kind]} (0)` }).click();
    await expect(main.locator("#post-1").getByRole("button", { name: `${en.BoardThread.reactions[kind]} (1)` })).toHaveAttribute("aria-pressed", "true");
  }
  await shell.header.getByRole("button", { name: en.Account.signOut }).click();
  await expect(page).toHaveURL(/\/($|\?)/);
  await shell.landed();

  await new SignInPage(page, shell).signInAndLand(author.email, TEST_PASSWORD);
  await shell.visit("/notifications");
  const list = main.getByRole("list", { name: en.Notifications.listLabel });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByText(en.Notifications.new, { exact: true })).toBeVisible();
  await list.getByRole("link", { name: other(en.Notifications.REACTION, 2, { title: thread.title }) }).click();
  await expect(page).toHaveURL(`/board/t/${thread.id}/${thread.slug}/1#post-1`);
  await shell.landed();

  await shell.visit("/notifications");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByText(en.Notifications.new, { exact: true })).toHaveCount(0);
  expect(await prisma.notification.count({ where: { userId: author.id, readAt: null } })).toBe(0);
});
