// The "zero-setup" project: `npm start` with nothing configured, as a newcomer starts it (see
// scripts/e2e-server.ts --zero-setup). Playwright waited for its announcement before running these.
import { DEMO_SIGN_INS } from "@/prisma/seed/demo-data";
import { messages } from "./support/messages";
import { migrationCount } from "./support/migrations";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

test("npm start announced where the platform runs and the demo sign-ins", ({ baseURL }) => {
  // Captured from npm start's output by the web server's `wait` pattern in playwright.config.ts.
  expect(process.env.WIPN_ANNOUNCED_URL).toBe(baseURL);
  const signIns = process.env.WIPN_ANNOUNCED_SIGN_INS ?? "";
  for (const signIn of DEMO_SIGN_INS) {
    expect(signIns).toContain(signIn.email);
    expect(signIns).toContain(signIn.password);
  }
});

test("the embedded database is reachable and fully migrated", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { reachable: true } });
  expect(body.database.appliedMigrations).toBe(migrationCount());
});

test("the landing page works out of the box, and the demo member can sign in", async ({ page, shell }) => {
  const en = messages("en");
  await shell.visit("/");
  await expect(shell.heading).toHaveText(en.Home.title);
  const member = DEMO_SIGN_INS.find((signIn) => signIn.role === "Member")!;
  await new SignInPage(page, shell).signInAndLand(member.email, member.password);
  await shell.navigateTo("/board");
  await expect(page.getByRole("main")).toContainText(en.Placeholders.comingSoon);
});
