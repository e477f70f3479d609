// An invitation's page as the invitee sees it: in the language it was sent in (unless the visitor chose
// another), and, when pre-approved, saying the account opens at once with no word about review.
import { createInvitation } from "@/tests/factories/invitations";
import { createAdmin } from "@/tests/factories/users";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { messages } from "./support/messages";
import { expect, test } from "./support/test";

const fr = messages("fr");
const es = messages("es");

test.use({ locale: "en-GB", extraHTTPHeaders: { "accept-language": "en-GB,en;q=0.9" } });

test("a French pre-approved invitation opens in French and promises an account at once, with no review", async ({ page, shell, prisma }) => {
  const admin = await createAdmin(prisma, { displayName: "Amina" });
  const { token } = await createInvitation(prisma, { invitedById: admin.id, preApproved: true, locale: "fr" });

  await shell.visit(`/invitations/${token}`);

  expect(await shell.htmlLang()).toBe("fr");
  await expect(shell.heading).toHaveText(fr.InvitationAccept.title);
  const main = page.getByRole("main");
  await expect(main).toContainText(fr.InvitationAccept.introPreApproved.replace("{inviterName}", "Amina"));
  await expect(main.getByRole("checkbox", { name: fr.InvitationAccept.preApprovedForm.consentLabel })).toBeVisible();
  await expect(main).not.toContainText(/examin|votre demande|candidature/i);
});

test("a visitor who chose another language keeps it on an invitation's page", async ({ page, shell, prisma, baseURL }) => {
  const admin = await createAdmin(prisma);
  const { token } = await createInvitation(prisma, { invitedById: admin.id, locale: "fr" });
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "es", url: baseURL! }]);

  await shell.visit(`/invitations/${token}`);

  expect(await shell.htmlLang()).toBe("es");
  await expect(shell.heading).toHaveText(es.InvitationAccept.title);
});
