// The unsubscribe link of notification emails, signed out. A valid link's journey (the page asks, the button or a
// mail program's one-click POST changes that one preference) is in tests/integration/notification-emails.test.ts,
// where the links can be signed; here: what a visitor with a forged link sees, and that nothing answers it.
import { messages } from "./support/messages";
import { expect, test } from "./support/test";

const t = messages("en").Unsubscribe;
const FORGED = "cforgedmember000000000000.t.MENTION.zzzzzz.c2lnbmF0dXJlLXRoYXQtaXMtbm90LXJlYWxseS1zaWduZWQ";

test("a forged unsubscribe link gets a clear page, not indexed, and a one-click POST is refused", async ({ page, shell, request }) => {
  await shell.visit(`/unsubscribe/${FORGED}`);
  expect(new URL(page.url()).pathname).toBe(`/unsubscribe/${FORGED}/confirm`);
  await expect(shell.heading).toHaveText(t.invalidTitle);
  await expect(page.getByText(t.invalidBody)).toBeVisible();
  await expect(page.getByRole("button", { name: t.confirm })).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);

  const answer = await request.post(`/unsubscribe/${FORGED}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(answer.status()).toBe(400);
});
