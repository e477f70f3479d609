import { describe, expect, it } from "vitest";
import { changedSince, findPersonalData, formDigest, mergeAfterConflict, recommendationHistory } from "./format";

const kinds = (text: string) => findPersonalData([{ where: "summary", text }]).map((hit) => hit.kind);

describe("the personal-data check", () => {
  it("finds names after titles in English, Spanish, French and Portuguese", () => {
    for (const text of ["We met Mrs Achieng in the clinic.", "Dr. Otieno refused.", "Ms Kamau", "Miss Grace Wambui", "la Sra. Pérez dijo", "la Srta. Gómez", "el Sr Ramírez", "M. Dupont nous a reçus", "Mme Lefèvre", "Mlle Martin", "a Dona Maria contou", "a Sra. Silva"]) {
      expect([text, kinds(text)]).toEqual([text, ["name"]]);
    }
  });

  it("finds telephone numbers and ID-like numbers, and says where, in context", () => {
    expect(kinds("Her family can be called on +254 712 345 678.")).toEqual(["phone"]);
    expect(kinds("Llamar al (01) 4567-8912")).toEqual(["phone"]);
    expect(kinds("Prisoner number AB123456 was in isolation.")).toEqual(["id"]);
    expect(kinds("Dossier 2024/0045/17 is pending")).toEqual(["id"]);
    const [hit] = findPersonalData([{ where: "finding-5-observations", text: "In the wing, detainee 1234567 said the water is cut off at night." }]);
    expect(hit).toEqual({ where: "finding-5-observations", kind: "id", excerpt: "In the wing, detainee 1234567 said the water is cut…" });
  });

  it("leaves ordinary monitoring prose alone: dates, counts, rule numbers, sizes, capitalized words", () => {
    for (const text of [
      "Visit on 2026-03-02; 120 women held for a capacity of 80 (Rule 5, Rule 48).",
      "The Director showed us the M block. Mr and Mrs are titles we avoid.",
      "Between 2019 and 2024, 35 % of women were in pre-trial detention.",
      "Cells of 3 x 4 m hold up to 12 women.",
    ]) {
      expect([text, kinds(text)]).toEqual([text, []]);
    }
  });
});

describe("a conflict's changed fields", () => {
  it("are the fields whose value differs from the one the form was loaded with, including ones emptied or filled", () => {
    const base = formDigest({ title: "Visit", summary: "Old", "finding-5-assessment": "COMPLIES", teamText: "" });
    expect(changedSince(base, { title: "Visit", summary: "New", "finding-5-assessment": "", "finding-6-assessment": "PARTLY_COMPLIES", teamText: "" })).toEqual(["finding-5-assessment", "finding-6-assessment", "summary"]);
    expect(changedSince(base, { title: "Visit", summary: "Old", "finding-5-assessment": "COMPLIES" })).toEqual([]);
  });
});

describe("merging after a conflict", () => {
  it("takes in what only the other member changed, and keeps the member's text where both changed it", () => {
    const base = formDigest({ summary: "Old", title: "Visit" });
    const submitted = { summary: "Mine", title: "Visit", "rec-1-text": "" };
    const changed = [{ field: "summary", value: "Theirs" }, { field: "rec-1-text", value: "Their recommendation" }];
    expect(mergeAfterConflict(base, submitted, changed)).toEqual({
      values: { summary: "Mine", title: "Visit", "rec-1-text": "Their recommendation" },
      clashes: [{ field: "summary", value: "Theirs" }],
    });
    // Both wrote the same text: no clash.
    expect(mergeAfterConflict(base, { summary: "Theirs", title: "Visit" }, [{ field: "summary", value: "Theirs" }]).clashes).toEqual([]);
  });
});

describe("a place's recommendation history", () => {
  it("follows each recommendation visit after visit through what carried it, oldest first", () => {
    const at = (month: number) => new Date(Date.UTC(2025, month, 1));
    const first = { id: "r1", title: "First visit", visitStartedOn: at(1), recommendations: [{ id: "a", number: 1, text: "Water", authority: "Prison", carriedFromId: null, followUp: null, followUpNote: null }] };
    const second = { id: "r2", title: "Second visit", visitStartedOn: at(6), recommendations: [{ id: "b", number: 1, text: "Water", authority: "Prison", carriedFromId: "a", followUp: "PARTLY_IMPLEMENTED", followUpNote: "One wing" }, { id: "c", number: 2, text: "Doctor", authority: "Health", carriedFromId: null, followUp: null, followUpNote: null }] };
    const histories = recommendationHistory([second, first]);
    expect(histories.map((history) => [history.text, history.steps.map((step) => [step.reportId, step.followUp])])).toEqual([
      ["Water", [["r1", null], ["r2", "PARTLY_IMPLEMENTED"]]],
      ["Doctor", [["r2", null]]],
    ]);
  });
});
