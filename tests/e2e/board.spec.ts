// The board as members use it: browsing the lists, starting a thread in Spanish with a preview, replying with a
// permalink, a draft kept across a reload on a phone — and replying with a preview by round trip without
// JavaScript.
import { randomBytes } from "node:crypto";
import { createThreadRow } from "@/tests/factories/board";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { signInOnPage, SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const es = messages("es");
const word = () => `zq${randomBytes(4).toString("hex")}`;

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("a member browses the board, starts a thread in Spanish after a preview, and replies", async ({ page, shell, prisma }) => {
    const marker = word();
    const member = await createMember(prisma, { locale: "es" });
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
    await shell.navigateTo("/board");
    await expect(shell.heading).toHaveText(es.Board.title);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: es.Board.categories })).toBeVisible();
    await expect(main.getByRole("list", { name: es.Board.threadsLabel }).getByRole("listitem").first()).toBeVisible();

    await main.getByRole("link", { name: es.Board.view.new }).click();
    await expect(page).toHaveURL(/view=new/);
    await shell.landed();

    await main.getByRole("link", { name: es.Board.startThread }).click();
    await expect(page).toHaveURL(/\/board\/new$/);
    await shell.landed();
    await expect(shell.heading).toHaveText(es.BoardComposer.newThread);
    await main.getByLabel(es.BoardComposer.title).fill(`Compresas en prisión preventiva ${marker}`);
    await main.getByLabel(es.BoardComposer.category).selectOption("health");
    await expect(main.getByLabel(es.BoardComposer.language)).toHaveValue("es");
    await main.getByRole("textbox", { name: es.BoardComposer.body }).fill(`¿Quién las **paga** en vuestras cárceles? ${marker}`);
    await main.getByRole("button", { name: es.BoardComposer.preview }).click();
    const preview = main.getByRole("region", { name: es.BoardComposer.previewHeading });
    await expect(preview.locator("strong")).toHaveText("paga");
    await main.getByRole("button", { name: es.BoardComposer.post }).click();
    await expect(page).toHaveURL(/\/board\/t\/\d+\/compresas-en-prision-preventiva/);
    await shell.landed();
    await expect(shell.heading).toHaveText(`Compresas en prisión preventiva ${marker}`);
    await expect(main.getByRole("article")).toHaveCount(1);

    await main.getByRole("textbox", { name: es.BoardComposer.body }).fill(`Una respuesta ${marker}`);
    await main.getByRole("button", { name: es.BoardComposer.postReply }).click();
    await expect(page).toHaveURL(/\/2#post-2$/);
    await shell.landed();
    await expect(main.getByRole("article")).toHaveCount(2);
    await expect(main.locator("#post-2")).toContainText(`Una respuesta ${marker}`);
  });

  test("an unsent reply is kept on the phone and restored when the thread is opened again", async ({ page, shell, prisma }) => {
    const marker = word();
    const member = await createMember(prisma);
    const thread = await createThreadRow(prisma, { authorId: member.id, title: `Draft thread ${marker}` });
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
    await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
    const main = page.getByRole("main");
    await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`Half-written ${marker}`);
    await page.reload();
    await shell.landed();
    await expect(main.getByText(en.BoardComposer.draftRestored)).toBeVisible();
    await expect(main.getByRole("textbox", { name: en.BoardComposer.body })).toHaveValue(`Half-written ${marker}`);
    await main.getByRole("button", { name: en.BoardComposer.discardDraft }).click();
    await expect(main.getByRole("textbox", { name: en.BoardComposer.body })).toHaveValue("");
  });
});

// Without JavaScript axe cannot run, so this journey uses a browser of its own; the same pages pass the
// accessibility check with JavaScript above.
test("without JavaScript, a member previews a reply by round trip and posts it, quoting a post", async ({ browser, baseURL, prisma }) => {
  const marker = word();
  const author = await createMember(prisma, { displayName: `Author ${marker}` });
  const member = await createMember(prisma);
  const thread = await createThreadRow(prisma, { authorId: author.id, title: `Quoted thread ${marker}` });
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const main = page.getByRole("main");
  await signInOnPage(page, member.email, TEST_PASSWORD);

  await page.goto(`/board/t/${thread.id}`);
  await expect(page).toHaveURL(`/board/t/${thread.id}/${thread.slug}`);
  await main.getByRole("link", { name: en.BoardThread.quote }).click();
  await expect(main.getByRole("textbox", { name: en.BoardComposer.body })).toHaveValue(`> Quoted thread ${marker}\n\n`);
  await expect(main.getByText(en.BoardComposer.replyingTo.replace("{number}", "1"))).toBeVisible();
  await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`> Quoted thread ${marker}\n\nI _agree_ ${marker}`);
  await main.getByRole("button", { name: en.BoardComposer.preview }).click();
  await expect(main.getByRole("region", { name: en.BoardComposer.previewHeading }).locator("em")).toHaveText("agree");
  await expect(main.getByRole("textbox", { name: en.BoardComposer.body })).toHaveValue(`> Quoted thread ${marker}\n\nI _agree_ ${marker}`);
  expect(await prisma.boardPost.count({ where: { threadId: thread.id } })).toBe(1);

  await main.getByRole("button", { name: en.BoardComposer.postReply }).click();
  await expect(page).toHaveURL(new RegExp(`/board/t/${thread.id}/${thread.slug}/2#post-2$`));
  const reply = main.locator("#post-2");
  await expect(reply.locator("blockquote")).toContainText(`Quoted thread ${marker}`);
  await expect(reply.getByText(en.BoardThread.inReplyTo.replace("{number}", "1"))).toBeVisible();

  // A reaction is a button of its own form: it toggles without JavaScript, and says it is pressed.
  const thanks = (count: number) => main.locator("#post-1").getByRole("button", { name: `${en.BoardThread.reactions.THANKS} (${count})` });
  await thanks(0).click();
  await expect(thanks(1)).toHaveAttribute("aria-pressed", "true");
  await thanks(1).click();
  await expect(thanks(0)).toHaveAttribute("aria-pressed", "false");

  // The search is a GET form: the reply is found by a word typed in capitals, and the word is marked.
  await page.goto("/search");
  await page.getByRole("searchbox", { name: en.BoardSearch.q }).fill(`AGREE ${marker.toUpperCase()}`);
  await page.getByRole("button", { name: en.BoardSearch.search }).click();
  const results = main.getByRole("list", { name: en.BoardSearch.results });
  await expect(results.getByRole("link", { name: `Quoted thread ${marker}` })).toBeVisible();
  await expect(results.locator("mark").first()).toBeVisible();
  await context.close();
});
