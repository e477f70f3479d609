// Who may mute whom, as a matrix: every kind of viewer against members in each status, and themselves.
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { signedInViewer as person } from "@/tests/factories/viewers";
import { canManageMutes, canMute } from "./policy";

const viewers = {
  anonymous: ANONYMOUS,
  applicant: person({ id: "applicant", status: "PENDING" }),
  member: person({ id: "member" }),
  moderator: person({ id: "moderator", role: "MODERATOR", twoFactorEnabled: true }),
  "moderator without two-step": person({ id: "moderator2", role: "MODERATOR" }),
  admin: person({ id: "admin", role: "ADMIN", twoFactorEnabled: true }),
  suspended: person({ id: "suspended", status: "SUSPENDED" }),
} satisfies Record<string, Viewer>;
const allowed = ["member", "moderator", "moderator without two-step", "admin"];

describe("mute policy", () => {
  it("lets active members (staff too) manage their mutes, nobody else", () => {
    expect(Object.entries(viewers).filter(([, viewer]) => canManageMutes(viewer)).map(([name]) => name)).toEqual(allowed);
  });

  it("mutes active or suspended members (staff included), never oneself, applicants or erased people", () => {
    const target = (status: "ACTIVE" | "SUSPENDED" | "PENDING" | "DELETED", userId = "other") => ({ userId, status });
    for (const [name, viewer] of Object.entries(viewers)) {
      const may = allowed.includes(name);
      expect([name, canMute(viewer, target("ACTIVE")), canMute(viewer, target("SUSPENDED"))]).toEqual([name, may, may]);
      expect([name, canMute(viewer, target("PENDING")), canMute(viewer, target("DELETED"))]).toEqual([name, false, false]);
      if (viewer.kind === "signed-in") expect([name, canMute(viewer, target("ACTIVE", viewer.id))]).toEqual([name, false]);
    }
  });
});
