import { describe, expect, it } from "vitest";
import { isStrongPassword } from "./password-strength";

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
