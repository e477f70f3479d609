// With JavaScript on, React resets a form once its action has run: after a refusal every field must still
// show what was chosen or typed (passwords aside), selects included; and after saving, what was saved.
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { uniqueEmail } from "@/tests/factories/unique";
import { field } from "./support/account";
import { ApplyPage, createAdminWithTwoStep, labelled } from "./support/applications";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const es = messages("es");

test("the application form keeps every answer, the country too, after the server refuses the password", async ({ page, shell, prisma }) => {
  const apply = new ApplyPage(page, shell);
  const answers = {
    name: "Amara Okafor",
    displayName: "Nia",
    email: uniqueEmail("e2e-kept"),
    password: "password123",
    country: "Kenya",
    languages: ["English", "Swahili"],
    work: "I run a legal aid clinic for women held before trial.",
  };
  await apply.open();
  await apply.fill(answers);
  await apply.submit();

  const main = apply.main;
  await expect(main.getByText(en.ApplicationErrors.weakPassword)).toBeVisible();
  await shell.landed();
  await expect(main.getByLabel(labelled(en.Apply.country.label))).toHaveValue("KE");
  await expect(main.getByLabel(labelled(en.Apply.name.label))).toHaveValue(answers.name);
  await expect(main.getByLabel(labelled(en.Apply.work.label))).toHaveValue(answers.work);
  await expect(main.getByRole("checkbox", { name: "Swahili", exact: true })).toBeChecked();
  await expect(main.getByRole("checkbox", { name: en.Apply.consent.label })).toBeChecked();
  await expect(main.getByLabel(labelled(en.Apply.password.label))).toHaveValue("");

  // Only the password is typed again.
  await main.getByLabel(labelled(en.Apply.password.label)).fill("lantern-orchid-gravel-mosaic-41");
  await apply.submit();
  await expect(main.getByText(en.Apply.sentBody)).toBeVisible();
  expect(await prisma.membershipApplication.findFirst({ where: { user: { email: answers.email } }, select: { countryCode: true } })).toEqual({ countryCode: "KE" });
});

test("the admin's invitation form keeps the language, role and address after the server refuses them", async ({ page, shell, prisma }) => {
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  await shell.visit("/admin/invitations");
  const main = page.getByRole("main");

  await main.getByLabel(labelled(en.AdminInvitations.email)).fill(member.email);
  await main.getByLabel(labelled(en.AdminInvitations.locale)).selectOption("fr");
  await main.getByRole("checkbox", { name: en.AdminInvitations.preApproved }).check();
  await main.getByLabel(labelled(en.AdminInvitations.role)).selectOption("MODERATOR");
  await main.getByRole("button", { name: en.AdminInvitations.submit }).click();

  await expect(main.getByText(en.AdminInvitations.errors.alreadyMember)).toBeVisible();
  await shell.landed();
  await expect(main.getByLabel(labelled(en.AdminInvitations.email))).toHaveValue(member.email);
  await expect(main.getByLabel(labelled(en.AdminInvitations.locale))).toHaveValue("fr");
  await expect(main.getByLabel(labelled(en.AdminInvitations.role))).toHaveValue("MODERATOR");
  await expect(main.getByRole("checkbox", { name: en.AdminInvitations.preApproved })).toBeChecked();
});

test("after saving a language, the account page's select shows that language", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma, { locale: "en" });
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit("/account");
  const main = page.getByRole("main");

  await main.getByLabel(field(en.AccountOverview.language)).selectOption("es");
  await main.getByRole("button", { name: en.AccountOverview.languageSave }).click();
  await expect(main.getByText(es.AccountOverview.languageSaved)).toBeVisible();
  await shell.landed();
  await expect(main.getByLabel(field(es.AccountOverview.language))).toHaveValue("es");
  await expect(main.getByLabel(field(es.AccountOverview.language)).locator("option:checked")).toHaveText("Español");
});

test("a signed-in visitor sent to sign in with a crafted next stays on the site", async ({ page, shell, prisma, baseURL }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);

  for (const next of ["/.//evil.example/phish", "/%2F%2Fevil.example", "/%09/evil.example"]) {
    const response = await page.request.get(`/sign-in?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
    expect(response.status(), next).toBe(307);
    expect(new URL(response.headers().location ?? "", baseURL).href, next).toBe(new URL("/welcome", baseURL).href);
  }
});
