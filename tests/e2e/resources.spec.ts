// The resource library as a member uses it, on a phone (360 px): she shares a link to a report with an accented
// title, finds it again by searching without the accents (the library's own search and /search's resources
// scope), opens it and sees its metadata and version; another member flags it. And a file: upload a PDF, describe it,
// download it, find it by the words inside once the background job has read them. Every page is checked with axe.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { demoPdf } from "@/prisma/seed/demo-pdf";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const WIDTH = 360;
const word = () => `zr${randomBytes(4).toString("hex")}`;

test.use({ viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true });

const scrollWidth = (page: Page) => page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

test("a member shares a link resource, finds it by searching without accents, and opens it", async ({ page, shell, prisma }) => {
  test.setTimeout(150_000);
  const marker = word();
  const author = await createMember(prisma, { displayName: `Author ${marker}` });
  const reader = await createMember(prisma, { displayName: `Reader ${marker}` });
  const main = page.getByRole("main");
  const title = `Informe sobre cárceles de Bogotá ${marker}`;

  await new SignInPage(page, shell).signInAndLand(author.email, TEST_PASSWORD);
  await shell.navigateTo("/resources");
  await expect(shell.heading).toHaveText(en.Resources.title);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
  await main.getByRole("link", { name: en.Resources.share }).first().click();
  await expect(page).toHaveURL(/\/resources\/new$/);
  await shell.landed();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);

  // A refusal keeps what she typed and names the field.
  await main.getByLabel(en.ResourceForm.link).fill("javascript:alert(1)");
  await main.getByLabel(en.ResourceForm.title).fill(title);
  await main.getByRole("textbox", { name: en.ResourceForm.summary }).fill(`A **report** on women in pre-trial detention ${marker}.`);
  await main.getByRole("button", { name: en.ResourceForm.share }).click();
  await expect(main.getByText(en.Errors.fields.website).first()).toBeVisible();
  await expect(main.getByLabel(en.ResourceForm.title)).toHaveValue(title);

  await main.getByLabel(en.ResourceForm.link).fill("https://example.org/informe-bogota");
  await main.getByLabel(en.ResourceForm.type).selectOption("RESEARCH");
  await main.getByLabel(en.ResourceForm.year).fill("2024");
  await main.getByLabel(en.ResourceForm.languages).selectOption(["es"]);
  await main.getByLabel(en.ResourceForm.countries).selectOption(["CO"]);
  await main.getByRole("button", { name: en.ResourceForm.share }).click();
  await expect(page).toHaveURL(/\/resources\/[a-z0-9]+\?done=shared$/);
  await shell.landed();
  await expect(shell.heading).toHaveText(title);
  await expect(main.getByText(en.Resource.done.shared)).toBeVisible();
  await expect(main.locator("strong", { hasText: "report" })).toBeVisible();
  await expect(main.getByRole("link", { name: en.Resource.openLink })).toHaveAttribute("href", "https://example.org/informe-bogota");
  const resourceUrl = page.url().replace(/\?.*$/, "").replace(/^https?:\/\/[^/]+/, "");

  // Another member finds it without the accents, in the library and on the search page, and opens it.
  await page.context().clearCookies();
  await new SignInPage(page, shell).signInAndLand(reader.email, TEST_PASSWORD);
  await shell.navigateTo("/resources");
  const filters = main.getByRole("search", { name: en.Resources.filtersLabel });
  await filters.getByRole("searchbox", { name: en.Resources.search }).fill(`carceles bogota ${marker}`);
  await filters.getByLabel(en.Resources.type).selectOption("RESEARCH");
  await filters.getByRole("button", { name: en.Resources.apply }).click();
  await expect(page).toHaveURL(/type=RESEARCH/);
  await shell.landed();
  const results = main.getByRole("list", { name: en.Resources.resultsLabel });
  await expect(results.getByRole("listitem")).toHaveCount(1);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);

  await shell.visit(`/search?what=resources&q=${encodeURIComponent(`CARCEL ${marker}`)}`);
  const found = main.getByRole("list", { name: en.ResourceSearch.results });
  await found.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(resourceUrl);
  await shell.landed();
  await expect(main.getByText(en.Resource.versionNumber.replace("{number}", "1"))).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);

  // She flags it for the moderators (a plain form).
  await main.getByText(en.Resource.flagTitle).click();
  await main.getByRole("button", { name: en.ModerationFlagForm.send }).click();
  await expect(main.getByText(en.Resource.flagged)).toBeVisible();
});

test("a member uploads a PDF, describes it, downloads it, and finds it by the words inside", async ({ page, shell, prisma }) => {
  test.setTimeout(150_000);
  const marker = word();
  const member = await createMember(prisma, { displayName: `Uploader ${marker}` });
  const main = page.getByRole("main");
  const pdf = demoPdf("Guía de monitoreo", [`Visitas sin previo aviso a la cárcel ${marker} de Chorrillos.`]);

  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit("/resources/new");
  await main.getByRole("link", { name: en.ResourceForm.asFile }).click();
  await expect(page).toHaveURL(/\/resources\/new\?as=file$/);
  await shell.landed();
  // Without a file: the route sends her back with the reason on the field.
  await main.getByRole("button", { name: en.ResourceForm.upload }).click();
  await expect(page).toHaveURL(/fileError=/);
  await shell.landed();
  await expect(main.getByRole("alert").filter({ hasText: en.ResourceErrors.fileMissing })).toBeVisible();
  await main.getByLabel(en.ResourceForm.file).setInputFiles({ name: "guia-monitoreo.pdf", mimeType: "application/pdf", buffer: pdf });
  await main.getByRole("button", { name: en.ResourceForm.upload }).click();
  await expect(page).toHaveURL(/\/resources\/new\?as=file&file=/);
  await shell.landed();
  await expect(main.getByText(/guia-monitoreo\.pdf/)).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);

  const title = `Monitoring guide ${marker}`;
  await main.getByLabel(en.ResourceForm.title).fill(title);
  await main.getByRole("textbox", { name: en.ResourceForm.summary }).fill("A guide for unannounced visits.");
  await main.getByLabel(en.ResourceForm.type).selectOption("MONITORING_TEMPLATE");
  await main.getByRole("button", { name: en.ResourceForm.share }).click();
  await expect(page).toHaveURL(/\/resources\/[a-z0-9]+\?done=shared$/);
  await shell.landed();
  await expect(shell.heading).toHaveText(title);

  // The download is the file itself, as an attachment.
  const href = await main.getByRole("link", { name: en.Resource.download, exact: true }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await response.body()).equals(pdf)).toBe(true);

  // The text-extraction job runs in the background: soon the words inside the PDF find it.
  await expect
    .poll(async () => {
      await shell.visit(`/resources?q=${encodeURIComponent(`carcel ${marker}`)}`);
      return main.getByRole("link", { name: title }).count();
    }, { timeout: 60_000, intervals: [2_000] })
    .toBe(1);
});
