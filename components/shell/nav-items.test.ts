// Who sees which navigation item: every viewer, written out, so a change shows up as a deliberate edit.
import { describe, expect, it } from "vitest";
import { signedInViewer as person } from "@/tests/factories/viewers";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { navItemsFor } from "./nav-items";

const MEMBER_AREAS = ["/board", "/directory", "/organizations", "/countries", "/rules", "/collaborations", "/resources", "/monitoring", "/messages"];

const expected: [string, Viewer, string[]][] = [
  ["anonymous", ANONYMOUS, ["/apply"]],
  ["unverified applicant", person({ status: "UNVERIFIED" }), ["/application"]],
  ["pending applicant", person({ status: "PENDING" }), ["/application"]],
  ["applicant asked for more information", person({ status: "MORE_INFO_REQUESTED" }), ["/application"]],
  ["member", person({}), MEMBER_AREAS],
  ["representative", person({ organizationIds: ["o"], representativeOf: ["o"] }), MEMBER_AREAS],
  ["moderator", person({ role: "MODERATOR", twoFactorEnabled: true }), [...MEMBER_AREAS, "/admin"]],
  ["admin", person({ role: "ADMIN", twoFactorEnabled: true }), [...MEMBER_AREAS, "/admin"]],
  // Staff cannot open the admin area before they set up two-step verification.
  ["moderator without two-step", person({ role: "MODERATOR" }), MEMBER_AREAS],
  ["admin without two-step", person({ role: "ADMIN" }), MEMBER_AREAS],
];

describe("navItemsFor", () => {
  it.each(expected)("shows a %s what they can open", (_name, viewer, hrefs) => {
    expect(navItemsFor(viewer).map((item) => item.href)).toEqual(hrefs);
  });
});
