import { describe, expect, it } from "vitest";
import { profileSearchColumns, type SearchableProfile } from "./format";

const profile: SearchableProfile = {
  bio: "Trabajo en Bogotá con mujeres privadas de libertad.",
  bioVisibility: "MEMBERS",
  areasOfWork: ["HEALTH"],
  keywords: ["Sáude mental"],
  areasVisibility: "MEMBERS",
};

describe("profile search columns", () => {
  it("folds the name for sorting and puts the shown fields, areas in every language, in the document", () => {
    const columns = profileSearchColumns("María José", profile);
    expect(columns.sortName).toBe("maria jose");
    for (const word of ["maria", "bogota", "health", "salud", "sante", "saude", "mental"]) expect(columns.searchText).toContain(word);
  });

  it("leaves out what the member shows only to admins", () => {
    const columns = profileSearchColumns("Ana", { ...profile, bioVisibility: "ADMINS", areasVisibility: "ADMINS" });
    expect(columns.searchText).toBe("ana");
  });
});
