// A member downloads a published monitoring report as a PDF, JSON and CSV from the export routes of the production
// build (pdfkit and the Inter fonts loaded as the server loads them), with the headers of an attachment that is
// never cached or sniffed; a draft she is not on the team of is the one 404; a visitor is sent to sign in.
import { extractText, getDocumentProxy } from "unpdf";
import { createPlaceRow, createReportRow } from "@/tests/factories/monitoring";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

test("a member downloads a published report as PDF, JSON and CSV; a draft of others stays not found", async ({ page, shell, prisma }) => {
  test.setTimeout(90_000);
  const author = await createMember(prisma, { displayName: "Author of the visit" });
  const reader = await createMember(prisma);
  const place = await createPlaceRow(prisma, { createdById: author.id, countryCode: "PT", name: "Estabelecimento Prisional de Tires" });
  const findings = [{ ruleNumber: 5, assessment: "PARTLY_COMPLIES" as const, observations: "Água quente só de manhã; higiene básica." }];
  const published = await createReportRow(prisma, { authorId: author.id, placeId: place.id, language: "pt", title: "Visita ao Estabelecimento Prisional de Tires", findings });
  const draft = await createReportRow(prisma, { authorId: author.id, placeId: place.id, status: "DRAFT", title: "Rascunho de visita", findings });

  // Not signed in: sent to sign in, back to the report's page.
  const anonymous = await page.request.get(`/monitoring/reports/${published.id}/export/pdf`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers().location).toBe(`/sign-in?next=${encodeURIComponent(`/monitoring/reports/${published.id}`)}`);

  await new SignInPage(page, shell).signInAndLand(reader.email, TEST_PASSWORD);
  const pdf = await page.request.get(`/monitoring/reports/${published.id}/export/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toContain('attachment; filename="Visita ao Estabelecimento Prisional de Tires 2026-06-10.pdf"');
  expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
  expect(pdf.headers()["cache-control"]).toBe("private, no-store");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
  expect(text).toContain("Visita ao Estabelecimento Prisional de Tires");
  expect(text).toContain("Água quente só de manhã; higiene básica.");
  expect(text).toContain("Regra 5");

  const json = await page.request.get(`/monitoring/reports/${published.id}/export/json`);
  expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect((await json.json()).findings[0]).toMatchObject({ ruleNumber: 5, assessment: "PARTLY_COMPLIES", assessmentLabel: "Cumpre em parte" });

  const csv = await page.request.get(`/monitoring/reports/${published.id}/export/csv`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await csv.text()).startsWith('\ufeff"report_id"')).toBe(true);

  const refused = await page.request.get(`/monitoring/reports/${draft.id}/export/pdf`);
  expect(refused.status()).toBe(404);
  expect(refused.headers()["cache-control"]).toBe("no-store");
});
