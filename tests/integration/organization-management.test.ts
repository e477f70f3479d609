// Organization management against PostgreSQL: editing (validation, authorization, all or nothing), join
// requests (ask, withdraw, accept, decline, concurrent decisions), leaving and the last representative,
// and the admins' verify, archive and merge.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { archive, merge, organizationsForAdmin, restore, verify } from "@/lib/organizations/admin-service";
import { changeMemberRole, decide, joinRequestsPage, leave, removeMember, requestToJoin, withdrawOwnJoinRequest } from "@/lib/organizations/join-service";
import { organizationForEdit, replaceLogo, updateOrganization } from "@/lib/organizations/manage-service";
import { adminOrganizationFilterSchema, editOrganizationSchema, organizationFilterSchema } from "@/lib/organizations/schema";
import { organizationDirectory, organizationPage } from "@/lib/organizations/service";
import { createOrganization } from "@/tests/factories/organizations";
import { ensureCountry } from "@/tests/factories/reference";
import { createAdmin, createMember } from "@/tests/factories/users";
import { jpegWithLocation } from "@/tests/factories/images";
import { accountOutcome, db, signInAs } from "./support/viewers";

let representative: SignedInViewer;
let member: SignedInViewer;
let admin: SignedInViewer;
let organizationId: string;
let slug: string;

beforeEach(async () => {
  const rep = await createMember(db());
  const organization = await createOrganization(db(), { representative: rep, countryCode: "KE" });
  [organizationId, slug] = [organization.id, organization.slug];
  representative = await signInAs(rep);
  member = await signInAs(await createMember(db()));
  admin = await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() }));
  await Promise.all(["UG", "TZ"].map((code) => ensureCountry(db(), code)));
});

const edit = (fields: Record<string, unknown>) => editOrganizationSchema.safeParse({ organizationId, name: "Amani", kind: "NGO", countryCode: "KE", ...fields });
const auditActions = async () => (await db().auditLog.findMany({ orderBy: { createdAt: "asc" }, select: { action: true } })).map((row) => row.action);

describe("editing an organization", () => {
  it("saves details, countries of work and areas for its representative, audited", async () => {
    const input = edit({ description: "Legal aid.", website: "amani.example.org", "workCountries[]": ["UG", "TZ", "KE"], "areasOfWork[]": ["LEGAL_AID"] });
    await updateOrganization(representative, input.data!);
    const saved = await db().organization.findUniqueOrThrow({ where: { id: organizationId }, include: { workCountries: true } });
    expect([saved.name, saved.website, saved.areasOfWork, saved.workCountries.map((row) => row.countryCode).sort()]).toEqual(["Amani", "https://amani.example.org", ["LEGAL_AID"], ["TZ", "UG"]]);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "organization.updated" } });
    expect(entry.metadata).toMatchObject({ fields: expect.arrayContaining(["name", "workCountries", "areasOfWork"]) });
    expect((await organizationForEdit(representative, slug)).organization.workCountries).toHaveLength(2);
  });

  it("refuses a website that is not http(s), overlong text and unknown countries, saving nothing", async () => {
    expect(edit({ website: "javascript:alert(1)" }).error?.issues[0]?.path).toEqual(["website"]);
    expect(edit({ website: "ftp://example.org" }).success).toBe(false);
    expect(edit({ description: "x".repeat(2001) }).success).toBe(false);
    expect(await accountOutcome(updateOrganization(representative, edit({ "workCountries[]": ["UG", "QQ"] }).data!))).toBe("VALIDATION:workCountries");
    expect((await db().organization.findUniqueOrThrow({ where: { id: organizationId } })).name).not.toBe("Amani");
    expect(await db().organizationCountry.count({ where: { organizationId } })).toBe(0);
  });

  it("is refused to members, representatives of another organization, and for an archived one", async () => {
    const otherRep = await signInAs((await createOrganization(db(), { representative: "create" })).createdRepresentative!);
    for (const viewer of [member, otherRep]) {
      expect(await accountOutcome(updateOrganization(viewer, edit({}).data!))).toBe("FORBIDDEN");
      expect(await accountOutcome(organizationForEdit(viewer, slug))).toBe("FORBIDDEN");
    }
    await updateOrganization(admin, edit({ name: "By an admin" }).data!);
    await archive(admin, { organizationId });
    expect(await accountOutcome(updateOrganization(representative, edit({}).data!))).toBe("CONFLICT");
  });

  it("replaces the logo with a re-encoded image and refuses an empty file", async () => {
    expect(await accountOutcome(replaceLogo(representative, organizationId, new Blob([])))).toMatch(/^IMAGE_EMPTY/);
    await replaceLogo(representative, organizationId, new Blob([new Uint8Array(await jpegWithLocation())]));
    const saved = await db().organization.findUniqueOrThrow({ where: { id: organizationId }, include: { logo: true } });
    expect([saved.logo?.kind, saved.logo?.contentType]).toEqual(["ORGANIZATION_LOGO", "image/webp"]);
  });
});

describe("join requests", () => {
  it("asks once, withdraws, asks again; the representative sees it and accepts", async () => {
    const first = await requestToJoin(member, { organizationId, message: "I volunteer there." });
    expect(await accountOutcome(requestToJoin(member, { organizationId, message: null }))).toBe("CONFLICT");
    expect((await organizationPage(member, slug)).ownRequest?.id).toBe(first.id);
    await withdrawOwnJoinRequest(member, { requestId: first.id });
    expect(await accountOutcome(withdrawOwnJoinRequest(member, { requestId: first.id }))).toBe("CONFLICT");
    const second = await requestToJoin(member, { organizationId, message: null });
    const page = await joinRequestsPage(representative, slug);
    expect(page.requests.map((request) => request.id)).toEqual([second.id]);
    await decide(representative, { requestId: second.id, decision: "accept" });
    expect(await db().organizationMembership.findUnique({ where: { organizationId_userId: { organizationId, userId: member.id } } })).toMatchObject({ role: "MEMBER" });
    expect((await joinRequestsPage(representative, slug)).requests).toEqual([]);
    expect(await auditActions()).toEqual(expect.arrayContaining(["organization.join-requested", "organization.join-withdrawn", "organization.join-accepted"]));
  });

  it("lets one of two concurrent decisions count, and refuses decisions on withdrawn requests or suspended requesters", async () => {
    const { id } = await requestToJoin(member, { organizationId, message: null });
    const outcomes = await Promise.all([decide(representative, { requestId: id, decision: "accept" }), decide(admin, { requestId: id, decision: "decline" })].map(accountOutcome));
    expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
    expect(await db().organizationJoinRequest.count({ where: { status: { in: ["ACCEPTED", "DECLINED"] } } })).toBe(1);

    const other = await signInAs(await createMember(db()));
    const withdrawn = await requestToJoin(other, { organizationId, message: null });
    await withdrawOwnJoinRequest(other, { requestId: withdrawn.id });
    expect(await accountOutcome(decide(representative, { requestId: withdrawn.id, decision: "accept" }))).toBe("CONFLICT");

    const suspended = await signInAs(await createMember(db()));
    const request = await requestToJoin(suspended, { organizationId, message: null });
    await db().user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    expect(await accountOutcome(decide(representative, { requestId: request.id, decision: "accept" }))).toBe("CONFLICT");
    expect(await db().organizationMembership.count({ where: { userId: suspended.id } })).toBe(0);
    expect((await db().organizationJoinRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  });

  it("declines, and refuses decisions to members and to a representative of another organization", async () => {
    const { id } = await requestToJoin(member, { organizationId, message: null });
    const otherRep = await signInAs((await createOrganization(db(), { representative: "create" })).createdRepresentative!);
    expect(await accountOutcome(decide(otherRep, { requestId: id, decision: "accept" }))).toBe("FORBIDDEN");
    expect(await accountOutcome(decide(member, { requestId: id, decision: "accept" }))).toBe("FORBIDDEN");
    await decide(representative, { requestId: id, decision: "decline" });
    expect(await db().organizationMembership.count({ where: { userId: member.id } })).toBe(0);
  });

  it("is refused for members already in it and for organizations not active", async () => {
    expect(await accountOutcome(requestToJoin(representative, { organizationId, message: null }))).toBe("FORBIDDEN");
    const proposed = await createOrganization(db(), { status: "PROPOSED" });
    expect(await accountOutcome(requestToJoin(member, { organizationId: proposed.id, message: null }))).toBe("NOT_FOUND");
  });
});

describe("leaving and managing members", () => {
  it("keeps the last representative while other members remain, and lets her go once another is made representative", async () => {
    const { id } = await requestToJoin(member, { organizationId, message: null });
    await decide(representative, { requestId: id, decision: "accept" });
    const joined = await signInAs(member);
    expect(await accountOutcome(leave(representative, { organizationId }))).toBe("CONFLICT");
    expect(await accountOutcome(changeMemberRole(representative, { organizationId, userId: representative.id, role: "MEMBER" }))).toBe("CONFLICT");
    await changeMemberRole(representative, { organizationId, userId: joined.id, role: "REPRESENTATIVE" });
    await leave(representative, { organizationId });
    expect(await db().organizationMembership.findMany({ where: { organizationId }, select: { userId: true, role: true } })).toEqual([{ userId: joined.id, role: "REPRESENTATIVE" }]);
  });

  it("lets a member leave and a representative remove one", async () => {
    const [a, b] = await Promise.all([createMember(db()), createMember(db())]);
    await db().organizationMembership.createMany({ data: [a, b].map((user) => ({ organizationId, userId: user.id })) });
    await leave(await signInAs(a), { organizationId });
    await removeMember(representative, { organizationId, userId: b.id });
    expect(await db().organizationMembership.count({ where: { organizationId } })).toBe(1);
    expect(await accountOutcome(removeMember(member, { organizationId, userId: representative.id }))).toBe("FORBIDDEN");
  });
});

describe("administering organizations", () => {
  it("verifies a proposed organization once, lists proposed first, and hides an archived one from the list", async () => {
    const proposed = await createOrganization(db(), { status: "PROPOSED", name: "Proposed One" });
    expect((await organizationsForAdmin(admin, adminOrganizationFilterSchema.parse({}))).rows.map((row) => row.id)).toEqual([proposed.id]);
    await verify(admin, { organizationId: proposed.id });
    expect(await accountOutcome(verify(admin, { organizationId: proposed.id }))).toBe("CONFLICT");
    expect((await db().organization.findUniqueOrThrow({ where: { id: proposed.id } })).verifiedAt).not.toBeNull();
    await archive(admin, { organizationId });
    const listed = (await organizationDirectory(member, organizationFilterSchema.parse({}))).rows.map((row) => row.id);
    expect(listed).toEqual([proposed.id]);
    expect(await db().organizationMembership.count({ where: { organizationId } }), "members are kept").toBe(1);
    expect((await organizationPage(member, slug)).members, "but not shown").toEqual([]);
  });

  it("restores an archived organization as it was (listed, its members shown, audited), but never a merged duplicate", async () => {
    const proposed = await createOrganization(db(), { status: "PROPOSED", name: "Never Verified" });
    expect(await accountOutcome(restore(admin, { organizationId })), "not archived").toBe("CONFLICT");
    await archive(admin, { organizationId });
    await archive(admin, { organizationId: proposed.id });
    await restore(admin, { organizationId });
    await restore(admin, { organizationId: proposed.id });
    const [restored, wasProposed] = await Promise.all([
      db().organization.findUniqueOrThrow({ where: { id: organizationId } }),
      db().organization.findUniqueOrThrow({ where: { id: proposed.id } }),
    ]);
    expect([restored.status, restored.archivedAt]).toEqual(["ACTIVE", null]);
    expect([wasProposed.status, wasProposed.verifiedAt], "restoring lists it: an admin's decision, so verified").toEqual(["ACTIVE", expect.any(Date)]);
    expect((await organizationDirectory(member, organizationFilterSchema.parse({}))).rows.map((row) => row.id)).toContain(organizationId);
    expect((await organizationPage(member, slug)).members?.length, "its members are shown again").toBe(1);
    expect(await db().auditLog.count({ where: { action: "organization.restored", targetId: organizationId, actorId: admin.id } })).toBe(1);
    expect(await accountOutcome(restore(representative, { organizationId }))).toBe("FORBIDDEN");

    const duplicate = await createOrganization(db(), { countryCode: "UG" });
    await merge(admin, { duplicateId: duplicate.id, survivorId: organizationId });
    expect(await accountOutcome(restore(admin, { organizationId: duplicate.id })), "a merged duplicate stays merged").toBe("CONFLICT");
    expect((await db().organization.findUniqueOrThrow({ where: { id: duplicate.id } })).status).toBe("ARCHIVED");
  });

  it("merges a duplicate: members (higher role kept), requests, invitations, applications, countries and areas move, audited", async () => {
    const both = await createMember(db());
    const onlyDuplicate = await createMember(db());
    await db().organizationMembership.create({ data: { organizationId, userId: both.id, role: "MEMBER" } });
    await db().organization.update({ where: { id: organizationId }, data: { areasOfWork: ["LEGAL_AID"] } });
    const duplicate = await createOrganization(db(), { countryCode: "UG", workCountryCodes: ["TZ"], areasOfWork: ["HEALTH"], representative: both, members: [onlyDuplicate] });
    const { id: requestId } = await requestToJoin(member, { organizationId: duplicate.id, message: null });
    const invitation = await db().invitation.create({ data: { email: "invited@example.org", tokenHash: `hash-${requestId}`, invitedById: admin.id, organizationId: duplicate.id, expiresAt: new Date(Date.now() + 86_400_000) } });

    await merge(admin, { duplicateId: duplicate.id, survivorId: organizationId });

    const roles = await db().organizationMembership.findMany({ where: { organizationId }, select: { userId: true, role: true } });
    expect(new Map(roles.map((row) => [row.userId, row.role]))).toEqual(new Map([[representative.id, "REPRESENTATIVE"], [both.id, "REPRESENTATIVE"], [onlyDuplicate.id, "MEMBER"]]));
    expect(await db().organizationMembership.count({ where: { organizationId: duplicate.id } })).toBe(0);
    expect((await db().organizationJoinRequest.findUniqueOrThrow({ where: { id: requestId } })).organizationId).toBe(organizationId);
    expect((await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).organizationId).toBe(organizationId);
    const survivor = await db().organization.findUniqueOrThrow({ where: { id: organizationId }, include: { workCountries: true } });
    expect([survivor.areasOfWork.sort(), survivor.workCountries.map((row) => row.countryCode).sort()]).toEqual([["HEALTH", "LEGAL_AID"], ["TZ", "UG"]]);
    const gone = await db().organization.findUniqueOrThrow({ where: { id: duplicate.id } });
    expect([gone.status, gone.mergedIntoId]).toEqual(["ARCHIVED", organizationId]);
    expect(await organizationPage(member, duplicate.slug)).toEqual({ mergedInto: slug });
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "organization.merged" } });
    expect(entry.metadata).toMatchObject({ duplicateId: duplicate.id, survivorId: organizationId });
    expect(await accountOutcome(merge(admin, { duplicateId: duplicate.id, survivorId: organizationId })), "a duplicate merges once").toBe("CONFLICT");
  });

  it("is refused to representatives and to admins without two-step verification", async () => {
    const noTwoStep = await signInAs(await createAdmin(db()));
    for (const viewer of [representative, noTwoStep]) expect(await accountOutcome(archive(viewer, { organizationId }))).toBe("FORBIDDEN");
  });
});
