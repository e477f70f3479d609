import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify } from "./format";

describe("slugify", () => {
  it.each([
    ["Mujeres Libres — Bogotá", "mujeres-libres-bogota"],
    ["  Prison Reform & Justice  ", "prison-reform-and-justice"],
    ["Associação Mães do Cárcere", "associacao-maes-do-carcere"],
    ["Œuvre d'entraide", "oeuvre-d-entraide"],
    ["جمعية النساء", "organization"],
    ["---", "organization"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("keeps slugs short and never ends them with a dash", () => {
    const slug = slugify(`${"a".repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("firstFreeSlug", () => {
  it("adds the first free number", () => {
    expect(firstFreeSlug("women-justice", [])).toBe("women-justice");
    expect(firstFreeSlug("women-justice", ["women-justice", "women-justice-2"])).toBe("women-justice-3");
  });
});
