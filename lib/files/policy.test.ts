import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { signedInViewer } from "@/tests/factories/viewers";
import { canDownloadFile, type FileOwners, type LogoOwner, type PhotoOwner } from "./policy";

const viewers: Record<string, Viewer> = {
  anonymous: ANONYMOUS,
  applicant: signedInViewer({ id: "applicant", status: "PENDING" }),
  suspended: signedInViewer({ id: "suspended", status: "SUSPENDED" }),
  owner: signedInViewer({ id: "owner" }),
  member: signedInViewer({ id: "member" }),
  "organization member": signedInViewer({ id: "colleague", organizationIds: ["org"] }),
  moderator: signedInViewer({ id: "moderator", role: "MODERATOR", twoFactorEnabled: true }),
  "admin without two-step": signedInViewer({ id: "admin-1", role: "ADMIN" }),
  admin: signedInViewer({ id: "admin", role: "ADMIN", twoFactorEnabled: true }),
};

const photo = (overrides: Partial<PhotoOwner> = {}): FileOwners => ({
  profilePhoto: { ownerId: "owner", ownerStatus: "ACTIVE", hiddenFromDirectory: false, visibility: "MEMBERS", ...overrides },
  organizationLogo: null,
});
const logo = (overrides: Partial<LogoOwner> = {}): FileOwners => ({ profilePhoto: null, organizationLogo: { organizationId: "org", status: "ACTIVE", ...overrides } });

/** The viewers (by name) the policy lets download a file with these owners. */
const allowed = (owners: FileOwners) => Object.keys(viewers).filter((name) => canDownloadFile(viewers[name]!, owners));

const MEMBERS = ["owner", "member", "organization member", "moderator", "admin without two-step", "admin"];

describe("canDownloadFile", () => {
  it("a photo shown to members: every active member", () => {
    expect(allowed(photo())).toEqual(MEMBERS);
  });

  it.each([
    ["shown to admins only", { visibility: "ADMINS" as const }],
    ["of a member hidden from the directory", { hiddenFromDirectory: true }],
    ["of a suspended member", { ownerStatus: "SUSPENDED" as const }],
    ["of a member no longer there", { ownerStatus: "DELETED" as const }],
  ])("a photo %s: the owner and admins (with two-step) only", (_kind, overrides) => {
    expect(allowed(photo(overrides))).toEqual(["owner", "admin"]);
  });

  it("a logo: every active member; while the organization is proposed, its members and admins only", () => {
    expect(allowed(logo())).toEqual(MEMBERS);
    expect(allowed(logo({ status: "ARCHIVED" }))).toEqual(MEMBERS);
    expect(allowed(logo({ status: "PROPOSED" }))).toEqual(["organization member", "admin"]);
  });

  it("a file nothing points at: nobody; one with two owners: whom both allow", () => {
    expect(allowed({ profilePhoto: null, organizationLogo: null })).toEqual([]);
    expect(allowed({ ...photo(), organizationLogo: { organizationId: "org", status: "PROPOSED" } })).toEqual(["organization member", "admin"]);
  });
});
