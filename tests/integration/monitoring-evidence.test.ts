// Evidence files of monitoring reports against PostgreSQL, through lib/files' real storage: a phone photo uploaded
// into a finding is stored re-encoded without any metadata (no camera, no GPS) and claimed in the evidence's
// transaction; it downloads for exactly those who may read the report (the page's policy), every other role
// getting what a file that does not exist gets; the JSON export lists it; refusals (redaction not confirmed, no such finding, not the team)
// leave no file behind; removing the evidence, or the finding it belongs to, deletes the file.
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { fileDownloadResponse } from "@/lib/files/download";
import { storeFileBlob } from "@/lib/files/storage";
import { attachEvidenceFile, evidenceDownload, prepareEvidenceUpload, removeEvidence } from "@/lib/monitoring/evidence-service";
import { exportReportJson } from "@/lib/monitoring-export/service";
import { saveReportDraft } from "@/lib/monitoring/report-service";
import { saveReportSchema } from "@/lib/monitoring/schema";
import { reportPage } from "@/lib/monitoring/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { minimalPdf, storedBytes } from "@/tests/factories/files";
import { jpegWithLocation } from "@/tests/factories/images";
import { createPlaceRow, createReportRow } from "@/tests/factories/monitoring";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createMember, createModerator } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    const refusal = error as { code: string; field?: string };
    return refusal.field ? `${refusal.code}:${refusal.field}` : refusal.code;
  }
}

type State = "draft" | "network" | "organization";
const STATES: State[] = ["draft", "network", "organization"];
let viewers: Record<string, Viewer>;
let ids: Record<State | "inReview", string>;
let placeId: string;

beforeEach(async () => {
  await seedReferenceData(db());
  const [author, teamMate, representative, orgMember, other, moderator, admin, suspended] = await Promise.all([
    createMember(db()),
    createMember(db()),
    createMember(db()),
    createMember(db()),
    createMember(db()),
    createModerator(db(), { totpEnabledAt: new Date() }),
    createAdmin(db(), { totpEnabledAt: new Date() }),
    createMember(db()),
  ]);
  const organization = await createOrganization(db(), { representative: { id: representative.id }, members: [{ id: author.id }, { id: orgMember.id }] });
  const suspendedViewer = await signInAs(suspended);
  await db().user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
  viewers = {
    anonymous: ANONYMOUS,
    author: await signInAs(author),
    "team member": await signInAs(teamMate),
    representative: await signInAs(representative),
    "organization member": await signInAs(orgMember),
    "other member": await signInAs(other),
    moderator: await signInAs(moderator),
    admin: await signInAs(admin),
    suspended: { ...suspendedViewer, status: "SUSPENDED" },
  };
  placeId = (await createPlaceRow(db(), { createdById: author.id, countryCode: "KE" })).id;
  const report = (status: "DRAFT" | "IN_REVIEW" | "PUBLISHED", visibility: "NETWORK" | "ORGANIZATION" = "NETWORK") =>
    createReportRow(db(), { authorId: author.id, placeId, organizationId: organization.id, status, visibility, teamIds: [teamMate.id], findings: [{ ruleNumber: 5, assessment: "PARTLY_COMPLIES" }, { ruleNumber: 24, assessment: "COMPLIES" }] }).then((row) => row.id);
  ids = { draft: await report("DRAFT"), network: await report("PUBLISHED"), organization: await report("PUBLISHED", "ORGANIZATION"), inReview: await report("IN_REVIEW") };
});

/** What the upload route does: the permission first, then lib/files stores the body, then the service claims it. */
async function upload(viewer: Viewer, reportId: string, bytes: Uint8Array, fields: Record<string, string> = {}, filename = "cell-block.jpg") {
  await prepareEvidenceUpload(viewer, reportId);
  const stored = await storeFileBlob(new Blob([new Uint8Array(bytes)]), { kind: "MONITORING_EVIDENCE", filename });
  const { evidenceId } = await attachEvidenceFile(viewer, { reportId, ruleNumber: "5", caption: "Cell block B, ventilation", redacted: "yes", ...fields }, stored.id);
  return { evidenceId, fileId: stored.id };
}

const storedFiles = () => db().storedFile.count();

describe("uploading evidence", () => {
  it("stores a phone photo re-encoded without its metadata, claimed as the finding's evidence, shown on the report's page", async () => {
    const photo = await jpegWithLocation();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const { evidenceId, fileId } = await upload(viewers["team member"]!, ids.draft, photo);

    const file = await db().storedFile.findUniqueOrThrow({ where: { id: fileId } });
    expect([file.kind, file.contentType, file.expiresAt, file.filename]).toEqual(["MONITORING_EVIDENCE", "image/jpeg", null, "cell-block.jpg"]);
    const bytes = await storedBytes(db(), fileId);
    const metadata = await sharp(bytes).metadata();
    expect([metadata.format, metadata.exif, metadata.xmp, metadata.iptc]).toEqual(["jpeg", undefined, undefined, undefined]);
    for (const trace of ["GPS", "Exif", "TestPhone", "Someone Private"]) expect([trace, bytes.includes(trace)]).toEqual([trace, false]);

    const { report } = await reportPage(viewers.author!, ids.draft);
    const finding = report.findings.find((one) => one.ruleNumber === 5)!;
    expect(finding.evidence.map((evidence) => ({ id: evidence.id, caption: evidence.caption, file: evidence.file }))).toEqual([
      { id: evidenceId, caption: "Cell block B, ventilation", file: { filename: "cell-block.jpg", contentType: "image/jpeg", byteSize: bytes.byteLength, width: 320, height: 240 } },
    ]);

    // The download is that file, through lib/files' response.
    const { storedFileId } = await evidenceDownload(viewers.representative!, ids.draft, evidenceId);
    const response = await fileDownloadResponse(storedFileId, new Request("http://localhost/"));
    expect([response.status, response.headers.get("content-type"), response.headers.get("x-content-type-options")]).toEqual([200, "image/jpeg", "nosniff"]);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);

    // The JSON export lists it with its finding (name, type, size and its address on the platform).
    const exported = JSON.parse(String((await exportReportJson(viewers.author!, ids.draft)).body)) as { findings: Array<{ ruleNumber: number; evidence: unknown[] }> };
    expect(exported.findings.find((row) => row.ruleNumber === 5)!.evidence).toEqual([
      { kind: "file", name: "cell-block.jpg", path: `/monitoring/reports/${ids.draft}/evidence/${evidenceId}`, contentType: "image/jpeg", byteSize: bytes.byteLength, caption: "Cell block B, ventilation" },
    ]);
  });

  it("downloads for exactly those who may read the report, in every state", async () => {
    const pdf = new Uint8Array(minimalPdf());
    const evidence = Object.fromEntries(await Promise.all(STATES.map(async (state) => [state, (await upload(viewers.author!, ids[state], pdf, {}, "notes.pdf")).evidenceId] as const)));
    const TEAM = { draft: "ok", network: "ok", organization: "ok" };
    const expected: Record<string, Record<State, string>> = {
      anonymous: { draft: "UNAUTHENTICATED", network: "UNAUTHENTICATED", organization: "UNAUTHENTICATED" },
      suspended: { draft: "FORBIDDEN", network: "FORBIDDEN", organization: "FORBIDDEN" },
      author: TEAM,
      "team member": TEAM,
      representative: TEAM,
      "organization member": { draft: "NOT_FOUND", network: "ok", organization: "ok" },
      "other member": { draft: "NOT_FOUND", network: "ok", organization: "NOT_FOUND" },
      moderator: { draft: "NOT_FOUND", network: "ok", organization: "NOT_FOUND" },
      admin: { draft: "NOT_FOUND", network: "ok", organization: "NOT_FOUND" },
    };
    for (const [name, states] of Object.entries(expected)) {
      const downloads = Object.fromEntries(await Promise.all(STATES.map(async (state) => [state, await outcome(evidenceDownload(viewers[name]!, ids[state], evidence[state]!))] as const)));
      expect([name, downloads]).toEqual([name, states]);
      // The same decision as the report's page.
      const pages = Object.fromEntries(await Promise.all(STATES.map(async (state) => [state, await outcome(reportPage(viewers[name]!, ids[state]))] as const)));
      expect([name, pages]).toEqual([name, states]);
    }
    // An evidence id is good only with its own report, and a library resource's evidence is not a file to serve.
    expect(await outcome(evidenceDownload(viewers.author!, ids.network, evidence.draft!))).toBe("NOT_FOUND");
  });

  it("refuses without the redaction confirmed, for a finding not saved, or from outside the team, leaving no file", async () => {
    const photo = await jpegWithLocation();
    expect(await outcome(upload(viewers.author!, ids.draft, photo, { redacted: "" }))).toBe("VALIDATION:redacted");
    expect(await outcome(upload(viewers.author!, ids.draft, photo, { redacted: undefined as never }))).toBe("VALIDATION:redacted");
    expect(await outcome(upload(viewers.author!, ids.draft, photo, { ruleNumber: "40" }))).toBe("VALIDATION:ruleNumber");
    expect(await outcome(upload(viewers.author!, ids.draft, photo, { ruleNumber: "71" }))).toBe("UPLOAD_INVALID:file");
    expect(await storedFiles()).toBe(0);
    // Outside the team, or while the report is in review: refused before anything is read.
    expect(await outcome(prepareEvidenceUpload(viewers["other member"]!, ids.draft))).toBe("NOT_FOUND");
    expect(await outcome(prepareEvidenceUpload(viewers["organization member"]!, ids.organization))).toBe("FORBIDDEN");
    expect(await outcome(prepareEvidenceUpload(viewers.author!, ids.inReview))).toBe("FORBIDDEN");
    // A stored file is claimed by the team only (a file uploaded by someone the report refuses is deleted).
    const stored = await storeFileBlob(new Blob([new Uint8Array(photo)]), { kind: "MONITORING_EVIDENCE", filename: "x.jpg" });
    expect(await outcome(attachEvidenceFile(viewers["other member"]!, { reportId: ids.network, ruleNumber: "5", redacted: "yes" }, stored.id))).toBe("FORBIDDEN");
    expect(await storedFiles()).toBe(0);
    // A file stored for something else (a resource's upload) is not evidence.
    const resourceFile = await storeFileBlob(new Blob([new Uint8Array(photo)]), { kind: "RESOURCE", filename: "x.jpg" });
    expect(await outcome(attachEvidenceFile(viewers.author!, { reportId: ids.draft, ruleNumber: "5", redacted: "yes" }, resourceFile.id))).toBe("VALIDATION:file");
    expect(await db().monitoringFindingEvidence.count()).toBe(0);
  });

  it("deletes the file with its evidence, and with the finding it belongs to", async () => {
    const pdf = new Uint8Array(minimalPdf());
    const first = await upload(viewers.author!, ids.draft, pdf, {}, "a.pdf");
    const second = await upload(viewers.author!, ids.draft, pdf, { ruleNumber: "24" }, "b.pdf");
    expect(await outcome(removeEvidence(viewers["other member"]!, { reportId: ids.draft, evidenceId: first.evidenceId }))).toBe("NOT_FOUND");
    await removeEvidence(viewers["team member"]!, { reportId: ids.draft, evidenceId: first.evidenceId });
    expect(await db().storedFile.findUnique({ where: { id: first.fileId } })).toBeNull();
    expect(await outcome(removeEvidence(viewers.author!, { reportId: ids.draft, evidenceId: first.evidenceId }))).toBe("NOT_FOUND");

    // Saving the draft without rule 24 removes that finding, its evidence and its file, in the save's transaction.
    const { revision } = await db().monitoringReport.findUniqueOrThrow({ where: { id: ids.draft } });
    await saveReportDraft(viewers.author!, saveReportSchema.parse({ reportId: ids.draft, revision: String(revision), countryCode: "KE", placeId, title: "Visit", language: "en", visitStartedOn: "2026-03-02", visitEndedOn: "2026-03-02", "finding-5-assessment": "PARTLY_COMPLIES" }));
    expect(await db().storedFile.findUnique({ where: { id: second.fileId } })).toBeNull();
    expect(await db().monitoringFindingEvidence.count()).toBe(0);
  });
});
