import { describe, expect, it } from "vitest";
import { languageOptions } from "./languages";

describe("language options", () => {
  it("names each language in the viewer's language, capitalized", () => {
    const spanish = new Map(languageOptions("es").map((option) => [option.code, option.name]));
    expect(spanish.get("sw")).toBe("Suajili");
    expect(spanish.get("fr")).toBe("Francés");
  });
});
