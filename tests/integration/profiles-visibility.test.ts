// What of a profile each kind of viewer gets back from the service, for every visibility setting: a field
// the viewer may not see is not even read (absent from the result, not just blank). Then the private read
// (admins only, audited, listed for the member), and what saving the profile form accepts and refuses.
import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { PROFILE_FIELD_NAMES, PROFILE_FIELDS, profileSchema, type ProfileField } from "@/lib/profiles/schema";
import { imageUploadsPerMember } from "@/lib/rate-limit/limits";
import { consumeLimits } from "@/lib/rate-limit/mutations";
import { memberProfile, ownPrivateReads, previewOwnProfile, removeOwnPhoto, replaceOwnPhoto, updateOwnProfile } from "@/lib/profiles/service";
import { storedBytes } from "@/tests/factories/files";
import { jpegWithLocation, pngDeclaringPixels, SVG_IMAGE } from "@/tests/factories/images";
import { ensureBangkokRules } from "@/tests/factories/reference";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createApplicant, createMember, createModerator, type UserWithProfile } from "@/tests/factories/users";
import { db, serviceOutcome, signInAs } from "./support/viewers";

/** Where each field's value lives in the service's answer. */
const RESULT_KEYS: Record<ProfileField, string[]> = {
  bio: ["bio"],
  photo: ["photoId"],
  country: ["country"],
  languages: ["languages"],
  areas: ["areasOfWork", "keywords"],
  rules: ["ruleNumbers"],
  canHelpWith: ["canHelpWith"],
  lookingFor: ["lookingFor"],
  organizations: ["organizations"],
  livedExperience: ["livedExperience"],
};

type Setting = "all shown to members" | "all only admins" | "hidden profile";
const SETTINGS: Setting[] = ["all shown to members", "all only admins", "hidden profile"];
type Role = "self" | "member" | "representative" | "moderator" | "admin" | "applicant" | "suspended" | "anonymous";
const ROLES: Role[] = ["self", "member", "representative", "moderator", "admin", "applicant", "suspended", "anonymous"];

/** What each role sees, per setting: every field, none (name only), or "refused" (not found / sign in). */
function expected(role: Role, setting: Setting): "all" | "none" | "refused" {
  if (role === "self") return "all";
  if (role === "applicant" || role === "suspended" || role === "anonymous") return "refused";
  if (setting === "all shown to members") return "all";
  if (role === "admin") return setting === "hidden profile" ? "all" : "none"; // admins see what members would; private fields only on request
  return "none";
}

let subject: UserWithProfile;
let viewers: Record<Role, Viewer>;

async function applySetting(setting: Setting) {
  const visibility = setting === "all only admins" ? "ADMINS" : "MEMBERS";
  await db().advocateProfile.update({
    where: { userId: subject.id },
    data: { ...Object.fromEntries(Object.values(PROFILE_FIELDS).map((column) => [column, visibility])), hiddenFromDirectory: setting === "hidden profile" },
  });
}

beforeEach(async () => {
  await ensureBangkokRules(db());
  const photo = await db().storedFile.create({ data: { kind: "PROFILE_PHOTO", contentType: "image/webp", byteSize: 3, sha256: "x", chunks: { create: { index: 0, bytes: Buffer.from([1, 2, 3]) } } } });
  subject = await createMember(db(), {
    name: "Legal Name Of Subject",
    profile: {
      countryCode: "KE",
      bio: "Bio text",
      photoId: photo.id,
      languages: ["en", "sw"],
      areasOfWork: ["MONITORING"],
      keywords: ["HIV"],
      canHelpWith: "Training",
      lookingFor: "Partners",
      livedExperience: "Lived experience text",
      ruleNumbers: [6, 14],
    },
  });
  const representative = await createMember(db());
  await createOrganization(db(), { representative, members: [subject] });
  const suspended = await createMember(db());
  const suspendedViewer = await signInAs(suspended);
  viewers = {
    self: await signInAs(subject),
    member: await signInAs(await createMember(db())),
    representative: await signInAs(representative),
    moderator: await signInAs(await createModerator(db(), { totpEnabledAt: new Date() })),
    admin: await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() })),
    applicant: await signInAs(await createApplicant(db())),
    suspended: { ...suspendedViewer, status: "SUSPENDED" },
    anonymous: ANONYMOUS,
  };
});

async function seen(role: Role): Promise<"refused" | Set<ProfileField>> {
  try {
    const { profile } = await memberProfile(viewers[role], subject.profile.handle);
    expect(profile.displayName, "the display name is always shown").toBe(subject.displayName);
    const present = PROFILE_FIELD_NAMES.filter((field) => RESULT_KEYS[field].every((key) => (profile as Record<string, unknown>)[key] !== undefined));
    const absent = PROFILE_FIELD_NAMES.filter((field) => RESULT_KEYS[field].every((key) => (profile as Record<string, unknown>)[key] === undefined));
    expect(present.length + absent.length, "each field is read whole or not at all").toBe(PROFILE_FIELD_NAMES.length);
    expect(profile.legalName, "never without a private read").toBeUndefined();
    expect(profile.email, "never without a private read").toBeUndefined();
    return new Set(present);
  } catch (error) {
    if (error instanceof AppError && ["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"].includes(error.code)) return "refused";
    throw error;
  }
}

describe("profile visibility, role by role", () => {
  for (const setting of SETTINGS) {
    it(`${setting}: each role gets exactly the fields it may see`, async () => {
      await applySetting(setting);
      const outcome: Record<string, unknown> = {};
      const want: Record<string, unknown> = {};
      for (const role of ROLES) {
        const result = await seen(role);
        outcome[role] = result === "refused" ? "refused" : result.size === PROFILE_FIELD_NAMES.length ? "all" : result.size === 0 ? "none" : [...result];
        want[role] = expected(role, setting);
      }
      expect(outcome).toEqual(want);
    });
  }

  it("shows each field by its own setting", async () => {
    for (const field of PROFILE_FIELD_NAMES) {
      await applySetting("all shown to members");
      await db().advocateProfile.update({ where: { userId: subject.id }, data: { [PROFILE_FIELDS[field]]: "ADMINS" } });
      const result = await seen("member");
      expect(result === "refused" ? result : PROFILE_FIELD_NAMES.filter((name) => !result.has(name))).toEqual([field]);
    }
  });

  it("keeps suspended and not-yet-approved people's profiles from members, not from admins", async () => {
    await db().user.update({ where: { id: subject.id }, data: { status: "SUSPENDED" } });
    expect(await seen("member")).toBe("refused");
    expect(await seen("admin")).not.toBe("refused");
  });

  it("answers an unknown or malformed handle as not found", async () => {
    for (const handle of ["nosuchhandle", "../../etc", "x".repeat(300)]) {
      await expect(memberProfile(viewers.member, handle)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("admins' private reads", () => {
  it("shows an admin every field with the legal name and email, records it, and lists it for the member", async () => {
    await applySetting("all only admins");
    const { profile, privateRead } = await memberProfile(viewers.admin, subject.profile.handle, { privateRead: true });
    expect(privateRead).toBe(true);
    expect(profile.livedExperience).toBe("Lived experience text");
    expect(profile.legalName).toBe("Legal Name Of Subject");
    expect(profile.email).toBe(subject.email);
    const reads = await ownPrivateReads(viewers.self);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorName: (viewers.admin as { displayName: string }).displayName });
    expect(reads[0]!.fields).toEqual(expect.arrayContaining(["livedExperience", "bio", "legalName", "email"]));
  });

  it("refuses a private read to everyone else, and records nothing", async () => {
    for (const role of ["member", "representative", "moderator"] as const) {
      await expect(memberProfile(viewers[role], subject.profile.handle, { privateRead: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await ownPrivateReads(viewers.self)).toEqual([]);
  });
});

describe("the preview and the profile form", () => {
  it("previews exactly what another member sees", async () => {
    await applySetting("all shown to members");
    await db().advocateProfile.update({ where: { userId: subject.id }, data: { livedExperienceVisibility: "ADMINS", countryVisibility: "ADMINS" } });
    const preview = await previewOwnProfile(viewers.self);
    const asMember = await memberProfile(viewers.member, subject.profile.handle);
    expect(preview.profile).toEqual(asMember.profile);
    expect(preview.hiddenFields.sort()).toEqual(["country", "livedExperience"]);
  });

  const form = (overrides: Record<string, unknown> = {}) =>
    profileSchema.parse({ displayName: "Renamed", ...Object.fromEntries(Object.values(PROFILE_FIELDS).map((column) => [column, "MEMBERS"])), ...overrides });

  it("saves every field in one go and audits the names of the fields changed, never their values", async () => {
    await updateOwnProfile(viewers.self, form({ bio: "New bio", "rules[]": ["1", "70"], keywords: "prisons, HIV", livedExperienceVisibility: "ADMINS" }));
    const saved = await db().advocateProfile.findUniqueOrThrow({ where: { userId: subject.id }, include: { ruleInterests: true, user: true } });
    expect(saved).toMatchObject({ bio: "New bio", keywords: ["prisons", "HIV"], languages: [], user: { displayName: "Renamed" } });
    expect(saved.ruleInterests.map((interest) => interest.ruleNumber).sort((a, b) => a - b)).toEqual([1, 70]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "profile.updated", targetId: subject.id } });
    expect(JSON.stringify(audit)).not.toContain("New bio");
    expect((audit.metadata as { fields: string[] }).fields).toEqual(expect.arrayContaining(["bio", "displayName", "ruleNumbers", "keywords"]));
  });

  it("refuses a country nobody works in, and a title for someone else's organization, changing nothing", async () => {
    const stranger = await createOrganization(db());
    expect(await serviceOutcome(updateOwnProfile(viewers.self, form({ bio: "Changed", countryCode: "AQ" })))).toEqual({ ok: false, fields: { countryCode: "invalid_value" } });
    expect(
      await serviceOutcome(updateOwnProfile(viewers.self, form({ bio: "Changed", "organizationIds[]": [stranger.id], "organizationTitles[]": ["Boss"] }))),
    ).toEqual({ ok: false, fields: { organizationTitles: "invalid" } });
    expect((await db().advocateProfile.findUniqueOrThrow({ where: { userId: subject.id } })).bio).toBe("Bio text");
  });

  it("validates the form: lengths, keywords, rules and visibilities", () => {
    const problems = (input: Record<string, unknown>) => {
      const result = profileSchema.safeParse({ displayName: "Name", ...Object.fromEntries(Object.values(PROFILE_FIELDS).map((column) => [column, "MEMBERS"])), ...input });
      return result.success ? [] : result.error.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
    };
    expect(problems({})).toEqual([]);
    expect(problems({ displayName: "  " })[0]).toMatch(/^displayName:/);
    expect(problems({ bio: "x".repeat(1001) })[0]).toMatch(/^bio:/);
    expect(problems({ keywords: "a, b, c, d, e, f" })).toEqual(["keywords:Errors.fields.tooManyKeywords"]);
    expect(problems({ keywords: "y".repeat(41) })).toEqual(["keywords:Errors.fields.keywordTooLong"]);
    expect(problems({ "rules[]": ["71"] })[0]).toMatch(/^rules\[\]:/);
    expect(problems({ bioVisibility: "EVERYONE" })[0]).toMatch(/^bioVisibility:/);
    expect(problems({ "areasOfWork[]": ["ASTROLOGY"] })[0]).toMatch(/^areasOfWork\[\]:/);
  });
});

describe("the profile photo", () => {
  it("stores an upload without its location, replaces the old file, and removes it on request", async () => {
    const withGps = await jpegWithLocation();
    expect(withGps.includes(Buffer.from("GPS"))).toBe(true);
    await replaceOwnPhoto(viewers.self, new Blob([new Uint8Array(withGps)], { type: "image/jpeg" }));
    const first = await db().advocateProfile.findUniqueOrThrow({ where: { userId: subject.id }, include: { photo: true } });
    expect(first.photo).toMatchObject({ kind: "PROFILE_PHOTO", contentType: "image/webp", width: 256, height: 256 });
    expect((await storedBytes(db(), first.photo!.id)).includes(Buffer.from("GPS"))).toBe(false);
    expect(await db().storedFile.count({ where: { id: subject.profile.photoId! } }), "the earlier photo is deleted").toBe(0);

    await removeOwnPhoto(viewers.self);
    expect((await db().advocateProfile.findUniqueOrThrow({ where: { userId: subject.id } })).photoId).toBeNull();
    expect(await db().storedFile.count()).toBe(0);
    expect(await db().auditLog.count({ where: { targetId: subject.id, action: { in: ["profile.photo-replaced", "profile.photo-removed"] } } })).toBe(2);
  });

  it("refuses what is not a usable image on the photo field, and changes nothing", async () => {
    const before = await db().advocateProfile.findUniqueOrThrow({ where: { userId: subject.id } });
    const refusals: string[] = [];
    for (const file of [new Blob([new Uint8Array(SVG_IMAGE)]), new Blob([new Uint8Array(pngDeclaringPixels(20000, 20000))]), new Blob([]), "not a file"]) {
      const error = await replaceOwnPhoto(viewers.self, file).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ field: "photo" });
      refusals.push((error as AppError).code);
    }
    expect(refusals).toEqual(["IMAGE_UNSUPPORTED_TYPE", "IMAGE_TOO_MANY_PIXELS", "IMAGE_EMPTY", "IMAGE_EMPTY"]);
    expect((await db().advocateProfile.findUniqueOrThrow({ where: { userId: subject.id } })).photoId).toBe(before.photoId);
    expect(await db().storedFile.count()).toBe(1);
  });

  it("counts every upload, refused or not, and refuses the 21st within the hour before decoding it", async () => {
    const before = await db().advocateProfile.findUniqueOrThrow({ where: { userId: subject.id } });
    // Twenty attempts use the member's hour up.
    await consumeLimits(Array.from({ length: imageUploadsPerMember.limit }, () => imageUploadsPerMember(subject.id)));
    const photo = new Blob([new Uint8Array(await jpegWithLocation())], { type: "image/jpeg" });
    await expect(replaceOwnPhoto(viewers.self, photo)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect((await db().advocateProfile.findUniqueOrThrow({ where: { userId: subject.id } })).photoId).toBe(before.photoId);
    // Another member's uploads are counted apart.
    await expect(replaceOwnPhoto(viewers.member, photo)).resolves.toBeUndefined();
  });
});
