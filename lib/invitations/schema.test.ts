import { describe, expect, it } from "vitest";
import { createInvitationSchema, invitationState } from "./schema";

describe("invitationState", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  const later = new Date("2026-03-05T12:00:00Z");
  const earlier = new Date("2026-02-25T12:00:00Z");

  it("puts use before revocation before expiry", () => {
    expect(invitationState({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe("accepted");
    expect(invitationState({ acceptedAt: null, revokedAt: earlier, expiresAt: later }, now)).toBe("revoked");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(invitationState({ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe("expired");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("pending");
  });
});

describe("createInvitationSchema", () => {
  it("normalizes the address, reads the checkbox, and falls back to the member role", () => {
    expect(createInvitationSchema.parse({ email: "  Ana@Example.ORG ", locale: "pt", preApproved: "on", role: "SUPERUSER" })).toEqual({
      email: "ana@example.org",
      locale: "pt",
      preApproved: true,
      role: "MEMBER",
    });
    expect(createInvitationSchema.parse({ email: "a@example.org", locale: "en" }).preApproved).toBe(false);
    expect(createInvitationSchema.safeParse({ email: "a@example.org", locale: "de" }).success).toBe(false);
  });
});
