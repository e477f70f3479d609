// A member's notification email as the member would get it: a mention on the board reaches her inbox within
// seconds (the job queue runs in the app, nudged by the notification), in her language, saying only what kind
// of thing happened; its unsubscribe link works signed out and stops only that kind of email.
import { randomBytes } from "node:crypto";
import { createThreadRow } from "@/tests/factories/board";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

test("a mention is emailed at once, naming nobody and nothing, and its unsubscribe link stops mention emails only", async ({ page, shell, prisma, browser, baseURL }) => {
  const marker = `zq${randomBytes(4).toString("hex")}`;
  const writer = await createMember(prisma, { displayName: `Writer ${marker}` });
  const reader = await createMember(prisma, { locale: "fr" });
  const thread = await createThreadRow(prisma, { authorId: writer.id, title: `Visits to the annex ${marker}` });

  await new SignInPage(page, shell).signInAndLand(writer.email, TEST_PASSWORD);
  await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
  await page.getByRole("main").getByRole("textbox", { name: en.BoardComposer.body }).fill(`Could you join, @${reader.profile.handle}? ${marker}`);
  await page.getByRole("main").getByRole("button", { name: en.BoardComposer.postReply }).click();
  await expect(page).toHaveURL(/\/2#post-2$/);
  await shell.landed();

  const emailTo = () => prisma.outboxEmail.findFirst({ where: { to: reader.email, template: "notifications.immediate" } });
  await expect.poll(emailTo, { timeout: 30_000 }).not.toBeNull();
  const email = await emailTo();
  expect(email?.locale).toBe("fr");
  // Nothing anyone wrote, no name, no title: the marker is in all three.
  expect(`${email?.subject} ${email?.text} ${email?.html}`).not.toContain(marker);
  expect(email?.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  const link = /https?:\/\/[^\s>"]+\/unsubscribe\/[^\s>"]+/.exec(email?.text ?? "")?.[0];
  expect(link).toBeTruthy();

  const signedOut = await browser.newContext({ baseURL });
  const visitor = await signedOut.newPage();
  const visitorShell = new Shell(visitor);
  await visitorShell.visit(new URL(link ?? "").pathname);
  await expect(visitorShell.heading).toHaveText(en.Unsubscribe.title);
  await visitor.getByRole("button", { name: en.Unsubscribe.confirm }).click();
  await expect(visitorShell.heading).toHaveText(en.Unsubscribe.doneTitle);
  await visitorShell.landed();
  await signedOut.close();

  const choices = await prisma.notificationPreference.findMany({ where: { userId: reader.id } });
  expect(choices.map((choice) => [choice.topic, choice.delivery])).toEqual([["MENTION", "IN_APP"]]);
});
