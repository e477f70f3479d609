// Collaboration requests as members use them: a representative posts a request for her organization; another
// member sees it among her matches, finds it with filters and a search, and responds; the representative
// accepts, they write to each other in the request's workspace, and she closes it with an outcome. And without JavaScript, on a phone: a member finds a request with the GET form and responds.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createOrganization } from "@/tests/factories/organizations";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { signInOnPage, SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const word = () => `zq${randomBytes(4).toString("hex")}`;

test("a representative posts a request for her organization; a member who fits finds it, responds, and is accepted", async ({ page, shell, prisma }) => {
  // Three members sign in and nine pages are checked with axe: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const marker = word();
  const organization = await createOrganization(prisma, { representative: "create", countryCode: "KE", name: `Kenya Collective ${marker}` });
  const representative = organization.createdRepresentative!;
  const member = await createMember(prisma, { displayName: `Responder ${marker}`, profile: { countryCode: "KE", areasOfWork: ["MONITORING"] } });
  const main = page.getByRole("main");
  const title = `Partner for monitoring visits ${marker}`;

  await new SignInPage(page, shell).signInAndLand(representative.email, TEST_PASSWORD);
  await shell.navigateTo("/collaborations");
  await expect(shell.heading).toHaveText(en.Collaborations.title);
  await main.getByRole("link", { name: en.Collaborations.newRequest }).click();
  await expect(page).toHaveURL(/\/collaborations\/new$/);
  await shell.landed();
  await main.getByLabel(en.CollaborationForm.postAs).selectOption({ label: organization.name });
  await main.getByLabel(en.CollaborationForm.kind).selectOption("MONITORING_VISIT");
  await main.getByLabel(en.CollaborationForm.title).fill(title);
  await main.getByRole("textbox", { name: en.CollaborationForm.body }).fill(`We plan **unannounced visits** ${marker}`);
  await main.getByRole("textbox", { name: en.CollaborationForm.needs }).fill("A partner who has done this before.");
  await main.getByLabel(en.CollaborationForm.countries).selectOption(["KE"]);
  await main.getByRole("button", { name: en.CollaborationForm.post }).click();
  await expect(page).toHaveURL(/\/collaborations\/[a-z0-9]+\?done=posted$/);
  await shell.landed();
  await expect(shell.heading).toHaveText(title);
  await expect(main.getByText(en.CollaborationRequest.done.posted)).toBeVisible();
  await expect(main.locator("strong", { hasText: "unannounced visits" })).toBeVisible();
  const requestUrl = page.url().replace(/\?.*$/, "");

  // Another member: the request is among her matches, with the reason, and the filters and search find it.
  await page.context().clearCookies();
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await expect(main.getByRole("heading", { name: en.CollaborationsAbout.homeTitle })).toBeVisible();
  await shell.navigateTo("/collaborations");
  const matches = main.getByRole("list", { name: en.Collaborations.matchesTitle });
  await expect(matches.getByRole("link", { name: title })).toBeVisible();
  await expect(matches.getByRole("listitem").filter({ hasText: title })).toContainText("you work in Kenya");
  const filters = main.getByRole("search", { name: en.Collaborations.filtersLabel });
  await filters.getByRole("searchbox", { name: en.Collaborations.search }).fill(marker.toUpperCase());
  await filters.getByLabel(en.Collaborations.kind).selectOption("MONITORING_VISIT");
  await filters.getByRole("button", { name: en.Collaborations.apply }).click();
  await expect(page).toHaveURL(/kind=MONITORING_VISIT/);
  await shell.landed();
  const results = main.getByRole("list", { name: en.Collaborations.resultsLabel });
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await results.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(requestUrl);
  await shell.landed();
  await main.getByRole("textbox", { name: en.CollaborationRequest.message }).fill(`We can help ${marker}`);
  await main.getByRole("button", { name: en.CollaborationRequest.send }).click();
  await expect(page).toHaveURL(/\?done=responded#your-responses$/);
  await shell.landed();
  await expect(main.getByRole("heading", { name: en.CollaborationRequest.yourResponses })).toBeVisible();
  await expect(main.getByText(en.CollaborationRequest.responseStatus.OPEN)).toBeVisible();

  // The representative accepts; the request is in progress and the responder is told.
  await page.context().clearCookies();
  await new SignInPage(page, shell).signInAndLand(representative.email, TEST_PASSWORD);
  await shell.visit(requestUrl.replace(/^https?:\/\/[^/]+/, ""));
  const responses = main.locator("#responses");
  await expect(responses).toContainText(`We can help ${marker}`);
  await responses.getByRole("textbox", { name: en.CollaborationRequest.decisionMessage }).fill("Welcome!");
  await responses.getByRole("button", { name: en.CollaborationRequest.accept }).click();
  await expect(page).toHaveURL(/\?done=accepted#responses$/);
  await shell.landed();
  await expect(main.getByText(en.CollaborationRequest.done.accepted)).toBeVisible();
  await expect(main.getByText(en.CollaborationStatus.IN_PROGRESS).first()).toBeVisible();
  await expect(main.getByRole("heading", { name: en.CollaborationRequest.workspaceHeading })).toBeVisible();
  await expect.poll(() => prisma.notification.count({ where: { userId: member.id, type: "COLLABORATION_ACCEPTED" } })).toBe(1);

  // Accepting opened the request's workspace: the representative writes in it, and the responder reads it there.
  await main.getByRole("link", { name: en.CollaborationRequest.openWorkspace }).click();
  await expect(page).toHaveURL(/\/messages\/[a-z0-9]+$/);
  await shell.landed();
  await expect(shell.heading).toHaveText(title);
  await expect(main.getByRole("link", { name: en.Conversation.aboutRequest })).toBeVisible();
  await main.getByRole("textbox", { name: en.BoardComposer.body }).fill(`Shall we plan the first visit? ${marker}`);
  await main.getByRole("button", { name: en.MessageComposer.send, exact: true }).click();
  await expect(page).toHaveURL(/#message-\d+$/);
  await shell.landed();
  await expect(main.getByText(`Shall we plan the first visit? ${marker}`)).toBeVisible();
  const workspaceUrl = page.url().replace(/^https?:\/\/[^/]+/, "").replace(/[?#].*$/, "");
  await page.context().clearCookies();
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit(requestUrl.replace(/^https?:\/\/[^/]+/, ""));
  await main.getByRole("link", { name: en.CollaborationRequest.openWorkspace }).click();
  await expect(page).toHaveURL(new RegExp(`${workspaceUrl}$`));
  await shell.landed();
  await expect(main.getByText(`Shall we plan the first visit? ${marker}`)).toBeVisible();

  // The representative closes the request as completed, sharing the outcome; the workspace's timeline says so.
  await page.context().clearCookies();
  await new SignInPage(page, shell).signInAndLand(representative.email, TEST_PASSWORD);
  await shell.visit(requestUrl.replace(/^https?:\/\/[^/]+/, ""));
  await main.getByRole("radio", { name: en.CollaborationRequest.completed }).check();
  await main.getByRole("textbox", { name: en.CollaborationRequest.outcome }).fill(`Two joint visits done ${marker}`);
  await main.getByRole("checkbox", { name: en.CollaborationRequest.outcomeShared }).check();
  await main.getByRole("button", { name: en.CollaborationRequest.close }).click();
  await expect(page).toHaveURL(/\?done=completed/);
  await shell.landed();
  await expect(main.getByRole("heading", { name: en.CollaborationRequest.outcomeHeading })).toBeVisible();
  await expect(main.getByText(en.CollaborationRequest.outcomeIsShared)).toBeVisible();
  await main.getByRole("link", { name: en.CollaborationRequest.openWorkspace }).click();
  await expect(page).toHaveURL(new RegExp(`${workspaceUrl}$`));
  await shell.landed();
  await expect(main).toContainText(en.ConversationSystem.statuses.COMPLETED);
});

/** A request written straight to the database, as the app writes it (tokens and folded text included). */
async function createRequestRow(prisma: PrismaClient, authorId: string, title: string) {
  return prisma.collaborationRequest.create({
    data: {
      authorId,
      kind: "TRAINING",
      title,
      source: "Training on the Bangkok Rules.",
      cooked: "<p>Training on the Bangkok Rules.</p>",
      needs: "Trainers.",
      languages: ["en"],
      searchText: title.toLowerCase(),
      matchTokens: ["kind:TRAINING", "area:TRAINING", "language:en"],
    },
  });
}

// Without JavaScript axe cannot run, so this journey uses a browser of its own; the same pages pass the
// accessibility check with JavaScript above.
test("without JavaScript, on a phone, a member finds a request with the GET form and responds", async ({ browser, baseURL, prisma }) => {
  const marker = word();
  const author = await createMember(prisma);
  const member = await createMember(prisma);
  const title = `Trainers wanted ${marker}`;
  const request = await createRequestRow(prisma, author.id, title);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const main = page.getByRole("main");
  await signInOnPage(page, member.email, TEST_PASSWORD);

  await page.goto("/collaborations");
  await main.getByRole("searchbox", { name: en.Collaborations.search }).fill(marker);
  await main.getByRole("button", { name: en.Collaborations.apply }).click();
  await expect(page).toHaveURL(new RegExp(`q=${marker}`));
  await main.getByRole("list", { name: en.Collaborations.resultsLabel }).getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(`/collaborations/${request.id}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // A refusal keeps what was typed, and says what to correct.
  await main.getByRole("button", { name: en.CollaborationRequest.send }).click();
  await expect(main.getByRole("alert")).toBeVisible();
  await main.getByRole("textbox", { name: en.CollaborationRequest.message }).fill(`Count me in ${marker}`);
  await main.getByRole("button", { name: en.CollaborationRequest.send }).click();
  await expect(page).toHaveURL(new RegExp(`/collaborations/${request.id}\\?done=responded`));
  await expect(main.getByText(`Count me in ${marker}`)).toBeVisible();
  expect(await prisma.collaborationResponse.count({ where: { requestId: request.id, responderId: member.id } })).toBe(1);
  await context.close();
});
