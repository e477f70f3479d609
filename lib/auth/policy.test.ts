// The authorization matrix: every role against every policy, written out in full so a change to any
// permission shows up here as a deliberate edit.
import { describe, expect, it } from "vitest";
import { signedInViewer as person } from "@/tests/factories/viewers";
import * as policy from "./policy";
import { maySignIn } from "./viewer-types";
import { ANONYMOUS, roleOf, type Viewer } from "./viewer-types";

const viewers = {
  anonymous: ANONYMOUS,
  applicant: person({ status: "PENDING" }),
  member: person({ organizationIds: ["org-1"] }),
  representative: person({ organizationIds: ["org-1"], representativeOf: ["org-1"] }),
  moderator: person({ role: "MODERATOR", twoFactorEnabled: true }),
  admin: person({ role: "ADMIN", twoFactorEnabled: true }),
  "admin without two-step": person({ role: "ADMIN" }),
  suspended: person({ status: "SUSPENDED" }),
  rejected: person({ status: "REJECTED" }),
} satisfies Record<string, Viewer>;

type Name = keyof typeof viewers;
const all = Object.keys(viewers) as Name[];
const only = (...names: Name[]) => Object.fromEntries(all.map((name) => [name, names.includes(name)]));

const matrix: Record<string, [(viewer: Viewer) => boolean, Record<string, boolean>]> = {
  "enter the member area (board, directory, organizations, countries, collaborations)": [
    policy.canEnterMemberArea,
    only("member", "representative", "moderator", "admin", "admin without two-step"),
  ],
  "enter the admin area": [policy.canEnterAdminArea, only("moderator", "admin")],
  "apply to join": [policy.canApply, only("anonymous")],
  "see their own application": [policy.canViewOwnApplication, only("applicant")],
  "withdraw their own application": [policy.canWithdrawOwnApplication, only("applicant")],
  "review applications": [policy.canReviewApplications, only("admin")],
  "invite as an admin": [policy.canInviteAsAdmin, only("admin")],
  "invite to organization org-1": [(viewer) => policy.canInviteToOrganization(viewer, { id: "org-1" }), only("representative", "admin")],
  "invite to organization org-2": [(viewer) => policy.canInviteToOrganization(viewer, { id: "org-2" }), only("admin")],
  "read the mailbox": [policy.canReadMailbox, only("admin")],
  "read the audit log": [policy.canReadAuditLog, only("admin")],
  "suspend members": [policy.canSuspendMembers, only("admin")],
  "change roles": [policy.canChangeRoles, only("admin")],
  "change membership settings": [policy.canChangeMembershipSettings, only("admin")],
  "reset a staff member's two-step verification": [policy.canResetStaffTwoFactor, only("admin")],
  "manage their own account": [
    policy.canManageOwnAccount,
    only("applicant", "member", "representative", "moderator", "admin", "admin without two-step"),
  ],
  "must enable two-step verification first": [policy.mustEnableTwoFactor, only("admin without two-step")],
};

describe("authorization matrix", () => {
  for (const [action, [check, expected]] of Object.entries(matrix)) {
    it(action, () => {
      const actual = Object.fromEntries(all.map((name) => [name, check(viewers[name])]));
      expect(actual).toEqual(expected);
    });
  }
});

describe("roleOf", () => {
  it("names each kind of viewer", () => {
    expect(all.map((name) => roleOf(viewers[name]))).toEqual([
      "anonymous", "applicant", "member", "representative", "moderator", "admin", "admin", "suspended", "rejected",
    ]);
  });
});

describe("who may sign in", () => {
  it("is members in good standing and applicants awaiting a decision, never suspended, rejected or deleted people", () => {
    const statuses = ["UNVERIFIED", "PENDING", "MORE_INFO_REQUESTED", "ACTIVE", "SUSPENDED", "REJECTED", "DELETED"] as const;
    expect(statuses.filter(maySignIn)).toEqual(["UNVERIFIED", "PENDING", "MORE_INFO_REQUESTED", "ACTIVE"]);
  });
});
