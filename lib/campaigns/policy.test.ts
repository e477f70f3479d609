import { describe, expect, it } from "vitest";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { answersForSpotlight, canAnswerConsent, canManageCampaigns, canWithdrawConsent, isCampaignLive, isSpotlightLive, type SpotlightAccess } from "./policy";

function member(overrides: Partial<SignedInViewer> = {}): Viewer {
  return {
    kind: "signed-in",
    id: "maria",
    email: "maria@example.org",
    displayName: "María",
    status: "ACTIVE",
    role: "MEMBER",
    locale: "es",
    twoFactorEnabled: false,
    organizationIds: [],
    representativeOf: [],
    sessionToken: "session",
    ...overrides,
  };
}
const anonymous: Viewer = { kind: "anonymous" };
const admin = member({ id: "admin", role: "ADMIN", twoFactorEnabled: true });

const featuringMaria: SpotlightAccess = { subject: "MEMBER", memberId: "maria", organizationId: null, consent: "REQUESTED" };
const featuringOrg: SpotlightAccess = { subject: "ORGANIZATION", memberId: null, organizationId: "org", consent: "APPROVED" };
const outcome: SpotlightAccess = { subject: "COLLABORATION_OUTCOME", memberId: "ana", organizationId: "org", consent: "APPROVED" };

describe("campaign policy", () => {
  it("lets only admins with two-step manage campaigns", () => {
    expect(canManageCampaigns(admin)).toBe(true);
    expect(canManageCampaigns(member({ role: "ADMIN", twoFactorEnabled: false }))).toBe(false);
    expect(canManageCampaigns(member({ role: "MODERATOR", twoFactorEnabled: true }))).toBe(false);
    expect(canManageCampaigns(member())).toBe(false);
    expect(canManageCampaigns(anonymous)).toBe(false);
  });

  it("has the featured member answer for a member's spotlight, nobody else — not even an admin", () => {
    expect(answersForSpotlight(member(), featuringMaria)).toBe(true);
    expect(answersForSpotlight(member({ id: "ana" }), featuringMaria)).toBe(false);
    expect(answersForSpotlight(admin, featuringMaria)).toBe(false);
    expect(answersForSpotlight(member({ status: "SUSPENDED" }), featuringMaria)).toBe(false);
    expect(answersForSpotlight(anonymous, featuringMaria)).toBe(false);
  });

  it("has a representative answer for an organization, not its plain members", () => {
    expect(answersForSpotlight(member({ representativeOf: ["org"], organizationIds: ["org"] }), featuringOrg)).toBe(true);
    expect(answersForSpotlight(member({ organizationIds: ["org"] }), featuringOrg)).toBe(false);
  });

  it("has the author side answer for an outcome or a resource", () => {
    expect(answersForSpotlight(member({ id: "ana" }), outcome)).toBe(true);
    expect(answersForSpotlight(member({ id: "rep", representativeOf: ["org"] }), outcome)).toBe(true);
    expect(answersForSpotlight(member({ id: "other", organizationIds: ["org"] }), outcome)).toBe(false);
  });

  it("asks before anyone answers, and withdraws only what was approved", () => {
    expect(canAnswerConsent(member(), { ...featuringMaria, consent: "NOT_REQUESTED" })).toBe(false);
    expect(canAnswerConsent(member(), featuringMaria)).toBe(true);
    expect(canAnswerConsent(member(), { ...featuringMaria, consent: "WITHDRAWN" })).toBe(true);
    expect(canWithdrawConsent(member(), featuringMaria)).toBe(false);
    expect(canWithdrawConsent(member(), { ...featuringMaria, consent: "APPROVED" })).toBe(true);
  });

  it("shows a spotlight publicly only when the campaign is live, the job put it live and its consent stands", () => {
    const now = new Date("2026-12-21T09:00:00Z");
    const before = new Date("2026-12-20T00:00:00Z");
    const after = new Date("2026-12-22T00:00:00Z");
    expect(isSpotlightLive({ publishAt: before }, { publishedAt: before, consent: "APPROVED" }, now)).toBe(true);
    expect(isSpotlightLive({ publishAt: null }, { publishedAt: before, consent: "APPROVED" }, now)).toBe(false);
    expect(isSpotlightLive({ publishAt: after }, { publishedAt: before, consent: "APPROVED" }, now)).toBe(false);
    expect(isSpotlightLive({ publishAt: before }, { publishedAt: null, consent: "APPROVED" }, now)).toBe(false);
    expect(isSpotlightLive({ publishAt: before }, { publishedAt: after, consent: "APPROVED" }, now)).toBe(false);
    for (const consent of ["NOT_REQUESTED", "REQUESTED", "DECLINED", "WITHDRAWN"] as const) {
      expect(isSpotlightLive({ publishAt: before }, { publishedAt: before, consent }, now)).toBe(false);
    }
    expect(isCampaignLive({ publishAt: before }, now)).toBe(true);
    expect(isCampaignLive({ publishAt: after }, now)).toBe(false);
  });
});
