// Stored images against the real database: storing (hash, size, no metadata), replacing in one transaction,
// who may download which file (the service, as every kind of viewer), and the download route end to end
// with a signed-in browser's cookie (headers, ETag and 304, one 404 for everything refused).
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createHash } from "node:crypto";
import { GET } from "@/app/files/[id]/route";
import { registerSession } from "@/lib/auth/mutations";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { downloadFile } from "@/lib/files/download-service";
import { processImage } from "@/lib/files/images";
import { deleteStoredFile, storeImage } from "@/lib/files/mutations";
import { storedBytes } from "@/tests/factories/files";
import { jpegWithLocation, logoPng } from "@/tests/factories/images";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createApplicant, createMember, createModerator, type ProfileOverrides, type UserOverrides } from "@/tests/factories/users";
import { newActionRequest, signInActionRequest } from "./support/action-request";
import { db, signInAs } from "./support/viewers";

// The route reads the session cookie through next/headers, which this test supplies (support/action-request.ts).
vi.mock("next/headers", async () => (await import("./support/action-request")).nextHeadersModule);

/** An image processed and stored as an upload would be (by default a phone photo carrying its location). */
async function storedImage(kind: "PROFILE_PHOTO" | "ORGANIZATION_LOGO", bytes?: Uint8Array): Promise<string> {
  const input = bytes ?? (kind === "PROFILE_PHOTO" ? await jpegWithLocation() : await logoPng(600, 300));
  return storeImage(db(), await processImage(input, kind), kind);
}

async function memberWithPhoto(profile: ProfileOverrides = {}, user: UserOverrides = {}) {
  const fileId = await storedImage("PROFILE_PHOTO");
  const owner = await createMember(db(), { ...user, profile: { photoId: fileId, ...profile } });
  return { owner, fileId };
}

/** "file", "not-modified", or the refusal's code. */
async function downloadOutcome(viewer: Viewer, fileId: string, cached: string[] = []): Promise<string> {
  try {
    return (await downloadFile(viewer, fileId, cached)).kind;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("storing an image", () => {
  it("keeps the re-encoded bytes with their sha256, size and dimensions, and nothing of the upload's metadata", async () => {
    const fileId = await storedImage("PROFILE_PHOTO");
    const row = await db().storedFile.findUniqueOrThrow({ where: { id: fileId } });
    const bytes = await storedBytes(db(), fileId);
    expect({ kind: row.kind, contentType: row.contentType, byteSize: row.byteSize, width: row.width, height: row.height, sha256: row.sha256 }).toEqual({
      kind: "PROFILE_PHOTO",
      contentType: "image/webp",
      byteSize: bytes.byteLength,
      width: 256,
      height: 256,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    const metadata = await sharp(bytes).metadata();
    expect([metadata.format, metadata.exif, metadata.xmp, metadata.icc, metadata.iptc]).toEqual(["webp", undefined, undefined, undefined, undefined]);
    for (const trace of ["GPS", "Exif", "TestPhone"]) expect([trace, bytes.includes(trace)]).toEqual([trace, false]);
  });

  it("refuses to store an image processed for another kind", async () => {
    const logo = await processImage(await logoPng(100, 50), "ORGANIZATION_LOGO");
    await expect(storeImage(db(), logo, "PROFILE_PHOTO")).rejects.toThrow(/cannot be stored as PROFILE_PHOTO/);
    expect(await db().storedFile.count()).toBe(0);
  });

  it("replaces a photo in the caller's transaction: new file in, old file out, or neither", async () => {
    const { owner, fileId: oldId } = await memberWithPhoto();
    const replacement = await processImage(await jpegWithLocation(500, 300), "PROFILE_PHOTO");

    await expect(
      db().$transaction(async (tx) => {
        const newId = await storeImage(tx, replacement, "PROFILE_PHOTO");
        await tx.advocateProfile.update({ where: { userId: owner.id }, data: { photoId: newId } });
        await deleteStoredFile(tx, oldId);
        throw new Error("the profile change failed");
      }),
    ).rejects.toThrow("the profile change failed");
    expect([await db().storedFile.count(), (await db().advocateProfile.findUniqueOrThrow({ where: { userId: owner.id } })).photoId]).toEqual([1, oldId]);

    const newId = await db().$transaction(async (tx) => {
      const id = await storeImage(tx, replacement, "PROFILE_PHOTO");
      await tx.advocateProfile.update({ where: { userId: owner.id }, data: { photoId: id } });
      expect(await deleteStoredFile(tx, oldId)).toBe(true);
      return id;
    });
    expect(newId).not.toBe(oldId);
    expect(await db().storedFile.findMany({ select: { id: true } })).toEqual([{ id: newId }]);
    expect((await db().advocateProfile.findUniqueOrThrow({ where: { userId: owner.id } })).photoId).toBe(newId);
  });

  it("deleting a file takes it off the profile and organization pointing at it; deleting it twice is no error", async () => {
    const { owner, fileId } = await memberWithPhoto();
    const logoId = await storedImage("ORGANIZATION_LOGO");
    const organization = await createOrganization(db(), { logoId });
    expect([await deleteStoredFile(db(), fileId), await deleteStoredFile(db(), logoId), await deleteStoredFile(db(), fileId)]).toEqual([true, true, false]);
    expect((await db().advocateProfile.findUniqueOrThrow({ where: { userId: owner.id } })).photoId).toBeNull();
    expect((await db().organization.findUniqueOrThrow({ where: { id: organization.id } })).logoId).toBeNull();
  });
});

describe("who may download which image", () => {
  let viewers: Record<string, Viewer>;
  let ownerViewer: Viewer;
  let colleague: Viewer;

  beforeEach(async () => {
    const suspended = await createMember(db());
    const suspendedViewer = await signInAs(suspended);
    await db().user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    viewers = {
      anonymous: ANONYMOUS,
      applicant: await signInAs(await createApplicant(db())),
      member: await signInAs(await createMember(db())),
      moderator: await signInAs(await createModerator(db(), { totpEnabledAt: new Date() })),
      "admin without two-step": await signInAs(await createAdmin(db())),
      admin: await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() })),
      // The app never resolves a suspended member's session; a stale viewer must still be refused.
      suspended: { ...suspendedViewer, status: "SUSPENDED" },
    };
  });

  /** Each viewer's outcome, the owner's (or the organization member's) first. */
  async function matrix(fileId: string, first: Record<string, Viewer>): Promise<Record<string, string>> {
    const outcomes: Record<string, string> = {};
    for (const [name, viewer] of Object.entries({ ...first, ...viewers })) outcomes[name] = await downloadOutcome(viewer, fileId);
    return outcomes;
  }

  const REFUSED_PEOPLE = { anonymous: "UNAUTHENTICATED", applicant: "FORBIDDEN", suspended: "FORBIDDEN" };

  it("a photo shown to members: every active member", async () => {
    const { owner, fileId } = await memberWithPhoto();
    ownerViewer = await signInAs(owner);
    expect(await matrix(fileId, { owner: ownerViewer })).toEqual({
      owner: "file",
      member: "file",
      moderator: "file",
      "admin without two-step": "file",
      admin: "file",
      ...REFUSED_PEOPLE,
    });
  });

  it.each([
    ["shown to admins only", { photoVisibility: "ADMINS" as const }, {}],
    ["of a member hidden from the directory", { hiddenFromDirectory: true }, {}],
  ])("a photo %s: the owner and admins; to anyone else it does not exist", async (_kind, profile, user) => {
    const { owner, fileId } = await memberWithPhoto(profile, user);
    ownerViewer = await signInAs(owner);
    expect(await matrix(fileId, { owner: ownerViewer })).toEqual({
      owner: "file",
      member: "NOT_FOUND",
      moderator: "NOT_FOUND",
      "admin without two-step": "NOT_FOUND",
      admin: "file",
      ...REFUSED_PEOPLE,
    });
  });

  it("a suspended member's photo: admins only", async () => {
    const { fileId } = await memberWithPhoto({}, { status: "SUSPENDED" });
    expect(await matrix(fileId, {})).toEqual({ member: "NOT_FOUND", moderator: "NOT_FOUND", "admin without two-step": "NOT_FOUND", admin: "file", ...REFUSED_PEOPLE });
  });

  it("an organization's logo: every member; while it is proposed, its own members and admins only", async () => {
    const logoId = await storedImage("ORGANIZATION_LOGO");
    const organization = await createOrganization(db(), { logoId, representative: "create" });
    colleague = await signInAs(organization.createdRepresentative!);
    const everyone = { representative: "file", member: "file", moderator: "file", "admin without two-step": "file", admin: "file", ...REFUSED_PEOPLE };
    expect(await matrix(logoId, { representative: colleague })).toEqual(everyone);

    await db().organization.update({ where: { id: organization.id }, data: { status: "PROPOSED" } });
    colleague = await signInAs(organization.createdRepresentative!);
    expect(await matrix(logoId, { representative: colleague })).toEqual({
      ...everyone,
      member: "NOT_FOUND",
      moderator: "NOT_FOUND",
      "admin without two-step": "NOT_FOUND",
    });
  });

  it("a file nothing points at, or no file at all: nobody, not even admins", async () => {
    const orphan = await storedImage("PROFILE_PHOTO");
    for (const fileId of [orphan, "c0000000000000000000000000", "../etc/passwd", "x".repeat(500)]) {
      expect([fileId, await downloadOutcome(viewers.admin!, fileId), await downloadOutcome(viewers.member!, fileId)]).toEqual([fileId, "NOT_FOUND", "NOT_FOUND"]);
    }
  });

  it("a browser holding the current version is told so without the bytes", async () => {
    const { fileId } = await memberWithPhoto();
    const sha256 = (await db().storedFile.findUniqueOrThrow({ where: { id: fileId } })).sha256!;
    expect(await downloadOutcome(viewers.member!, fileId, ["0".repeat(64), sha256])).toBe("not-modified");
    expect(await downloadOutcome(viewers.member!, fileId, ["0".repeat(64)])).toBe("file");
    // Holding a version is no permission: the refused are refused first.
    expect(await downloadOutcome(viewers.applicant!, fileId, [sha256])).toBe("FORBIDDEN");
  });
});

describe("GET /files/[id]", () => {
  beforeEach(() => newActionRequest());

  async function signInBrowser(user: { id: string }): Promise<void> {
    newActionRequest();
    await signInActionRequest(await registerSession(user.id, null, 3600), user.id);
  }

  function get(fileId: string, headers: Record<string, string> = {}): Promise<Response> {
    return GET(new Request(`https://network.example.org/files/${encodeURIComponent(fileId)}`, { headers }), { params: Promise.resolve({ id: fileId }) });
  }

  /** Status, headers and body, so two answers can be compared whole. */
  async function answer(response: Response) {
    return { status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()).toString("base64") };
  }

  it("serves the stored image to a member, with its version, and 304 once she has it", async () => {
    const { fileId } = await memberWithPhoto();
    const row = await db().storedFile.findUniqueOrThrow({ where: { id: fileId } });
    await signInBrowser(await createMember(db()));

    const response = await get(fileId);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "image/webp",
      "content-length": String(row.byteSize),
      etag: `"${row.sha256}"`,
      "cache-control": "private, max-age=31536000, immutable",
      "content-disposition": "inline",
      "accept-ranges": "bytes",
      "content-security-policy": "sandbox; default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(await storedBytes(db(), fileId))).toBe(true);
    expect((await sharp(body).metadata()).format).toBe("webp");

    for (const ifNoneMatch of [`"${row.sha256}"`, `W/"${row.sha256}"`, `"other", "${row.sha256}"`]) {
      const cached = await get(fileId, { "if-none-match": ifNoneMatch });
      expect([cached.status, cached.headers.get("etag"), cached.headers.get("cache-control"), await cached.text()]).toEqual([304, `"${row.sha256}"`, "private, max-age=31536000, immutable", ""]);
    }
    expect((await get(fileId, { "if-none-match": `"${"0".repeat(64)}"` })).status).toBe(200);
  });

  it("answers everyone refused exactly as it answers for a file that does not exist", async () => {
    const { fileId } = await memberWithPhoto({ hiddenFromDirectory: true });
    const missing = await answer(await get("c0000000000000000000000000"));
    expect([missing.status, missing.headers["cache-control"], missing.headers["x-content-type-options"]]).toEqual([404, "no-store", "nosniff"]);

    const browsers: Array<[string, () => Promise<void>]> = [
      ["anonymous", async () => newActionRequest()],
      ["applicant", async () => signInBrowser(await createApplicant(db()))],
      ["member, but the owner is hidden", async () => signInBrowser(await createMember(db()))],
      ["suspended member with an old cookie", async () => {
        const member = await createMember(db());
        await signInBrowser(member);
        await db().user.update({ where: { id: member.id }, data: { status: "SUSPENDED" } });
      }],
    ];
    for (const [who, signIn] of browsers) {
      await signIn();
      expect([who, await answer(await get(fileId)), await answer(await get(fileId, { "if-none-match": "*" }))]).toEqual([who, missing, missing]);
    }
  });

  it("serves an admin a photo shown to admins only", async () => {
    const { fileId } = await memberWithPhoto({ photoVisibility: "ADMINS" });
    await signInBrowser(await createAdmin(db(), { totpEnabledAt: new Date() }));
    expect((await get(fileId)).status).toBe(200);
    await signInBrowser(await createMember(db()));
    expect((await get(fileId)).status).toBe(404);
  });
});
