// Monitoring reports against PostgreSQL: who reads each report in each state (the page's policy and the list's
// SQL must agree), saves based on an older revision (a conflict that says what changed, never a silent loss),
// refusals that change nothing, review and publication keeping the findings' copies right, corrections kept as
// revisions, a follow-up visit carrying recommendations forward, and a moderator's merge of two places.
import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { ReportConflictError } from "@/lib/monitoring/format";
import { autosaveReportDraft, requestReview, reviewReport, saveReportDraft, startFollowUp, startReport, withdrawReport } from "@/lib/monitoring/report-service";
import { requestReviewSchema, reviewDecisionSchema, saveReportSchema, startReportSchema } from "@/lib/monitoring/schema";
import { placeHistory, reportList, reportPage } from "@/lib/monitoring/service";
import { mergePlace } from "@/lib/places/service";
import { shareLinkResource } from "@/lib/resources/resource-service";
import { linkResourceForm } from "@/tests/factories/resources";
import { seedReferenceData } from "@/prisma/seed/reference";
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

type State = "draft" | "inReview" | "network" | "organization" | "withdrawn";
const STATES: State[] = ["draft", "inReview", "network", "organization", "withdrawn"];
let viewers: Record<string, Viewer>;
let people: Record<string, { id: string; handle: string }>;
let ids: Record<State, string>;
let placeId: string;
let organizationId: string;

beforeEach(async () => {
  await seedReferenceData(db());
  const [author, teamMate, representative, orgMember, other, moderator, admin, suspended] = await Promise.all([
    createMember(db(), { displayName: "Author" }),
    createMember(db(), { displayName: "Team mate" }),
    createMember(db(), { displayName: "Representative" }),
    createMember(db()),
    createMember(db()),
    createModerator(db(), { totpEnabledAt: new Date() }),
    createAdmin(db(), { totpEnabledAt: new Date() }),
    createMember(db()),
  ]);
  const organization = await createOrganization(db(), { representative: { id: representative.id }, members: [{ id: author.id }, { id: orgMember.id }, { id: teamMate.id }] });
  organizationId = organization.id;
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
  people = { author: { id: author.id, handle: author.profile.handle }, teamMate: { id: teamMate.id, handle: teamMate.profile.handle } };
  const place = await createPlaceRow(db(), { createdById: author.id, countryCode: "KE", name: "Lang'ata Women's Prison" });
  placeId = place.id;
  const report = (status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "WITHDRAWN", visibility: "NETWORK" | "ORGANIZATION" = "NETWORK") =>
    createReportRow(db(), { authorId: author.id, placeId, organizationId, status, visibility, teamIds: [teamMate.id], findings: [{ ruleNumber: 5, assessment: "PARTLY_COMPLIES" }] }).then((row) => row.id);
  ids = { draft: await report("DRAFT"), inReview: await report("IN_REVIEW"), network: await report("PUBLISHED"), organization: await report("PUBLISHED", "ORGANIZATION"), withdrawn: await report("WITHDRAWN") };
});

const TEAM = { draft: "ok", inReview: "ok", network: "ok", organization: "ok", withdrawn: "ok" };
const READS: Record<string, Record<State, string>> = {
  anonymous: { draft: "UNAUTHENTICATED", inReview: "UNAUTHENTICATED", network: "UNAUTHENTICATED", organization: "UNAUTHENTICATED", withdrawn: "UNAUTHENTICATED" },
  suspended: { draft: "FORBIDDEN", inReview: "FORBIDDEN", network: "FORBIDDEN", organization: "FORBIDDEN", withdrawn: "FORBIDDEN" },
  author: TEAM,
  "team member": TEAM,
  representative: TEAM,
  "organization member": { draft: "NOT_FOUND", inReview: "NOT_FOUND", network: "ok", organization: "ok", withdrawn: "NOT_FOUND" },
  "other member": { draft: "NOT_FOUND", inReview: "NOT_FOUND", network: "ok", organization: "NOT_FOUND", withdrawn: "NOT_FOUND" },
  // Staff get no reading right of their own: monitoring reports protect sources.
  moderator: { draft: "NOT_FOUND", inReview: "NOT_FOUND", network: "ok", organization: "NOT_FOUND", withdrawn: "NOT_FOUND" },
  admin: { draft: "NOT_FOUND", inReview: "NOT_FOUND", network: "ok", organization: "NOT_FOUND", withdrawn: "NOT_FOUND" },
};

describe("who reads a report", () => {
  it("gives each viewer each report's page exactly when the policy says, and the list agrees", async () => {
    for (const [name, expected] of Object.entries(READS)) {
      const pages = Object.fromEntries(await Promise.all(STATES.map(async (state) => [state, await outcome(reportPage(viewers[name]!, ids[state]))] as const)));
      expect([name, pages]).toEqual([name, expected]);
      const listed = await reportList(viewers[name]!, undefined).then(
        (list) => new Set(list.reports.map((report) => report.id)),
        () => new Set<string>(),
      );
      const readable = STATES.filter((state) => expected[state] === "ok");
      expect([name, STATES.filter((state) => listed.has(ids[state]))]).toEqual([name, readable]);
      const history = await placeHistory(viewers[name]!, placeId).then((found) => found.visits.map((visit) => visit.id), () => [] as string[]);
      expect([name, STATES.filter((state) => history.includes(ids[state]))]).toEqual([name, readable]);
    }
  });
});

const form = (reportId: string, revision: number, fields: Record<string, string> = {}) =>
  saveReportSchema.parse({ reportId, revision: String(revision), countryCode: "KE", placeId, title: "Visit to Lang'ata", language: "en", visitStartedOn: "2026-03-02", visitEndedOn: "2026-03-03", ...fields });

describe("saving a draft", () => {
  it("refuses a save based on an older revision, saying which fields the other member changed, and loses nothing", async () => {
    const { id } = await startReport(viewers.author!, startReportSchema.parse({ countryCode: "KE", placeId, title: "Visit to Lang'ata", language: "en", visitStartedOn: "2026-03-02", visitEndedOn: "2026-03-03", organizationId }));
    await saveReportDraft(viewers.author!, form(id, 1, { teamHandles: people.teamMate!.handle }));
    const loaded = await db().monitoringReport.findUniqueOrThrow({ where: { id } });
    expect(loaded.revision).toBe(2);
    const { formDigest, reportFormValues } = await import("@/lib/monitoring/format");
    const base = formDigest(reportFormValues({ ...loaded, teamHandles: [people.teamMate!.handle], findings: [], recommendations: [] }));
    // The team mate saves first (revision 2 → 3) …
    await saveReportDraft(viewers["team member"]!, form(id, 2, { baseDigest: base, teamHandles: people.teamMate!.handle, summary: "Cells are overcrowded.", "finding-5-assessment": "DOES_NOT_COMPLY" }));
    // … then the author, from revision 2 too.
    const error = await saveReportDraft(viewers.author!, form(id, 2, { baseDigest: base, teamHandles: people.teamMate!.handle, summary: "My summary." })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReportConflictError);
    const { conflict } = error as ReportConflictError;
    expect(conflict.revision).toBe(3);
    expect(conflict.savedBy).toBe("Team mate");
    expect(conflict.changed).toEqual([
      { field: "finding-5-assessment", value: "DOES_NOT_COMPLY" },
      { field: "summary", value: "Cells are overcrowded." },
    ]);
    const after = await db().monitoringReport.findUniqueOrThrow({ where: { id }, include: { findings: true } });
    expect([after.summarySource, after.revision, after.findings.map((finding) => finding.assessment)]).toEqual(["Cells are overcrowded.", 3, ["DOES_NOT_COMPLY"]]);
    // Saving again at the revision the conflict gave keeps the author's text, knowingly.
    await saveReportDraft(viewers.author!, form(id, 3, { teamHandles: people.teamMate!.handle, summary: "My summary." }));
    expect((await db().monitoringReport.findUniqueOrThrow({ where: { id } })).summarySource).toBe("My summary.");
  });

  it("saves a draft by itself with the same checks, giving back the revision and digest its edit page would give", async () => {
    const { id } = await startReport(viewers.author!, startReportSchema.parse({ countryCode: "KE", placeId, title: "Visit to Lang'ata", language: "en", visitStartedOn: "2026-03-02", visitEndedOn: "2026-03-03", organizationId }));
    const saved = await autosaveReportDraft(viewers.author!, form(id, 1, { summary: "Typed so far." }));
    const { reportForEdit } = await import("@/lib/monitoring/service");
    const page = await reportForEdit(viewers.author!, id);
    expect([saved.revision, saved.digest]).toEqual([page.report.revision, page.digest]);
    // The next save builds on it: no conflict with itself; an older base is a conflict, as for an explicit save.
    await saveReportDraft(viewers.author!, form(id, saved.revision, { baseDigest: saved.digest, summary: "Typed so far, and more." }));
    expect(await autosaveReportDraft(viewers.author!, form(id, saved.revision, { summary: "Stale." })).catch((caught: unknown) => caught)).toBeInstanceOf(ReportConflictError);
    expect(await outcome(autosaveReportDraft(viewers.author!, form(id, saved.revision + 1, { teamHandles: "nosuchhandle" })))).toBe("VALIDATION:teamHandles");
    expect((await db().monitoringReport.findUniqueOrThrow({ where: { id } })).summarySource).toBe("Typed so far, and more.");
    // A published report's correction is never saved by itself (it needs its note).
    const published = await db().monitoringReport.findUniqueOrThrow({ where: { id: ids.network } });
    expect(await outcome(autosaveReportDraft(viewers.author!, form(ids.network, published.revision)))).toBe("FORBIDDEN");
  });

  it("refuses a place in another country, an unknown team handle and an unknown rule on their fields, changing nothing", async () => {
    const elsewhere = await createPlaceRow(db(), { createdById: people.author!.id, countryCode: "UG" });
    const before = await db().monitoringReport.findUniqueOrThrow({ where: { id: ids.draft }, include: { findings: true, team: true } });
    expect(await outcome(saveReportDraft(viewers.author!, form(ids.draft, before.revision, { placeId: elsewhere.id, summary: "Changed" })))).toBe("VALIDATION:placeId");
    expect(await outcome(saveReportDraft(viewers.author!, form(ids.draft, before.revision, { teamHandles: "nosuchhandle", summary: "Changed" })))).toBe("VALIDATION:teamHandles");
    expect(saveReportSchema.safeParse({ reportId: ids.draft, revision: "1", countryCode: "KE", placeId, title: "A visit", language: "en", visitStartedOn: "2026-03-02", visitEndedOn: "2026-03-03", "finding-71-assessment": "COMPLIES" }).error?.issues.map((issue) => issue.path.join("."))).toEqual(["finding-71-assessment"]);
    expect(saveReportSchema.safeParse({ reportId: ids.draft, revision: "1", countryCode: "KE", placeId, title: "A visit", language: "en", visitStartedOn: "2026-03-04", visitEndedOn: "2026-03-02" }).error?.issues.map((issue) => issue.message)).toEqual(["Errors.fields.endsBeforeStart"]);
    expect(saveReportSchema.safeParse({ reportId: ids.draft, revision: "1", countryCode: "KE", placeId, title: "A visit", language: "en", visitStartedOn: "2099-03-04", visitEndedOn: "2099-03-04" }).success).toBe(false);
    const after = await db().monitoringReport.findUniqueOrThrow({ where: { id: ids.draft }, include: { findings: true, team: true } });
    expect(after).toEqual(before);
  });

  it("attaches resources of the library the member may read as a finding's evidence, and refuses others on the field", async () => {
    const shared = await shareLinkResource(viewers["other member"]!, linkResourceForm({ title: "Photos of the showers, redacted" }));
    const otherOrganization = await createOrganization(db(), { representative: { id: (viewers["other member"] as { id: string }).id } });
    // Signed in again: she represents that organization now.
    const representative = await signInAs({ id: (viewers["other member"] as { id: string }).id });
    const closed = await shareLinkResource(representative, linkResourceForm({ title: "Internal notes", organizationId: otherOrganization.id, visibility: "ORGANIZATION" }));
    const revision = () => db().monitoringReport.findUniqueOrThrow({ where: { id: ids.draft } }).then((row) => row.revision);
    const before = await revision();
    expect(await outcome(saveReportDraft(viewers.author!, form(ids.draft, before, { "finding-5-assessment": "PARTLY_COMPLIES", "finding-5-resources": `/resources/${closed.id}` })))).toBe("VALIDATION:finding-5-resources");
    expect(await revision()).toBe(before);
    await saveReportDraft(viewers.author!, form(ids.draft, before, { "finding-5-assessment": "PARTLY_COMPLIES", "finding-5-resources": `https://example.org/resources/${shared.id} ${shared.id}` }));
    const evidence = await db().monitoringFindingEvidence.findMany({ where: { finding: { reportId: ids.draft } }, select: { resourceId: true, createdById: true } });
    expect(evidence).toEqual([{ resourceId: shared.id, createdById: (viewers.author as { id: string }).id }]);
    // Emptied in the form, gone from the finding.
    await saveReportDraft(viewers.author!, form(ids.draft, before + 1, { "finding-5-assessment": "PARTLY_COMPLIES" }));
    expect(await db().monitoringFindingEvidence.count({ where: { finding: { reportId: ids.draft } } })).toBe(0);
  });

  it("refuses writes by those who may only read, and staff", async () => {
    for (const name of ["organization member", "other member", "moderator", "admin"]) {
      expect([name, await outcome(saveReportDraft(viewers[name]!, form(ids.draft, 1)))]).toEqual([name, "NOT_FOUND"]);
    }
    expect(await outcome(saveReportDraft(viewers["other member"]!, form(ids.network, 1)))).toBe("FORBIDDEN");
  });
});

describe("review, publication, correction and withdrawal", () => {
  it("publishes after another team member's review, keeps the findings' copies right, and tells the team", async () => {
    const { id } = await startReport(viewers.author!, startReportSchema.parse({ countryCode: "KE", placeId, title: "Visit", language: "es", visitStartedOn: "2026-03-02", visitEndedOn: "2026-03-02", organizationId }));
    await saveReportDraft(viewers.author!, form(id, 1, { teamHandles: people.teamMate!.handle, "finding-5-assessment": "COMPLIES", "finding-5-observations": "Call Mrs Wanjiru on 0712 345 678." }));
    // The personal-data check stops the first attempt and names what it found.
    const check = await requestReview(viewers.author!, requestReviewSchema.parse({ reportId: id, revision: "2" }));
    expect(check.done ? [] : check.hits.map((hit) => [hit.where, hit.kind])).toEqual([["finding-5-observations", "name"], ["finding-5-observations", "phone"]]);
    expect((await db().monitoringReport.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    expect(await requestReview(viewers.author!, requestReviewSchema.parse({ reportId: id, revision: "2", confirmed: "yes" }))).toEqual({ done: true });
    // The one who asked for the review cannot publish it; a team mate can.
    expect(await outcome(reviewReport(viewers.author!, reviewDecisionSchema.parse({ reportId: id, revision: "3", decision: "PUBLISH", visibility: "NETWORK", confirmed: "yes" })))).toBe("FORBIDDEN");
    expect(await reviewReport(viewers["team member"]!, reviewDecisionSchema.parse({ reportId: id, revision: "3", decision: "PUBLISH", visibility: "NETWORK", confirmed: "yes" }))).toEqual({ done: true });
    const findings = () => db().monitoringFinding.findMany({ where: { reportId: id }, select: { networkVisible: true, organizationId: true, countryCode: true, placeType: true } });
    expect(await findings()).toEqual([{ networkVisible: true, organizationId, countryCode: "KE", placeType: "PRISON" }]);
    const notices = await db().notification.findMany({ where: { subjectId: id }, select: { type: true, userId: true }, orderBy: [{ type: "asc" }, { userId: "asc" }] });
    expect(notices.map((notice) => notice.type)).toEqual(expect.arrayContaining(["MONITORING_REVIEW_REQUESTED", "MONITORING_REPORT_PUBLISHED"]));
    expect(notices.filter((notice) => notice.type === "MONITORING_REPORT_PUBLISHED").map((notice) => notice.userId).sort()).toEqual([people.author!.id, viewers.representative!.kind === "signed-in" ? viewers.representative!.id : ""].sort());

    // A correction keeps the published text as a revision.
    await saveReportDraft(viewers.author!, form(id, 4, { title: "Visit, corrected", teamHandles: people.teamMate!.handle, "finding-5-assessment": "COMPLIES", correctionNote: "Removed a name" }));
    const revisions = await db().monitoringReportRevision.findMany({ where: { reportId: id } });
    expect(revisions.map((revision) => [revision.number, (revision.snapshot as { title: string }).title, revision.note])).toEqual([[1, "Visit to Lang'ata", "Removed a name"]]);
    expect(await findings()).toEqual([{ networkVisible: true, organizationId, countryCode: "KE", placeType: "PRISON" }]);

    await withdrawReport(viewers.author!, id);
    expect(await findings()).toEqual([{ networkVisible: false, organizationId, countryCode: "KE", placeType: "PRISON" }]);
    expect(await outcome(reportPage(viewers["other member"]!, id))).toBe("NOT_FOUND");
  });

  it("sends a report back to its team with a note, which it may then change again", async () => {
    await db().monitoringReport.update({ where: { id: ids.inReview }, data: { reviewRequestedById: people.author!.id } });
    expect(await outcome(reviewReport(viewers.representative!, reviewDecisionSchema.parse({ reportId: ids.inReview, revision: "1", decision: "SEND_BACK", note: "Say which wing" })))).toBe("ok");
    const sentBack = await db().monitoringReport.findUniqueOrThrow({ where: { id: ids.inReview } });
    expect([sentBack.status, sentBack.reviewNote]).toEqual(["DRAFT", "Say which wing"]);
    expect(await outcome(saveReportDraft(viewers.author!, form(ids.inReview, sentBack.revision)))).toBe("ok");
    expect(reviewDecisionSchema.safeParse({ reportId: ids.inReview, revision: "1", decision: "SEND_BACK" }).success).toBe(false);
  });
});

describe("a follow-up visit", () => {
  it("carries the earlier recommendations forward, each to be given a status, and the place shows their history", async () => {
    const earlier = await createReportRow(db(), {
      authorId: people.author!.id,
      placeId,
      organizationId,
      visitStartedOn: new Date(Date.UTC(2025, 4, 2)),
      recommendations: [{ text: "Provide sanitary products free of charge", authority: "Prison service", priority: "HIGH", ruleNumber: 5 }, { text: "Screen for mental health needs on entry", authority: "Health ministry" }],
    });
    const { id } = await startFollowUp(viewers["other member"]!, earlier.id);
    const followUp = await db().monitoringReport.findUniqueOrThrow({ where: { id }, include: { recommendations: { orderBy: { number: "asc" } } } });
    expect([followUp.followUpOfId, followUp.placeId, followUp.organizationId, followUp.status]).toEqual([earlier.id, placeId, null, "DRAFT"]);
    expect(followUp.recommendations.map((row) => [row.number, row.text, row.carriedFromId, row.followUp])).toEqual([
      [1, "Provide sanitary products free of charge", earlier.recommendations[0]!.id, null],
      [2, "Screen for mental health needs on entry", earlier.recommendations[1]!.id, null],
    ]);
    await saveReportDraft(viewers["other member"]!, form(id, 1, {
      visitStartedOn: "2026-04-01", visitEndedOn: "2026-04-01",
      "rec-1-text": "Provide sanitary products free of charge", "rec-1-authority": "Prison service", "rec-1-carriedFromId": earlier.recommendations[0]!.id, "rec-1-followUp": "PARTLY_IMPLEMENTED", "rec-1-followUpNote": "Only in one wing",
      "rec-2-text": "Screen for mental health needs on entry", "rec-2-authority": "Health ministry", "rec-2-carriedFromId": earlier.recommendations[1]!.id, "rec-2-followUp": "NOT_IMPLEMENTED",
    }));
    const { histories } = await placeHistory(viewers["other member"]!, placeId);
    const first = histories.find((history) => history.text.startsWith("Provide"))!;
    expect(first.steps.map((step) => [step.reportId, step.followUp, step.followUpNote])).toEqual([[earlier.id, null, null], [id, "PARTLY_IMPLEMENTED", "Only in one wing"]]);
  });
});

describe("merging places", () => {
  it("moves the duplicate's reports to the place kept, with their findings' copies, in one audited step", async () => {
    const kept = await createPlaceRow(db(), { createdById: people.author!.id, countryCode: "KE", name: "Langata Women Prison", type: "PRE_TRIAL" });
    expect(await outcome(mergePlace(viewers.author!, { placeId, intoPlaceId: kept.id }))).toBe("FORBIDDEN");
    const elsewhere = await createPlaceRow(db(), { createdById: people.author!.id, countryCode: "UG" });
    expect(await outcome(mergePlace(viewers.moderator!, { placeId, intoPlaceId: elsewhere.id }))).toBe("VALIDATION:intoPlaceId");
    expect(await mergePlace(viewers.moderator!, { placeId, intoPlaceId: kept.id })).toEqual({ id: kept.id, movedReports: 5 });
    expect(await db().monitoringReport.count({ where: { placeId: kept.id } })).toBe(5);
    expect(await db().monitoringFinding.count({ where: { placeType: "PRE_TRIAL" } })).toBe(5);
    const merged = await db().detentionPlace.findUniqueOrThrow({ where: { id: placeId } });
    expect([merged.status, merged.mergedIntoId]).toEqual(["MERGED", kept.id]);
    expect(await db().auditLog.count({ where: { action: "place.merged", targetId: placeId } })).toBe(1);
    expect(await outcome(mergePlace(viewers.moderator!, { placeId, intoPlaceId: kept.id }))).toBe("CONFLICT");
  });
});
