import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer-types";
import { canEditPlace } from "@/lib/places/policy";
import { signedInViewer } from "@/tests/factories/viewers";
import { canEditDraft, canFollowUpReport, canReadReport, canReviewReport, canWriteReportFor, type ReportAccess } from "./policy";

const report = (overrides: Partial<ReportAccess> = {}): ReportAccess => ({ authorId: "author", organizationId: "org", visibility: "NETWORK", status: "DRAFT", teamIds: ["mate"], reviewRequestedById: null, ...overrides });

const VIEWERS = {
  anonymous: ANONYMOUS,
  author: signedInViewer({ id: "author", organizationIds: ["org"] }),
  "team member": signedInViewer({ id: "mate" }),
  representative: signedInViewer({ id: "rep", organizationIds: ["org"], representativeOf: ["org"] }),
  "organization member": signedInViewer({ id: "colleague", organizationIds: ["org"] }),
  "other member": signedInViewer({ id: "other" }),
  moderator: signedInViewer({ id: "mod", role: "MODERATOR", twoFactorEnabled: true }),
  suspended: signedInViewer({ id: "author", status: "SUSPENDED", organizationIds: ["org"] }),
};

describe("the reports' policy", () => {
  it("lets the team read and edit a draft, and nobody else, staff included", () => {
    const draft = report();
    expect(Object.entries(VIEWERS).filter(([, viewer]) => canReadReport(viewer, draft)).map(([name]) => name)).toEqual(["author", "team member", "representative"]);
    expect(Object.entries(VIEWERS).filter(([, viewer]) => canEditDraft(viewer, draft)).map(([name]) => name)).toEqual(["author", "team member", "representative"]);
  });

  it("shows a published report to its audience: the network, or the organization's members", () => {
    const audience = (visibility: "NETWORK" | "ORGANIZATION") => Object.entries(VIEWERS).filter(([, viewer]) => canReadReport(viewer, report({ status: "PUBLISHED", visibility }))).map(([name]) => name);
    expect(audience("NETWORK")).toEqual(["author", "team member", "representative", "organization member", "other member", "moderator"]);
    expect(audience("ORGANIZATION")).toEqual(["author", "team member", "representative", "organization member"]);
    expect(Object.entries(VIEWERS).filter(([, viewer]) => canFollowUpReport(viewer, report({ status: "WITHDRAWN" }))).map(([name]) => name)).toEqual([]);
  });

  it("lets another team member or the representative review, never the one who asked", () => {
    const inReview = report({ status: "IN_REVIEW", reviewRequestedById: "author" });
    expect(Object.entries(VIEWERS).filter(([, viewer]) => canReviewReport(viewer, inReview)).map(([name]) => name)).toEqual(["team member", "representative"]);
  });

  it("lets a member write for an organization only when they belong to it", () => {
    expect(canWriteReportFor(VIEWERS["organization member"], { organizationId: "org" })).toBe(true);
    expect(canWriteReportFor(VIEWERS["other member"], { organizationId: "org" })).toBe(false);
    expect(canWriteReportFor(VIEWERS["other member"], { organizationId: null })).toBe(true);
  });
});

describe("the registry's policy", () => {
  it("lets whoever added a place, and moderators, correct it while it is active", () => {
    const place = { createdById: "author", status: "ACTIVE" as const };
    expect(Object.entries(VIEWERS).filter(([, viewer]) => canEditPlace(viewer, place)).map(([name]) => name)).toEqual(["author", "moderator"]);
    expect(canEditPlace(VIEWERS.author, { ...place, status: "MERGED" })).toBe(false);
  });
});
