import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, UNSUBSCRIBE_TTL_DAYS, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "unit-test-secret-0123456789abcdef0123456789";
const NOW = new Date("2026-12-03T10:00:00Z");
const DAY = 86_400_000;

describe("unsubscribe tokens", () => {
  it("carry the member, the scope and an expiry, in URL-safe characters", () => {
    const token = signUnsubscribeToken("cmember123", { kind: "digest", frequency: "WEEKLY" }, NOW, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(verifyUnsubscribeToken(token, NOW, SECRET)).toEqual({
      ok: true,
      claim: { userId: "cmember123", scope: { kind: "digest", frequency: "WEEKLY" }, expiresAt: new Date(NOW.getTime() + UNSUBSCRIBE_TTL_DAYS * DAY) },
    });
  });

  it("expire, and refuse another key, any changed part and malformed input", () => {
    const token = signUnsubscribeToken("cmember123", { kind: "topic", topic: "REPLY" }, NOW, SECRET);
    expect(verifyUnsubscribeToken(token, new Date(NOW.getTime() + UNSUBSCRIBE_TTL_DAYS * DAY), SECRET)).toEqual({ ok: false, reason: "expired" });
    expect(verifyUnsubscribeToken(token, NOW, `${SECRET}x`)).toEqual({ ok: false, reason: "invalid" });
    const parts = token.split(".");
    for (const index of [0, 1, 2, 3, 4]) {
      const changed = parts.map((part, at) => (at === index ? `${part}x` : part)).join(".");
      expect(verifyUnsubscribeToken(changed, NOW, SECRET)).toEqual({ ok: false, reason: "invalid" });
    }
    for (const junk of ["", "a.b.c.d.e", `${token}.extra`, "x".repeat(400)]) expect(verifyUnsubscribeToken(junk, NOW, SECRET)).toEqual({ ok: false, reason: "invalid" });
  });
});
