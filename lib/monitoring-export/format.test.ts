import { describe, expect, it } from "vitest";
import type { ReportForExport } from "./data";
import { exportFilename, exportLocale, findingsCsv, recommendationsCsv, reportJson, reportPdfSpec, ruleLocation, visitDates } from "./format";

function report(overrides: Partial<ReportForExport> = {}): ReportForExport {
  const day = new Date(Date.UTC(2026, 5, 10));
  return {
    id: "report-1",
    language: "es",
    title: "Visita a la cárcel de mujeres",
    status: "PUBLISHED",
    visibility: "NETWORK",
    visitStartedOn: day,
    visitEndedOn: new Date(Date.UTC(2026, 5, 12)),
    announcement: "UNANNOUNCED",
    teamText: "",
    interviewsText: "Doce mujeres",
    areasSeenText: "",
    summaryCooked: "<p>Resumen con <strong>énfasis</strong>.</p>",
    publishedAt: day,
    correctedAt: null,
    updatedAt: day,
    followUpOfId: null,
    place: { name: "=HYPERLINK(\"http://evil.example\")", type: "PRISON", locality: null, authority: null },
    country: { code: "AR", name: "Argentina", names: { es: "Argentina" } },
    organization: null,
    author: { displayName: "Ana", status: "ACTIVE" },
    team: [{ user: { displayName: "Gone", status: "DELETED" } }],
    findings: [
      { ruleNumber: 48, assessment: "DOES_NOT_COMPLY", observationsSource: "-", observationsCooked: "<ul>\n<li>+ sin agua</li>\n</ul>", evidence: [] },
      {
        ruleNumber: 5,
        assessment: "PARTLY_COMPLIES",
        observationsSource: "Toallas",
        observationsCooked: "<p>Toallas, \"pocas\"</p>",
        evidence: [
          { id: "evidence-1", caption: "Baños del pabellón B", resource: null, file: { filename: "banos.jpg", contentType: "image/jpeg", byteSize: 48_000 } },
          { id: "evidence-2", caption: "", resource: { id: "resource-1", title: "Guía de higiene" }, file: null },
        ],
      },
    ],
    recommendations: [{ number: 1, text: "@director: agua", authority: "Ministerio", priority: "HIGH", ruleNumber: 5, carriedFromId: "earlier", followUp: "NOT_IMPLEMENTED", followUpNote: null }],
    ...overrides,
  };
}

describe("CSV exports", () => {
  it("start with a byte order mark and the documented header, one CRLF line per finding", () => {
    const csv = findingsCsv(report());
    expect(csv.startsWith('\ufeff"report_id","report_title"')).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(4); // header, two findings, the empty rest after the last CRLF
    expect(lines[1]).toContain('"48","Embarazadas');
  });

  it("defuse cells a spreadsheet would run as formulas (= + - @) and quote quotes", () => {
    const csv = findingsCsv(report());
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csv).toContain('"• + sin agua"'); // a list item's text starts with its marker: no formula
    expect(csv).toContain('"Toallas, ""pocas"""');
    expect(recommendationsCsv(report())).toContain('"\'@director: agua"');
  });

  it("label assessments, priorities and follow-ups in the report's language, codes beside them", () => {
    expect(findingsCsv(report())).toContain('"DOES_NOT_COMPLY","No cumple"');
    expect(recommendationsCsv(report())).toContain('"HIGH","Alta","5","Higiene');
    expect(recommendationsCsv(report())).toContain('"yes","NOT_IMPLEMENTED","No aplicada",""');
  });
});

describe("the JSON export", () => {
  it("holds the report, its findings with their place in the Rules, and its recommendations", () => {
    const json = reportJson(report(), new Date("2026-12-04T12:00:00Z"));
    expect(json).toMatchObject({ format: "wipn.monitoring-report", version: 1, report: { language: "es", visit: { startedOn: "2026-06-10", endedOn: "2026-06-12" }, team: ["Ana", "Antigua integrante"] } });
    expect(json.findings[1]).toMatchObject({ ruleNumber: 5, part: "I", section: "I.5", assessment: "PARTLY_COMPLIES", observationsText: 'Toallas, "pocas"' });
    expect(json.report.summary.text).toBe("Resumen con énfasis.");
    expect(json.findings[1]!.evidence).toEqual([
      { kind: "file", name: "banos.jpg", path: "/monitoring/reports/report-1/evidence/evidence-1", contentType: "image/jpeg", byteSize: 48_000, caption: "Baños del pabellón B" },
      { kind: "resource", name: "Guía de higiene", path: "/resources/resource-1", contentType: null, byteSize: null, caption: "" },
    ]);
    expect(json.findings[0]!.evidence).toEqual([]);
  });
});

describe("the PDF's description", () => {
  it("puts findings under their part and section in the Rules' order, with translated titles", () => {
    const texts = reportPdfSpec(report()).blocks.flatMap((block) => (block.kind === "heading" || block.kind === "title" ? [block.text] : []));
    expect(texts).toEqual(["Visita a la cárcel de mujeres", "Método", "Resumen", "Hallazgos", expect.stringMatching(/^Sección I\./), expect.stringMatching(/^Regla 5: /), expect.stringMatching(/^Sección II\./), expect.stringMatching(/^Regla 48: /), "Recomendaciones"]);
  });

  it("lists a finding's evidence under its observations", () => {
    const paragraphs = reportPdfSpec(report()).blocks.flatMap((block) => (block.kind === "paragraph" ? [block.runs.map((run) => run.text).join("")] : []));
    expect(paragraphs).toContain("Pruebas: banos.jpg (Baños del pabellón B); Guía de higiene");
  });

  it("watermarks what is not published, and falls back to English labels for other languages", () => {
    expect(reportPdfSpec(report({ status: "DRAFT" })).frame.watermark).toBe("BORRADOR");
    expect(reportPdfSpec(report()).frame.watermark).toBeUndefined();
    expect(reportPdfSpec(report({ language: "sw", status: "IN_REVIEW" })).frame).toMatchObject({ watermark: "DRAFT", pageLabel: "Page {page}" });
    expect(exportLocale("pt-BR")).toBe("pt");
  });

  it("writes visit dates in the report's language and names files safely", () => {
    expect(visitDates(report({ language: "fr" }))).toMatch(/10.*12 juin 2026/);
    expect(exportFilename(report({ title: "a/b: c?" }), "pdf")).toBe("b_ c_ 2026-06-10.pdf");
    expect(ruleLocation(7)).toEqual({ partKey: "I", sectionKey: "I.6", subsectionKey: "I.6.a" });
  });
});
