// The Bangkok Rules hub as a member uses it on a phone: the 70 rules by part and section with their short
// titles, a rule tag on a thread leading to the rule's page, and the thread listed there. Every page passes axe.
import { randomBytes } from "node:crypto";
import { createThreadRow } from "@/tests/factories/board";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const fr = messages("fr");

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("a member opens /rules, follows a rule tag from a thread to the rule's page and finds the thread there", async ({ page, shell, prisma }) => {
    const member = await createMember(prisma);
    // The directory's counts are kept by triggers, so her country shows at once (threads are counted by the job).
    await createMember(prisma, { profile: { countryCode: "KE", ruleNumbers: [24] } });
    const title = `Restraints during childbirth zq${randomBytes(4).toString("hex")}`;
    const thread = await createThreadRow(prisma, { authorId: member.id, title, ruleNumbers: [24], countryCodes: ["KE"] });
    const fitsWidth = async () => expect(await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth)).toBeLessThanOrEqual(360);
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);

    await shell.visit("/rules");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(en.RulesHub.title);
    await expect(main.getByRole("heading", { name: en.BangkokRules.sections.I_7_c })).toBeVisible();
    await expect(main.getByRole("link", { name: `Rule 24: ${en.RuleTitles["24"]}` }).first()).toHaveAttribute("href", "/rules/24");
    await expect(main.getByRole("link", { name: `Rule 70: ${en.RuleTitles["70"]}` }).first()).toBeVisible();
    await fitsWidth();

    await shell.visit(`/board/t/${thread.id}/${thread.slug}`);
    await main.getByRole("list", { name: en.BoardThread.tags }).getByRole("link", { name: "Rule 24" }).click();
    await expect(page).toHaveURL(/\/rules\/24$/);
    await shell.landed();
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(`Rule 24: ${en.RuleTitles["24"]}`);
    const threads = main.getByRole("region", { name: en.RulePage.threadsTitle });
    await expect(threads.getByRole("link", { name: title })).toHaveAttribute("href", `/board/t/${thread.id}/${thread.slug}`);
    const members = main.getByRole("region", { name: en.RulePage.membersTitle });
    await expect(members.getByRole("link", { name: /^Kenya: \d+$/ })).toHaveAttribute("href", "/countries/ke");
    await expect(main.getByRole("link", { name: en.RulesHub.officialText })).toHaveAttribute("href", /^https:\/\/www\.unodc\.org\//);
    await fitsWidth();
  });
});

test("in French, a rule's page names its section and links the official text in French", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma, { locale: "fr" });
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit("/rules/48");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(`Règle 48 : ${fr.RuleTitles["48"]}`);
  await expect(main.getByText(fr.BangkokRules.sections.II_A_3, { exact: false })).toBeVisible();
  await expect(main.getByRole("link", { name: fr.RulesHub.officialText })).toHaveAttribute("href", "https://undocs.org/fr/A/RES/65/229");
  await shell.visit("/rules/71", { status: 404 });
});
