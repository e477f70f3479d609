import { describe, expect, it } from "vitest";
import { refusalOf } from "./refusal";

describe("refusalOf", () => {
  it("reads a refusal's field errors and the values it sent back", () => {
    const refusal = refusalOf({
      ok: false,
      code: "VALIDATION",
      message: "Check the form",
      fieldErrors: { email: ["Not an address"] },
      values: { email: "nadia@", "languages[]": ["en", "sw"], country: "KE" },
    });
    expect(refusal.errors.email).toEqual(["Not an address"]);
    expect(refusal.errors.name).toBeUndefined();
    expect(refusal.text("email")).toBe("nadia@");
    expect(refusal.text("languages[]")).toBeUndefined();
    expect(refusal.list("languages[]")).toEqual(["en", "sw"]);
    expect(refusal.list("country")).toEqual(["KE"]);
    expect(refusal.list("missing")).toEqual([]);
  });

  it("is empty before any submission and after a success", () => {
    for (const state of [null, { ok: true as const, data: undefined, message: "Saved" }]) {
      const refusal = refusalOf(state);
      expect(refusal.errors).toEqual({});
      expect(refusal.text("email")).toBeUndefined();
      expect(refusal.list("languages[]")).toEqual([]);
    }
  });

  it("is empty for a refusal that carries no fields or values (a payload that was no form)", () => {
    const refusal = refusalOf({ ok: false, code: "VALIDATION", message: "Check the form" });
    expect(refusal.errors).toEqual({});
    expect(refusal.text("email")).toBeUndefined();
  });
});
