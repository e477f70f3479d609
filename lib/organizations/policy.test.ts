// Every kind of viewer against every organization permission, written out so a change shows up as an edit here.
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { signedInViewer as person } from "@/tests/factories/viewers";
import * as policy from "./policy";

const viewers = {
  anonymous: ANONYMOUS,
  applicant: person({ status: "PENDING" }),
  member: person({ organizationIds: ["other"] }),
  "member of this": person({ organizationIds: ["this"] }),
  "representative of this": person({ organizationIds: ["this"], representativeOf: ["this"] }),
  "representative of another": person({ organizationIds: ["other"], representativeOf: ["other"] }),
  moderator: person({ role: "MODERATOR", twoFactorEnabled: true }),
  admin: person({ role: "ADMIN", twoFactorEnabled: true }),
  "admin without two-step": person({ role: "ADMIN" }),
  "suspended representative": person({ status: "SUSPENDED", organizationIds: ["this"], representativeOf: ["this"] }),
} satisfies Record<string, Viewer>;

type Name = keyof typeof viewers;
const all = Object.keys(viewers) as Name[];
const only = (...names: Name[]) => Object.fromEntries(all.map((name) => [name, names.includes(name)]));
const thisOne = { id: "this" };

const matrix: Record<string, [(viewer: Viewer) => boolean, Record<string, boolean>]> = {
  "manage this organization": [(viewer) => policy.canManageOrganization(viewer, thisOne), only("representative of this", "admin")],
  "ask to join this organization": [
    (viewer) => policy.canRequestToJoin(viewer, thisOne),
    only("member", "representative of another", "moderator", "admin", "admin without two-step"),
  ],
  "leave this organization": [(viewer) => policy.canLeaveOrganization(viewer, thisOne), only("member of this", "representative of this")],
  "withdraw their own join request": [
    policy.canWithdrawJoinRequest,
    only("member", "member of this", "representative of this", "representative of another", "moderator", "admin", "admin without two-step"),
  ],
  "verify, archive and merge organizations": [policy.canAdministerOrganizations, only("admin")],
};

describe("organization permissions", () => {
  for (const [action, [check, expected]] of Object.entries(matrix)) {
    it(action, () => {
      expect(Object.fromEntries(all.map((name) => [name, check(viewers[name])]))).toEqual(expected);
    });
  }
});
