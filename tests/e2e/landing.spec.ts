import { createMember } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { demoPeopleData, expectNoMemberData } from "./support/member-data";
import { expect, test } from "./support/test";

const en = messages("en");

test("the landing page explains the network and how to apply", async ({ page, shell }) => {
  await shell.visit("/");
  await expect(page).toHaveTitle(en.Metadata.siteTitle);
  await expect(shell.heading).toHaveText(en.Home.title);
  const main = page.getByRole("main");
  await expect(main).toContainText(en.Home.lead);
  await expect(main.getByRole("heading", { level: 2, name: en.Home.whatTitle })).toBeVisible();
  await expect(main.getByRole("heading", { level: 2, name: en.Home.joinTitle })).toBeVisible();
  await expect(main).toContainText(en.Home.joinBody);

  const applyLinks = main.getByRole("link", { name: en.Home.applyCta, exact: true });
  await expect(applyLinks.first()).toHaveAttribute("href", "/apply");
  await applyLinks.first().click();
  await expect(page).toHaveURL("/apply");
  await shell.landed();
});

test("the landing page shows no member data", async ({ page, shell, prisma }) => {
  // A member created just now, beside the seeded demo network: neither may show up.
  const member = await createMember(prisma, { profile: { bio: `Private bio of ${Date.now()}`, livedExperience: "A private account" } });
  await shell.visit("/");
  await expectNoMemberData(page, demoPeopleData(), {
    names: [member.name, member.displayName].filter((name): name is string => Boolean(name)),
    emails: [member.email],
    texts: [member.profile.bio, member.profile.livedExperience].filter((text): text is string => Boolean(text)),
  });
});
