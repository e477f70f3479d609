// Collaboration requests against PostgreSQL: a request and its tags in one transaction, the refusals that need
// the database, who sees what (lists, the page, responses) as a matrix of roles, filters and search, matching in
// SQL with its reasons, responding, deciding (with the workspace seam in the acceptance's transaction),
// withdrawing, closing and reopening, and the notifications each causes.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { ANONYMOUS } from "@/lib/auth/viewer-types";
import { closeRequest, editRequest, flagCollaborationRequest, inviteToRespond, postRequest, reopenRequest, startRequestWork } from "@/lib/collaborations/request-service";
import { moderateItem, moderationQueue } from "@/lib/moderation/queue-service";
import { queueFilterSchema } from "@/lib/moderation/schema";
import { decideOnResponse, respondToRequest, withdrawOwnResponse } from "@/lib/collaborations/response-service";
import { closeSchema, requestListSchema, requestSchema } from "@/lib/collaborations/schema";
import { collaborationList, homeMatches, requestForEdit, requestPage, requestsAbout } from "@/lib/collaborations/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createMember, createModerator } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    const { code, field } = error as { code: string; field?: string };
    return field ? `${code}:${field}` : code;
  }
}

const form = (fields: Record<string, unknown> = {}) =>
  requestSchema.parse({
    kind: "MONITORING_VISIT",
    title: "Partner for monitoring visits in Nairobi",
    body: "We visit **women's prisons** and look for a partner.",
    needs: "Someone experienced with unannounced visits.",
    collaboratorsWanted: "2",
    visibility: "NETWORK",
    "countries[]": ["KE"],
    "rules[]": ["25", "26"],
    "languages[]": ["en", "sw"],
    ...fields,
  });

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

let author: SignedInViewer;
let representative: SignedInViewer;
let organizationId: string;

beforeEach(async () => {
  await seedReferenceData(db());
  const rep = await createMember(db(), { displayName: "Representative" });
  const organization = await createOrganization(db(), { representative: { id: rep.id }, countryCode: "KE" });
  organizationId = organization.id;
  author = await signInAs(await createMember(db(), { displayName: "Author" }));
  representative = await signInAs(rep);
});

describe("posting a request", () => {
  it("saves the request, its cooked description, tags and match tokens, in one go", async () => {
    const { id } = await postRequest(representative, form({ organizationId, deadline: inDays(10), body: "Hello <script>x</script> **all**" }));
    const saved = await db().collaborationRequest.findUniqueOrThrow({ where: { id }, include: { countries: true, rules: true } });
    expect(saved).toMatchObject({ organizationId, authorId: representative.id, status: "OPEN", collaboratorsWanted: 2, languages: ["en", "sw"], cooked: "<p>Hello x <strong>all</strong></p>" });
    expect(saved.deadline?.toISOString().slice(0, 10)).toBe(inDays(10));
    expect(saved.rules.map((rule) => rule.ruleNumber)).toEqual([25, 26]);
    expect(saved.countries.map((country) => country.countryCode)).toEqual(["KE"]);
    expect(saved.matchTokens).toEqual(expect.arrayContaining(["kind:MONITORING_VISIT", "area:MONITORING", "country:KE", "continent:AF", "region:014", "rule:25", "language:sw", `organization:${organizationId}`]));
    expect(saved.searchText).toContain("partner for monitoring visits in nairobi hello");
  });

  it("refuses, each on its field, a past deadline, unknown tags, unknown or inactive named members, and another's organization", async () => {
    const suspended = await createMember(db(), { status: "SUSPENDED" });
    const refusal = await postRequest(author, form({ deadline: inDays(-2), "countries[]": ["ZZ"], visibility: "NAMED", namedMembers: `@nosuchone1 ${suspended.profile.handle}` })).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "VALIDATION", field: "deadline" });
    expect((refusal as { fieldProblems: Array<{ field: string }> }).fieldProblems.map((problem) => problem.field)).toEqual(["deadline", "countries[]", "namedMembers"]);
    expect(await outcome(postRequest(author, form({ visibility: "NAMED" })))).toBe("VALIDATION:namedMembers");
    expect(await outcome(postRequest(author, form({ organizationId })))).toBe("FORBIDDEN:organizationId");
    expect(requestSchema.safeParse({ ...form(), title: "Short" }).success).toBe(false);
    expect(await db().collaborationRequest.count()).toBe(0);
  });

  it("tells the members a NAMED request names, and limits new members to two requests a day", async () => {
    const named = await createMember(db());
    await postRequest(author, form({ visibility: "NAMED", namedMembers: `@${named.profile.handle}` }));
    expect(await db().notification.findMany({ where: { userId: named.id } })).toEqual([expect.objectContaining({ type: "COLLABORATION_NAMED", subjectType: "CollaborationRequest" })]);
    await postRequest(author, form());
    expect(await outcome(postRequest(author, form()))).toBe("RATE_LIMITED");
  });

  it("tells the members its description mentions once, only those who may read it, and not again on an edit", async () => {
    const ana = await createMember(db());
    const bea = await createMember(db());
    const mentions = `Ask @${ana.profile.handle} and @${bea.profile.handle}.`;
    const { id } = await postRequest(author, form({ body: mentions }));
    const told = async () => (await db().notification.findMany({ where: { type: "COLLABORATION_MENTION", subjectId: id }, orderBy: { userId: "asc" }, select: { userId: true, payload: true } }));
    expect(await told()).toEqual([ana.id, bea.id].sort().map((userId) => ({ userId, payload: expect.objectContaining({ requestId: id, authorId: author.id }) })));
    const carla = await createMember(db());
    await editRequest(author, { requestId: id, ...form({ body: `${mentions} And @${carla.profile.handle}.` }) });
    expect((await told()).map((row) => row.userId).sort()).toEqual([ana.id, bea.id, carla.id].sort());

    // A NAMED request: a mention of a member it does not name stays plain text and tells her nothing; one it names
    // is told once (that she was named).
    const named = await createMember(db());
    const outsider = await createMember(db());
    const { id: namedId } = await postRequest(author, form({ visibility: "NAMED", namedMembers: `@${named.profile.handle}`, body: `For @${named.profile.handle}, not @${outsider.profile.handle}.` }));
    expect(await db().notification.findMany({ where: { subjectId: namedId }, select: { userId: true, type: true } })).toEqual([{ userId: named.id, type: "COLLABORATION_NAMED" }]);
  });

  it("lets the author side edit an open request and replaces its tags", async () => {
    const { id } = await postRequest(representative, form({ organizationId }));
    const otherRep = await createMember(db());
    await db().organizationMembership.create({ data: { organizationId, userId: otherRep.id, role: "REPRESENTATIVE" } });
    const colleague = await signInAs(otherRep);
    await editRequest(colleague, { requestId: id, ...form({ "countries[]": ["BR"], "rules[]": ["5"], kind: "TRAINING" }) });
    const saved = await db().collaborationRequest.findUniqueOrThrow({ where: { id }, include: { countries: true, rules: true } });
    expect(saved.countries.map((row) => row.countryCode)).toEqual(["BR"]);
    expect(saved.matchTokens).toEqual(expect.arrayContaining(["country:BR", "rule:5", "area:TRAINING", `organization:${organizationId}`]));
    expect(saved.matchTokens).not.toContain("country:KE");
    expect(await outcome(editRequest(author, { requestId: id, ...form() }))).toBe("FORBIDDEN");
    expect(await outcome(requestForEdit(author, id))).toBe("NOT_FOUND");
  });
});

describe("who sees what", () => {
  it("follows the matrix for a NAMED request: page, responses, list, decisions", async () => {
    const namedUser = await createMember(db());
    const { id } = await postRequest(representative, form({ organizationId, visibility: "NAMED", namedMembers: namedUser.profile.handle, title: "Named request for a few" }));
    const named = await signInAs(namedUser);
    const { id: responseId } = await respondToRequest(named, { requestId: id, body: "Count me in", organizationId: null });
    const member = await signInAs(await createMember(db()));
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    const admin = await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() }));
    const suspendedUser = await createMember(db());
    const suspended = { ...(await signInAs(suspendedUser)), status: "SUSPENDED" as const };
    const viewers: Record<string, Viewer> = { representative, named, member, moderator, admin, suspended, anonymous: ANONYMOUS };
    const seen: Record<string, string> = {};
    for (const [role, viewer] of Object.entries(viewers)) {
      const page = await requestPage(viewer, id).catch((error: { code: string }) => error.code);
      seen[role] = typeof page === "string" ? page : `responses:${page.responses.length + page.ownResponses.length}`;
    }
    expect(seen).toEqual({ representative: "responses:1", named: "responses:1", member: "NOT_FOUND", moderator: "NOT_FOUND", admin: "NOT_FOUND", suspended: "FORBIDDEN", anonymous: "UNAUTHENTICATED" });
    const listed = async (viewer: SignedInViewer) => (await collaborationList(viewer, requestListSchema.parse({}))).requests.map((row) => row.title);
    expect(await listed(named)).toEqual(["Named request for a few"]);
    expect(await listed(member)).toEqual([]);
    expect(await listed(admin)).toEqual([]);
    // A flag lets moderators read it (never its responses), not list it.
    await db().moderationFlag.create({ data: { targetType: "CollaborationRequest", targetId: id, reporterId: named.id, reason: "OTHER" } });
    const asModerator = await requestPage(moderator, id);
    expect(asModerator).toMatchObject({ readAsModerator: true, responses: [], ownResponses: [], canRespond: false, manages: false });
    expect(await listed(moderator)).toEqual([]);
    expect(await outcome(decideOnResponse(named, { responseId, decision: "accept", message: null }))).toBe("FORBIDDEN");
    expect(await outcome(decideOnResponse(moderator, { responseId, decision: "accept", message: null }))).toBe("FORBIDDEN");
  });

  it("lets a named member flag a NAMED request to the moderators, who read it until they dismiss the flags", async () => {
    const namedUser = await createMember(db());
    const { id } = await postRequest(author, form({ visibility: "NAMED", namedMembers: namedUser.profile.handle }));
    const named = await signInAs(namedUser);
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    expect(await outcome(flagCollaborationRequest(author, { requestId: id, reason: "SPAM", note: null }))).toBe("FORBIDDEN");
    expect(await flagCollaborationRequest(named, { requestId: id, reason: "PERSONAL_INFORMATION", note: "Names a woman in custody" })).toBe("flagged");
    expect(await flagCollaborationRequest(named, { requestId: id, reason: "SPAM", note: null })).toBe("already");
    const [item] = (await moderationQueue(moderator, queueFilterSchema.parse({ type: "CollaborationRequest" }))).items;
    expect(item).toMatchObject({ targetId: id, flags: [expect.objectContaining({ reason: "PERSONAL_INFORMATION", note: "Names a woman in custody" })] });
    expect((await requestPage(moderator, id)).readAsModerator).toBe(true);
    await moderateItem(moderator, { itemId: item!.id, action: "dismiss", note: null });
    expect(await outcome(requestPage(moderator, id))).toBe("NOT_FOUND");
    expect((await moderationQueue(moderator, queueFilterSchema.parse({}))).items).toEqual([]);
  });

  it("shows a response to the responder and the author side only, and the author their fitting members", async () => {
    const { id } = await postRequest(representative, form({ organizationId }));
    const responder = await signInAs(await createMember(db()));
    const other = await signInAs(await createMember(db()));
    await respondToRequest(responder, { requestId: id, body: "Interested, **really**", organizationId: null });
    expect((await requestPage(representative, id)).responses.map((row) => row.cooked)).toEqual(["<p>Interested, <strong>really</strong></p>"]);
    expect((await requestPage(responder, id)).ownResponses).toHaveLength(1);
    const otherPage = await requestPage(other, id);
    expect([otherPage.responses, otherPage.ownResponses, otherPage.fitting]).toEqual([[], [], []]);
    expect(await outcome(requestPage(author, "nosuchrequest"))).toBe("NOT_FOUND");
  });
});

describe("finding requests", () => {
  it("filters by tokens and state, searches folded prefixes, and pages by a stable cursor", async () => {
    await postRequest(representative, form({ organizationId, title: "Formación sobre las Reglas de Bogotá", "countries[]": ["CO"], kind: "TRAINING", "languages[]": ["es"] }));
    await postRequest(representative, form({ organizationId, title: "Research on pregnant women in custody", kind: "RESEARCH", "countries[]": ["BR"], deadline: inDays(3) }));
    const third = await postRequest(author, form({ title: "Monitoring visit partner wanted" }));
    await closeRequest(author, closeSchema.parse({ requestId: third.id, status: "CANCELLED" }));
    const titles = async (filter: Record<string, string>, viewer: SignedInViewer = author) => (await collaborationList(viewer, requestListSchema.parse(filter))).requests.map((row) => row.title);
    expect(await titles({ q: "BOGOTA form" })).toEqual(["Formación sobre las Reglas de Bogotá"]);
    expect(await titles({ kind: "RESEARCH" })).toEqual(["Research on pregnant women in custody"]);
    expect(await titles({ continent: "SA" })).toHaveLength(2);
    expect(await titles({ language: "es" })).toEqual(["Formación sobre las Reglas de Bogotá"]);
    expect(await titles({ state: "closed" })).toEqual(["Monitoring visit partner wanted"]);
    expect(await titles({ state: "all", sort: "deadline" })).toHaveLength(3);
    expect((await titles({ state: "all", sort: "deadline" }))[0]).toBe("Research on pregnant women in custody");
    const organization = await db().organization.findUniqueOrThrow({ where: { id: organizationId } });
    expect(await titles({ organization: organization.slug })).toHaveLength(2);
    expect((await requestsAbout(author, { country: "co" })).requests.map((row) => row.title)).toEqual(["Formación sobre las Reglas de Bogotá"]);
  });

  it("pages through many requests without repeats, newest first and by deadline", async () => {
    const rows = Array.from({ length: 45 }, (_, index) => ({
      authorId: author.id,
      kind: "RESEARCH" as const,
      title: `Request number ${index}`,
      source: "x",
      cooked: "<p>x</p>",
      needs: "y",
      deadline: index % 3 ? new Date(`${inDays(1 + (index % 7))}T00:00:00Z`) : null,
      createdAt: new Date(Date.now() - (index % 5) * 1000),
    }));
    await db().collaborationRequest.createMany({ data: rows });
    for (const sort of ["newest", "deadline"]) {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await collaborationList(author, requestListSchema.parse({ sort, after }));
        seen.push(...page.requests.map((row) => row.id));
        after = page.next ?? undefined;
      } while (after);
      expect(new Set(seen).size, sort).toBe(45);
    }
  });
});

describe("matching", () => {
  it("ranks open requests by fit with the member's own profile, with reasons, not theirs nor answered", async () => {
    const me = await createMember(db(), { profile: { countryCode: "KE", languages: ["sw"], areasOfWork: ["MONITORING"], ruleNumbers: [25, 26], canHelpWith: "Unannounced visits, checklists" } });
    const viewer = await signInAs(me);
    await postRequest(representative, form({ organizationId, title: "Best fit in Kenya" }));
    await postRequest(representative, form({ organizationId, title: "Only the rules fit", "countries[]": ["BR"], kind: "JOINT_PROJECT", "languages[]": ["pt"], "rules[]": ["25"] }));
    await postRequest(author, form({ title: "Nothing in common at all", "countries[]": ["FR"], kind: "FUNDING_PARTNERSHIP", "rules[]": ["60"], "languages[]": ["fr"], body: "Funding.", needs: "Money." }));
    await postRequest(viewer, form({ title: "My own request in Kenya" }));
    const matches = await homeMatches(viewer);
    expect(matches.map((row) => row.title)).toEqual(["Best fit in Kenya", "Only the rules fit"]);
    expect(matches[0]!.reasons).toMatchObject({ countries: ["KE"], rules: [25, 26], areas: ["MONITORING"], languages: ["sw"], helps: true });
    expect(matches[1]!.reasons).toMatchObject({ countries: [], rules: [25] });
    await respondToRequest(viewer, { requestId: matches[0]!.id, body: "Yes", organizationId: null });
    expect((await homeMatches(viewer)).map((row) => row.title)).toEqual(["Only the rules fit"]);
  });

  it("offers the author listed members who fit, by what they show the network only, and invites them once", async () => {
    const fits = await createMember(db(), { displayName: "Fits well", profile: { countryCode: "KE", ruleNumbers: [25] } });
    await createMember(db(), { displayName: "Hidden", profile: { countryCode: "KE", hiddenFromDirectory: true } });
    await createMember(db(), { displayName: "Keeps country to admins", profile: { countryCode: "KE", countryVisibility: "ADMINS" } });
    const { id } = await postRequest(author, form());
    const page = await requestPage(author, id);
    expect(page.fitting.map((row) => row.displayName)).toEqual(["Fits well"]);
    expect(page.fitting[0]!.reasons).toMatchObject({ countries: ["KE"], rules: [25] });
    expect(await inviteToRespond(author, { requestId: id, handle: fits.profile.handle })).toBe("invited");
    expect(await inviteToRespond(author, { requestId: id, handle: fits.profile.handle })).toBe("already");
    expect((await requestPage(author, id)).fitting[0]!.invited).toBe(true);
    expect(await db().notification.count({ where: { userId: fits.id, type: "COLLABORATION_INVITED" } })).toBe(1);
    const other = await signInAs(await createMember(db()));
    expect(await outcome(inviteToRespond(other, { requestId: id, handle: fits.profile.handle }))).toBe("FORBIDDEN");
  });
});

describe("responding and deciding", () => {
  it("takes one open response per member, accepts it, and notifies both sides", async () => {
    const { id } = await postRequest(representative, form({ organizationId }));
    const responder = await signInAs(await createMember(db()));
    const { id: responseId } = await respondToRequest(responder, { requestId: id, body: "We can help", organizationId: null });
    expect(await outcome(respondToRequest(responder, { requestId: id, body: "Again", organizationId: null }))).toBe("CONFLICT");
    expect(await db().notification.findMany({ where: { userId: representative.id }, select: { type: true } })).toEqual([{ type: "COLLABORATION_RESPONSE" }]);

    await decideOnResponse(representative, { responseId, decision: "accept", message: "Welcome aboard" });
    expect(await db().collaborationRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "IN_PROGRESS", acceptedCount: 1, responseCount: 1 });
    expect(await db().notification.findMany({ where: { userId: responder.id }, select: { type: true } })).toEqual([{ type: "COLLABORATION_ACCEPTED" }]);
    expect(await outcome(decideOnResponse(representative, { responseId, decision: "decline", message: null }))).toBe("FORBIDDEN");
    const page = await requestPage(responder, id);
    expect(page.ownResponses[0]).toMatchObject({ status: "ACCEPTED", decisionMessage: "Welcome aboard", canWithdraw: false });
  });

  it("lets a declined or withdrawn responder answer again, and the author side sees withdrawals", async () => {
    const { id } = await postRequest(author, form());
    const responder = await signInAs(await createMember(db()));
    const first = await respondToRequest(responder, { requestId: id, body: "First", organizationId: null });
    await decideOnResponse(author, { responseId: first.id, decision: "decline", message: "Not this time" });
    expect(await db().notification.count({ where: { userId: responder.id, type: "COLLABORATION_DECLINED" } })).toBe(1);
    const second = await respondToRequest(responder, { requestId: id, body: "Second", organizationId: null });
    await withdrawOwnResponse(responder, second.id);
    expect(await outcome(withdrawOwnResponse(responder, second.id))).toBe("FORBIDDEN");
    expect(await db().notification.count({ where: { userId: author.id, type: "COLLABORATION_WITHDRAWN" } })).toBe(1);
    expect(await db().collaborationRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ responseCount: 0, status: "OPEN" });
    expect(await outcome(respondToRequest(await signInAs(await createMember(db())), { requestId: id, body: "Third", organizationId: organizationId }))).toBe("FORBIDDEN:organizationId");
    expect(await outcome(respondToRequest(author, { requestId: id, body: "Mine", organizationId: null }))).toBe("FORBIDDEN");
  });

  it("refuses new interest once closed or past the deadline, with a clear message, and reopens", async () => {
    const { id } = await postRequest(author, form());
    const responder = await signInAs(await createMember(db()));
    await startRequestWork(author, id);
    expect(await outcome(startRequestWork(author, id))).toBe("FORBIDDEN");
    expect(await outcome(closeRequest(author, closeSchema.parse({ requestId: id, status: "COMPLETED", outcome: "A joint report", outcomeShared: "on" })))).toBe("ok");
    expect(closeSchema.safeParse({ requestId: id, status: "COMPLETED" }).success).toBe(false);
    const refusal = await respondToRequest(responder, { requestId: id, body: "Late", organizationId: null }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "closed", messageKey: "CollaborationErrors.closed" });
    expect((await requestPage(responder, id)).request.outcome).toBe("A joint report");
    await reopenRequest(author, id);
    expect(await db().collaborationRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", outcome: null, outcomeShared: false });
    await db().collaborationRequest.update({ where: { id }, data: { deadline: new Date(`${inDays(-1)}T00:00:00Z`) } });
    expect(await outcome(respondToRequest(responder, { requestId: id, body: "Late", organizationId: null }))).toBe("closed");
    expect((await requestPage(responder, id)).takesInterest).toBe(false);
  });

  it("keeps an unshared outcome to the author side and accepted collaborators", async () => {
    const { id } = await postRequest(author, form());
    const accepted = await signInAs(await createMember(db()));
    const other = await signInAs(await createMember(db()));
    const { id: responseId } = await respondToRequest(accepted, { requestId: id, body: "Yes", organizationId: null });
    await decideOnResponse(author, { responseId, decision: "accept", message: null });
    await closeRequest(author, closeSchema.parse({ requestId: id, status: "COMPLETED", outcome: "Private outcome" }));
    expect((await requestPage(accepted, id)).request.outcome).toBe("Private outcome");
    expect((await requestPage(other, id)).request.outcome).toBeNull();
  });
});

describe("telling members that a new request fits them", () => {
  it("notifies the best few listed members who fit a network request, never the author side, and none for a named one", async () => {
    const fits = await createMember(db(), { displayName: "Fits well", profile: { countryCode: "KE", ruleNumbers: [25] } });
    const elsewhere = await createMember(db(), { displayName: "Elsewhere", profile: { countryCode: "BR", ruleNumbers: [60] } });
    const hidden = await createMember(db(), { displayName: "Hidden", profile: { countryCode: "KE", hiddenFromDirectory: true } });
    const { id } = await postRequest(representative, form({ organizationId }));
    const matched = await db().notification.findMany({ where: { type: "COLLABORATION_MATCH" }, select: { userId: true, subjectId: true } });
    expect(matched).toEqual([{ userId: fits.id, subjectId: id }]);
    for (const member of [elsewhere, hidden]) expect(matched.some((row) => row.userId === member.id)).toBe(false);

    await postRequest(author, form({ visibility: "NAMED", namedMembers: fits.profile.handle }));
    expect(await db().notification.count({ where: { type: "COLLABORATION_MATCH" } })).toBe(1);
  });
});
