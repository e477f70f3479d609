// File resources against PostgreSQL, with lib/files' real storage and extraction: an uploaded PDF (the demo seed's
// own writer) is claimed in the resource's transaction with its first version and its text-extraction job; the job
// folds the PDF's text into the search; a ticket is good only for its member and only once; a replacement is a new
// version (the earlier one kept, its late extraction ignored); the download is the file, as an attachment, only
// for those who may read the resource.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { fileDownloadResponse } from "@/lib/files/download";
import { storeFileBlob } from "@/lib/files/storage";
import { extractStoredFileText } from "@/lib/files/text-extraction";
import { resourceVersionFor, searchResources } from "@/lib/resources/library-service";
import { extractVersionText } from "@/lib/resources/mutations";
import { editResource, prepareUpload, shareFileResource, uploadedFile } from "@/lib/resources/resource-service";
import { editResourceSchema, fileResourceSchema } from "@/lib/resources/schema";
import { demoPdf } from "@/prisma/seed/demo-pdf";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createOrganization } from "@/tests/factories/organizations";
import { createMember } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let author: SignedInViewer;
let reader: SignedInViewer;

beforeEach(async () => {
  await seedReferenceData(db());
  author = await signInAs(await createMember(db()));
  reader = await signInAs(await createMember(db()));
});

async function upload(viewer: SignedInViewer, paragraphs: string[], name = "report.pdf", forResource: string | null = null) {
  const pdf = demoPdf("Informe de monitoreo", paragraphs);
  const stored = await storeFileBlob(new Blob([new Uint8Array(pdf)]), { kind: "RESOURCE", filename: name });
  const { sign } = await prepareUpload(viewer, forResource);
  return { ticket: sign(stored.id), fileId: stored.id, bytes: pdf };
}

const describeIt = (fileTicket: string, fields: Record<string, unknown> = {}) =>
  fileResourceSchema.parse({ type: "MONITORING_TEMPLATE", title: "Checklist for prison visits", summary: "A checklist.", "languages[]": ["es"], visibility: "NETWORK", fileTicket, ...fields });

const jobsFor = async (versionId: string) => (await db().$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'resource-text' AND data->>'versionId' = ${versionId}`)[0]!.n;

describe("sharing a file", () => {
  it("claims the upload with the resource and its first version, and the job makes the PDF's text searchable", async () => {
    const { ticket, fileId } = await upload(author, ["Visitas sin previo aviso a la cárcel de mujeres de Chorrillos."]);
    expect(await uploadedFile(author, ticket)).toMatchObject({ name: "report.pdf", contentType: "application/pdf" });
    expect(await uploadedFile(reader, ticket)).toBeNull();
    const { id } = await shareFileResource(author, describeIt(ticket));
    const [version] = await db().resourceVersion.findMany({ where: { resourceId: id } });
    expect(version).toMatchObject({ number: 1, storedFileId: fileId, fileName: "report.pdf", linkUrl: null, extractedAt: null });
    expect((await db().storedFile.findUniqueOrThrow({ where: { id: fileId } })).expiresAt).toBeNull();
    expect(await jobsFor(version!.id)).toBe(1);
    expect((await searchResources(reader, "chorrillos", undefined)).resources).toEqual([]);

    expect(await extractVersionText(version!.id, (file) => extractStoredFileText(file))).toEqual({ extracted: true });
    expect(await extractVersionText(version!.id, (file) => extractStoredFileText(file))).toEqual({ extracted: false });
    expect((await searchResources(reader, "carcel chorrillos", undefined)).resources.map((row) => row.id)).toEqual([id]);
  });

  it("accepts a ticket only from its member, once, and leaves nothing half-made", async () => {
    const { ticket, fileId } = await upload(author, ["Text."]);
    await expect(shareFileResource(reader, describeIt(ticket))).rejects.toMatchObject({ code: "VALIDATION", field: "file" });
    await expect(shareFileResource(author, describeIt(ticket, { "countries[]": ["ZZ"] }))).rejects.toMatchObject({ code: "VALIDATION", field: "countries[]" });
    expect(await db().resource.count()).toBe(0);
    expect((await db().storedFile.findUniqueOrThrow({ where: { id: fileId } })).expiresAt).not.toBeNull();
    await shareFileResource(author, describeIt(ticket));
    await expect(shareFileResource(author, describeIt(ticket))).rejects.toMatchObject({ code: "CONFLICT", field: "file" });
    expect(await db().resource.count()).toBe(1);
  });
});

describe("replacing and downloading", () => {
  it("makes a replacement a new version, keeps the earlier one, and ignores the earlier one's late text", async () => {
    const first = await upload(author, ["First edition about searches."]);
    const { id } = await shareFileResource(author, describeIt(first.ticket));
    const second = await upload(author, ["Second edition about hygiene."], "report-v2.pdf", id);
    const { versionId } = await editResource(author, editResourceSchema.parse({ resourceId: id, type: "MONITORING_TEMPLATE", title: "Checklist for prison visits", summary: "Updated.", "languages[]": ["es"], visibility: "NETWORK", fileTicket: second.ticket }));
    const versions = await db().resourceVersion.findMany({ where: { resourceId: id }, orderBy: { number: "asc" } });
    expect(versions.map((version) => [version.number, version.storedFileId, version.fileName])).toEqual([
      [1, first.fileId, "report.pdf"],
      [2, second.fileId, "report-v2.pdf"],
    ]);
    expect(versionId).toBe(versions[1]!.id);
    await extractVersionText(versions[1]!.id, (file) => extractStoredFileText(file));
    await extractVersionText(versions[0]!.id, (file) => extractStoredFileText(file));
    expect((await searchResources(reader, "hygiene", undefined)).resources).toHaveLength(1);
    expect((await searchResources(reader, "searches", undefined)).resources).toHaveLength(0);
  });

  it("serves the file as an attachment to those who may read the resource, and nothing to the others", async () => {
    const rep = await createMember(db());
    const organization = await createOrganization(db(), { representative: { id: rep.id } });
    const representative = await signInAs(rep);
    const { ticket, bytes } = await upload(representative, ["Only for us."]);
    const { id } = await shareFileResource(representative, describeIt(ticket, { organizationId: organization.id, visibility: "ORGANIZATION" }));
    const { version } = await resourceVersionFor(representative, id);
    const response = await fileDownloadResponse(version.storedFileId!, new Request(`http://localhost/resources/${id}/download`), { filename: version.fileName });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    await expect(resourceVersionFor(reader, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
