import { describe, expect, it } from "vitest";
import { ESTIMATED_PASSWORD_PREFIX, isStrongPassword } from "./password-strength";

describe("isStrongPassword", () => {
  it.each(["password123", "contraseña123", "motdepasse2024", "senha123456", "qwertyuiop", "aaaaaaaaaaaa", "Summer2026!"])(
    "refuses the guessable %s",
    (password) => {
      expect(isStrongPassword(password)).toBe(false);
    },
  );

  it("refuses a password built on the person's own name or email", () => {
    expect(isStrongPassword("amaradiallo2026", ["Amara Diallo", "amara.diallo@example.org"])).toBe(false);
  });

  it.each(["violet-harbour-quietly-79", "tres tortugas cruzan el río", "7#kP2v!Lq9wZ"])("accepts the strong %s", (password) => {
    expect(isStrongPassword(password)).toBe(true);
  });
});

describe("isStrongPassword on long input", () => {
  // Only the first ESTIMATED_PASSWORD_PREFIX characters are estimated, so a long post cannot hold the
  // event loop: what follows them cannot change the verdict, however strong it is.
  const strongTail = "7#kP2v!Lq9wZ-violet-harbour-quietly-79-".repeat(25);

  it("reads only the first characters of a 1,000-character password", () => {
    const weakStart = "a".repeat(ESTIMATED_PASSWORD_PREFIX);
    const password = (weakStart + strongTail).slice(0, 1000);
    expect(password).toHaveLength(1000);
    expect(isStrongPassword(password)).toBe(false);
    expect(isStrongPassword(`violet-harbour-quietly-79${"a".repeat(975)}`)).toBe(true);
  });
});
