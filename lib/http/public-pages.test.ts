import { describe, expect, it } from "vitest";
import { isPublicPagePath, publicPageLocale, publicPagePath } from "./public-pages";

describe("public pages", () => {
  it("are the campaigns and the Rules explainer, nothing else", () => {
    expect(["/campaigns", "/campaigns/bangkokrules10", "/campaigns/bangkokrules10/maria", "/bangkok-rules"].every(isPublicPagePath)).toBe(true);
    expect(["/", "/campaignsx", "/rules", "/board", "/bangkok-rules/1", "/admin/campaigns"].some(isPublicPagePath)).toBe(false);
  });

  it("take their language from the address, then the switcher's cookie, then the browser", () => {
    expect(publicPageLocale(new URLSearchParams("lang=fr"), "NEXT_LOCALE=es", "pt-BR")).toBe("fr");
    expect(publicPageLocale(new URLSearchParams("lang=xx"), "a=1; NEXT_LOCALE=es", "pt-BR")).toBe("es");
    expect(publicPageLocale(new URLSearchParams(), undefined, "pt-BR,en;q=0.5")).toBe("pt");
    expect(publicPageLocale(new URLSearchParams(), undefined, undefined)).toBe("en");
  });

  it("link to each other in the language chosen, by address", () => {
    expect(publicPagePath("/campaigns/bangkokrules10", "pt")).toBe("/campaigns/bangkokrules10?lang=pt");
  });
});
