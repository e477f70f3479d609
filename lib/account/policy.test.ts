import { describe, expect, it } from "vitest";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { canDisableTwoFactor, mustKeepTwoFactor } from "./policy";

function viewer(role: SignedInViewer["role"]): SignedInViewer {
  return {
    kind: "signed-in",
    id: "u1",
    email: "a@example.org",
    displayName: "A",
    status: "ACTIVE",
    role,
    locale: null,
    twoFactorEnabled: true,
    organizationIds: [],
    representativeOf: [],
    sessionToken: "s",
  };
}

describe("two-step verification policy", () => {
  it.each<[string, Viewer, boolean]>([
    ["anonymous", { kind: "anonymous" }, false],
    ["member", viewer("MEMBER"), true],
    ["moderator", viewer("MODERATOR"), false],
    ["admin", viewer("ADMIN"), false],
  ])("%s may turn it off: %s", (_name, who, allowed) => {
    expect(canDisableTwoFactor(who)).toBe(allowed);
    expect(mustKeepTwoFactor(who)).toBe(who.kind === "signed-in" && !allowed);
  });
});
