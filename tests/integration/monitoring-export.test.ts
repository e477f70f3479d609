// The exports of a monitoring report (PDF, JSON, CSV) against PostgreSQL: who gets each one, as a matrix of
// viewers × reports (a draft, a report published to the network, one published to its organization, a withdrawn
// one) — a refused report does not exist (NOT_FOUND), so an export never tells that a draft is there — and what
// the files hold: the PDF's text read back with unpdf (title, findings in the report's language, accents, the
// draft's watermark), the CSV's and the JSON's rows; then the route's answer and headers.
import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getPdf } from "@/app/monitoring/reports/[id]/export/pdf/route";
import { GET as getCsv } from "@/app/monitoring/reports/[id]/export/csv/route";
import { registerSession } from "@/lib/auth/mutations";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { exportReportCsv, exportReportJson, exportReportPdf, type ExportFile } from "@/lib/monitoring-export/service";
import { createPlaceRow, createReportRow } from "@/tests/factories/monitoring";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createMember, createModerator } from "@/tests/factories/users";
import { newActionRequest, signInActionRequest } from "./support/action-request";
import { db, signInAs } from "./support/viewers";

vi.mock("next/headers", async () => (await import("./support/action-request")).nextHeadersModule);

type Kind = "draft" | "network" | "organization" | "withdrawn";
let viewers: Record<string, Viewer>;
let ids: Record<Kind, string>;
let member: { id: string };

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code: string }).code;
  }
}

async function bodyText(file: ExportFile): Promise<string> {
  return typeof file.body === "string" ? file.body : new Response(file.body).text();
}

async function pdfText(file: ExportFile): Promise<{ pages: number; text: string }> {
  const bytes = new Uint8Array(await new Response(file.body).arrayBuffer());
  expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
  const { totalPages, text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return { pages: totalPages, text };
}

beforeEach(async () => {
  newActionRequest();
  const author = await createMember(db(), { displayName: "Amélie Author" });
  const teamMember = await createMember(db(), { displayName: "Team Member" });
  const representative = await createMember(db());
  const orgMember = await createMember(db());
  const organization = await createOrganization(db(), { representative: { id: representative.id }, members: [{ id: orgMember.id }, { id: author.id }] });
  const suspended = await createMember(db());
  const suspendedViewer = await signInAs(suspended);
  await db().user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
  member = await createMember(db());
  viewers = {
    author: await signInAs(author),
    team: await signInAs(teamMember),
    representative: await signInAs(representative),
    "organization member": await signInAs(orgMember),
    "other member": await signInAs(member),
    moderator: await signInAs(await createModerator(db(), { totpEnabledAt: new Date() })),
    admin: await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() })),
    suspended: { ...suspendedViewer, status: "SUSPENDED" },
    anonymous: ANONYMOUS,
  };
  const place = await createPlaceRow(db(), { createdById: author.id, countryCode: "BR", name: "Penitenciária Feminina de São Paulo" });
  const report = (title: string, status: "DRAFT" | "PUBLISHED" | "WITHDRAWN", visibility: "NETWORK" | "ORGANIZATION" = "NETWORK") =>
    createReportRow(db(), {
      authorId: author.id,
      placeId: place.id,
      organizationId: organization.id,
      teamIds: [teamMember.id],
      status,
      visibility,
      language: "fr",
      title,
      findings: [
        { ruleNumber: 5, assessment: "PARTLY_COMPLIES", observations: "Hygiène insuffisante : façade, São Paulo, niñas" },
        { ruleNumber: 48, assessment: "DOES_NOT_COMPLY", observations: "=1+1 pas d'eau" },
      ],
      recommendations: [{ text: "Fournir l'eau potable", authority: "Administration pénitentiaire", priority: "HIGH", ruleNumber: 5 }],
    }).then((row) => row.id);
  ids = {
    draft: await report("Brouillon de visite à São Paulo", "DRAFT"),
    network: await report("Visite à la prison de São Paulo", "PUBLISHED"),
    organization: await report("Visite réservée à l'organisation", "PUBLISHED", "ORGANIZATION"),
    withdrawn: await report("Visite retirée", "WITHDRAWN"),
  };
});

const ALL_OK = { draft: "ok", network: "ok", organization: "ok", withdrawn: "ok" };
const NETWORK_ONLY = { draft: "NOT_FOUND", network: "ok", organization: "NOT_FOUND", withdrawn: "NOT_FOUND" };
const EXPECTED: Record<string, Record<Kind, string>> = {
  author: ALL_OK,
  team: ALL_OK,
  representative: ALL_OK,
  "organization member": { ...NETWORK_ONLY, organization: "ok" },
  "other member": NETWORK_ONLY,
  moderator: NETWORK_ONLY,
  admin: NETWORK_ONLY,
  suspended: { draft: "FORBIDDEN", network: "FORBIDDEN", organization: "FORBIDDEN", withdrawn: "FORBIDDEN" },
  anonymous: { draft: "UNAUTHENTICATED", network: "UNAUTHENTICATED", organization: "UNAUTHENTICATED", withdrawn: "UNAUTHENTICATED" },
};

describe("who may export a report", () => {
  it("is whoever may read it, the same for the PDF, the JSON and the CSV; anyone else finds nothing", async () => {
    const exports = { pdf: exportReportPdf, json: exportReportJson, csv: exportReportCsv };
    for (const [name, run] of Object.entries(exports)) {
      const seen: Record<string, Record<string, string>> = {};
      for (const [who, viewer] of Object.entries(viewers)) {
        seen[who] = {};
        for (const kind of Object.keys(ids) as Kind[]) seen[who]![kind] = await outcome(run(viewer, ids[kind])); // refusals come before any byte is laid out
      }
      expect({ name, seen }).toEqual({ name, seen: EXPECTED });
    }
    expect(await outcome(exportReportPdf(viewers.author!, "no-such-report"))).toBe("NOT_FOUND");
  });
});

describe("what the exports hold", () => {
  it("types the PDF in the report's language, with its findings, accents and, for a draft, the watermark", async () => {
    const published = await pdfText(await exportReportPdf(viewers["other member"]!, ids.network));
    expect(published.pages).toBeGreaterThanOrEqual(1);
    for (const expected of ["Visite à la prison de São Paulo", "Penitenciária Feminina de São Paulo", "Brésil", "Constats", "Règle 5 : Hygiène", "Partiellement conforme", "Hygiène insuffisante : façade, São Paulo, niñas", "Règle 48", "Non conforme", "Recommandations", "Fournir l'eau potable", "Amélie Author, Team Member", "Page 1", "ne doit jamais nommer"]) {
      expect(published.text).toContain(expected);
    }
    expect(published.text).not.toContain("BROUILLON");

    const draft = await pdfText(await exportReportPdf(viewers.team!, ids.draft));
    expect(draft.text).toContain("BROUILLON");
    expect(draft.text).toContain("Brouillon de visite à São Paulo");
  });

  it("writes the findings and recommendations as formula-safe CSV, and the whole report as JSON", async () => {
    const findings = await bodyText(await exportReportCsv(viewers["other member"]!, ids.network));
    expect(findings.startsWith('\ufeff"report_id","report_title","report_language"')).toBe(true);
    expect(findings).toContain('"5","Hygiène');
    expect(findings).toContain('"DOES_NOT_COMPLY","Non conforme","\'=1+1 pas d\'eau"');
    const recommendations = await bodyText(await exportReportCsv(viewers["other member"]!, ids.network, "recommendations"));
    expect(recommendations).toContain('"1","Fournir l\'eau potable","Administration pénitentiaire","HIGH","Haute","5"');

    const json = JSON.parse(await bodyText(await exportReportJson(viewers["other member"]!, ids.network)));
    expect(json).toMatchObject({ format: "wipn.monitoring-report", report: { title: "Visite à la prison de São Paulo", language: "fr", country: { code: "BR" } } });
    expect(json.findings.map((finding: { ruleNumber: number; assessment: string }) => [finding.ruleNumber, finding.assessment])).toEqual([
      [5, "PARTLY_COMPLIES"],
      [48, "DOES_NOT_COMPLY"],
    ]);
  });
});

describe("the export routes", () => {
  const context = (id: string) => ({ params: Promise.resolve({ id }) });

  it("answer a reader with an attachment that is never cached or sniffed", async () => {
    await signInActionRequest(await registerSession(member.id, null, 3600), member.id);
    const response = await getPdf(new Request(`http://localhost/monitoring/reports/${ids.network}/export/pdf`), context(ids.network));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="Visite a la prison de Sao Paulo 2026-06-10\.pdf"; filename\*=UTF-8''/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);

    const csv = await getCsv(new Request(`http://localhost/monitoring/reports/${ids.network}/export/csv?table=recommendations`), context(ids.network));
    expect(await csv.text()).toContain('"carried_forward"');
  });

  it("answer the one 404 for a draft the member may not read, as for no report at all, and send visitors to sign in", async () => {
    await signInActionRequest(await registerSession(member.id, null, 3600), member.id);
    const draft = await getPdf(new Request("http://localhost/x"), context(ids.draft));
    const missing = await getPdf(new Request("http://localhost/x"), context("no-such-report"));
    expect([draft.status, await draft.text()]).toEqual([404, "Not found"]);
    expect([missing.status, await missing.text()]).toEqual([404, "Not found"]);

    newActionRequest();
    const anonymous = await getPdf(new Request("http://localhost/x"), context(ids.draft));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`/sign-in?next=${encodeURIComponent(`/monitoring/reports/${ids.draft}`)}`);
  });
});
