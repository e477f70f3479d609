// Attaching resources from the library, on a phone (360 px). With JavaScript, a member finds a report in the reply
// composer's picker by typing a few words (arrow keys and Enter), posts the reply and sees the report's card under
// it; then attaches it to a private message the same way. Without JavaScript, she pastes the resource's address,
// sees it resolved in the preview, and posts; and the same in a conversation. Pages with JavaScript pass axe.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { resourceSearchDocument } from "@/lib/resources/format";
import { createThreadRow } from "@/tests/factories/board";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { signInOnPage, SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const WIDTH = 360;
const word = () => `za${randomBytes(4).toString("hex")}`;
const scrollWidth = (page: Page) => page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

test.use({ viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true });

/** A published link resource the whole network sees, searchable by its title. */
async function shareResource(prisma: PrismaClient, authorId: string, title: string) {
  return prisma.resource.create({
    data: {
      authorId,
      type: "TOOLKIT",
      title,
      summarySource: "How to document body searches.",
      summaryCooked: "<p>How to document body searches.</p>",
      languages: ["en", "es"],
      searchText: resourceSearchDocument({ title, summary: "How to document body searches.", extractedText: null }),
      filterTokens: ["type:TOOLKIT", "language:en", "language:es"],
      versions: { create: { number: 1, linkUrl: "https://toolkits.example.org/searches", createdById: authorId } },
    },
  });
}

test("with JavaScript, a member picks a resource by words for a board reply and for a private message", async ({ page, shell, prisma }) => {
  test.setTimeout(150_000);
  const marker = word();
  const [author, member, friend] = await Promise.all([createMember(prisma), createMember(prisma), createMember(prisma, { displayName: `Friend ${marker}` })]);
  const resource = await shareResource(prisma, author.id, `Searches toolkit ${marker}`);
  const thread = await createThreadRow(prisma, { authorId: author.id, title: `Body searches on admission ${marker}` });
  const main = page.getByRole("main");

  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
  await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`This helped us ${marker}`);
  const picker = main.getByRole("combobox", { name: en.ResourceAttach.label });
  await picker.fill(`toolkit ${marker}`);
  const choice = main.getByRole("option", { name: new RegExp(`Searches toolkit ${marker}`) });
  await expect(choice).toBeVisible();
  await picker.press("ArrowDown");
  await expect(choice).toHaveAttribute("aria-selected", "true");
  await picker.press("Enter");
  const chosen = main.getByRole("list", { name: en.ResourceAttach.chosen });
  await expect(chosen.getByRole("listitem")).toHaveText([new RegExp(`Searches toolkit ${marker}`)]);
  await expect(picker).toBeFocused();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
  await main.getByRole("button", { name: en.BoardComposer.postReply }).click();
  await expect(page).toHaveURL(/#post-2$/);
  await shell.landed();
  const reply = main.locator("#post-2");
  await expect(reply.getByRole("link", { name: `Searches toolkit ${marker}` })).toHaveAttribute("href", `/resources/${resource.id}`);
  await expect(reply.getByRole("link", { name: en.ResourceAttach.openLink.replace("{host}", "toolkits.example.org") })).toHaveAttribute("href", `/resources/${resource.id}/download`);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);

  // A private message: the same picker; the chip can be removed and picked again with the keyboard alone.
  await shell.visit(`/messages/new?to=${friend.profile.handle}`);
  await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`The toolkit I mentioned ${marker}`);
  await main.getByRole("combobox", { name: en.ResourceAttach.label }).fill(`searches ${marker}`);
  await expect(main.getByRole("option", { name: new RegExp(`Searches toolkit ${marker}`) })).toBeVisible();
  await main.getByRole("combobox", { name: en.ResourceAttach.label }).press("ArrowDown");
  await main.getByRole("combobox", { name: en.ResourceAttach.label }).press("Enter");
  await main.getByRole("button", { name: en.ResourceAttach.remove.replace("{title}", `Searches toolkit ${marker}`) }).click();
  await expect(main.getByRole("list", { name: en.ResourceAttach.chosen })).toHaveCount(0);
  await main.getByRole("combobox", { name: en.ResourceAttach.label }).fill(`searches ${marker}`);
  await expect(main.getByRole("option", { name: new RegExp(`Searches toolkit ${marker}`) })).toBeVisible();
  await main.getByRole("combobox", { name: en.ResourceAttach.label }).press("ArrowDown");
  await main.getByRole("combobox", { name: en.ResourceAttach.label }).press("Enter");
  await main.getByRole("button", { name: en.MessageComposer.send, exact: true }).click();
  await expect(page).toHaveURL(/\/messages\/[a-z0-9]+#message-1$/);
  await shell.landed();
  await expect(main.locator("#message-1").getByRole("link", { name: `Searches toolkit ${marker}` })).toBeVisible();
  expect(await prisma.resourceAttachment.count({ where: { resourceId: resource.id } })).toBe(2);
});

// Without JavaScript axe cannot run, so this journey uses a browser of its own.
test("without JavaScript, a member pastes a resource's address, sees it in the preview, and attaches it to a reply and a message", async ({ browser, baseURL, prisma }) => {
  test.setTimeout(150_000);
  const marker = word();
  const [author, member, friend] = await Promise.all([createMember(prisma), createMember(prisma), createMember(prisma)]);
  const resource = await shareResource(prisma, author.id, `Admission checklist ${marker}`);
  const thread = await createThreadRow(prisma, { authorId: author.id, title: `Checklists for admission ${marker}` });
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: WIDTH, height: 740 } });
  const page = await context.newPage();
  const main = page.getByRole("main");
  await signInOnPage(page, member.email, TEST_PASSWORD);

  await page.goto(`/board/t/${thread.id}/${thread.slug}`);
  await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`Ours is attached ${marker}`);
  await main.getByRole("textbox", { name: en.ResourceAttach.label }).fill(`${baseURL}/resources/${resource.id} nosuchresource`);
  await main.getByRole("button", { name: en.BoardComposer.preview }).click();
  const preview = main.getByRole("region", { name: en.BoardComposer.previewHeading });
  await expect(preview.getByRole("link", { name: `Admission checklist ${marker}` })).toBeVisible();
  await expect(preview.getByText("nosuchresource")).toBeVisible();
  // Posting with the unknown entry is refused on the field, everything kept.
  await main.getByRole("button", { name: en.BoardComposer.postReply }).click();
  await expect(main.getByRole("alert")).toContainText(en.BoardComposer.attach);
  await expect(main.getByText(/not a resource you can attach.*nosuchresource/)).toBeVisible();
  await expect(main.getByRole("textbox", { name: en.ResourceAttach.label })).toHaveValue(`${baseURL}/resources/${resource.id} nosuchresource`);
  await main.getByRole("textbox", { name: en.ResourceAttach.label }).fill(`/resources/${resource.id}`);
  await main.getByRole("button", { name: en.BoardComposer.postReply }).click();
  await expect(page).toHaveURL(/#post-2$/);
  await expect(main.locator("#post-2").getByRole("link", { name: `Admission checklist ${marker}` })).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);

  await page.goto(`/messages/new?to=${friend.profile.handle}`);
  await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`The checklist ${marker}`);
  await main.getByRole("textbox", { name: en.ResourceAttach.label }).fill(resource.id);
  await main.getByRole("button", { name: en.MessageComposer.send, exact: true }).click();
  await expect(page).toHaveURL(/\/messages\/[a-z0-9]+#message-1$/);
  await expect(main.locator("#message-1").getByRole("link", { name: `Admission checklist ${marker}` })).toBeVisible();
  expect(await prisma.resourceAttachment.count({ where: { resourceId: resource.id } })).toBe(2);
  await context.close();
});
