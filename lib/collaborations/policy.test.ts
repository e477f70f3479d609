// Collaboration permissions as a matrix: every role against every action, on network and named requests, open,
// closed and past their deadline, written out so any change is a deliberate edit here.
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { signedInViewer as person } from "@/tests/factories/viewers";
import * as policy from "./policy";

const viewers = {
  anonymous: ANONYMOUS,
  applicant: person({ id: "applicant", status: "PENDING" }),
  author: person({ id: "author" }),
  representative: person({ id: "rep", organizationIds: ["org"], representativeOf: ["org"] }),
  "organization member": person({ id: "orgmember", organizationIds: ["org"] }),
  responder: person({ id: "responder" }),
  named: person({ id: "named" }),
  member: person({ id: "member" }),
  moderator: person({ id: "moderator", role: "MODERATOR", twoFactorEnabled: true }),
  admin: person({ id: "admin", role: "ADMIN", twoFactorEnabled: true }),
  "suspended author": person({ id: "author", status: "SUSPENDED" }),
} satisfies Record<string, Viewer>;

type Name = keyof typeof viewers;
const all = Object.keys(viewers) as Name[];
const only = (...names: Name[]) => Object.fromEntries(all.map((name) => [name, names.includes(name)]));
const members: Name[] = ["author", "representative", "organization member", "responder", "named", "member", "moderator", "admin"];
const authorSide: Name[] = ["author", "representative"];
const others = members.filter((name) => !authorSide.includes(name));

const now = new Date("2026-12-02T23:30:00Z");
const request = (overrides: Partial<policy.RequestAccess> = {}): policy.RequestAccess => ({
  authorId: "author",
  organizationId: "org",
  visibility: "NETWORK",
  status: "OPEN",
  deadline: null,
  namedUserIds: [],
  flagged: false,
  ...overrides,
});
const named = (overrides: Partial<policy.RequestAccess> = {}) => request({ visibility: "NAMED", namedUserIds: ["named"], ...overrides });
const response = (status: policy.ResponseAccess["status"] = "OPEN"): policy.ResponseAccess => ({ responderId: "responder", status });

const matrix: Record<string, [(viewer: Viewer) => boolean, Record<string, boolean>]> = {
  "use collaborations": [policy.canUseCollaborations, only(...members)],
  "read a network request": [(v) => policy.canReadRequest(v, request()), only(...members)],
  "read a named request": [(v) => policy.canReadRequest(v, named()), only("author", "representative", "named")],
  "read a flagged named request": [(v) => policy.canReadRequest(v, named({ flagged: true })), only("author", "representative", "named", "moderator", "admin")],
  "read a named request of one's own (no organization)": [(v) => policy.canReadRequest(v, named({ organizationId: null })), only("author", "named")],
  "respond to an open network request": [(v) => policy.canRespond(v, request(), now), only(...others)],
  "respond to a request in progress": [(v) => policy.canRespond(v, request({ status: "IN_PROGRESS" }), now), only(...others)],
  "respond to a completed request": [(v) => policy.canRespond(v, request({ status: "COMPLETED" }), now), only()],
  "respond on its deadline day": [(v) => policy.canRespond(v, request({ deadline: new Date("2026-12-02T00:00:00Z") }), now), only(...others)],
  "respond past its deadline": [(v) => policy.canRespond(v, request({ deadline: new Date("2026-12-01T00:00:00Z") }), now), only()],
  "respond to a named request": [(v) => policy.canRespond(v, named(), now), only("named")],
  "respond to a flagged named request": [(v) => policy.canRespond(v, named({ flagged: true }), now), only("named")],
  "manage (see every response)": [(v) => policy.canManageRequest(v, request()), only(...authorSide)],
  "edit an open request": [(v) => policy.canEditRequest(v, request()), only(...authorSide)],
  "edit a closed request": [(v) => policy.canEditRequest(v, request({ status: "CANCELLED" })), only()],
  "close a request in progress": [(v) => policy.canCloseRequest(v, request({ status: "IN_PROGRESS" })), only(...authorSide)],
  "start work on an open request": [(v) => policy.canStartWork(v, request()), only(...authorSide)],
  "start work on a request in progress": [(v) => policy.canStartWork(v, request({ status: "IN_PROGRESS" })), only()],
  "reopen a completed request": [(v) => policy.canReopenRequest(v, request({ status: "COMPLETED" })), only(...authorSide)],
  "reopen an open request": [(v) => policy.canReopenRequest(v, request()), only()],
  "invite to an open request": [(v) => policy.canInvite(v, request(), now), only(...authorSide)],
  "invite past the deadline": [(v) => policy.canInvite(v, request({ deadline: new Date("2026-11-01T00:00:00Z") }), now), only()],
  "read a response": [(v) => policy.canReadResponse(v, request(), response()), only("author", "representative", "responder")],
  "decide an open response": [(v) => policy.canDecideResponse(v, request(), response()), only(...authorSide)],
  "decide a declined response": [(v) => policy.canDecideResponse(v, request(), response("DECLINED")), only()],
  "decide on a closed request": [(v) => policy.canDecideResponse(v, request({ status: "COMPLETED" }), response()), only()],
  "withdraw an open response": [(v) => policy.canWithdrawResponse(v, request(), response()), only("responder")],
  "withdraw an accepted response": [(v) => policy.canWithdrawResponse(v, request(), response("ACCEPTED")), only()],
  "flag a network request": [(v) => policy.canFlagRequest(v, request()), only(...others)],
  "flag a named request": [(v) => policy.canFlagRequest(v, named()), only("named")],
  "read an unshared outcome": [(v) => policy.canReadOutcome(v, { ...request({ status: "COMPLETED" }), outcomeShared: false }, false), only(...authorSide)],
  "read a shared outcome": [(v) => policy.canReadOutcome(v, { ...request({ status: "COMPLETED" }), outcomeShared: true }, false), only(...members)],
};

describe("collaboration permissions", () => {
  it.each(Object.entries(matrix))("%s", (_action, [allowed, expected]) => {
    expect(Object.fromEntries(all.map((name) => [name, allowed(viewers[name])]))).toEqual(expected);
  });

  it("lets an accepted collaborator read an unshared outcome", () => {
    expect(policy.canReadOutcome(viewers.responder, { ...request({ status: "COMPLETED" }), outcomeShared: false }, true)).toBe(true);
  });

  it("counts the whole deadline day, in UTC, and no more", () => {
    const deadline = new Date("2026-12-02T00:00:00Z");
    expect(policy.takesInterest({ status: "OPEN", deadline }, new Date("2026-12-02T23:59:59Z"))).toBe(true);
    expect(policy.takesInterest({ status: "OPEN", deadline }, new Date("2026-12-03T00:00:00Z"))).toBe(false);
  });
});
