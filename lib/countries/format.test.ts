import { describe, expect, it } from "vitest";
import { countryName, countryOptions } from "./format";

describe("country names", () => {
  const rows = [
    { code: "DE", name: "Germany", names: { en: "Germany", es: "Alemania", fr: "Allemagne", pt: "Alemanha" } },
    { code: "AT", name: "Austria", names: { en: "Austria", es: "Austria", fr: "Autriche", pt: "Áustria" } },
    { code: "XK", name: "Kosovo", names: {} },
  ];

  it("uses the viewer's language, falling back to English", () => {
    expect(countryName(rows[0], "fr")).toBe("Allemagne");
    expect(countryName(rows[2], "es")).toBe("Kosovo");
    expect(countryName(null, "en")).toBe("");
  });

  it("sorts the way the language sorts (Á with A)", () => {
    expect(countryOptions(rows, "pt").map((row) => row.name)).toEqual(["Alemanha", "Áustria", "Kosovo"]);
  });
});
