// bench:monitoring part "pdf": a long monitoring report — all 70 rules assessed with long observations (cooked
// Markdown with lists and emphasis, as members write them), 60 recommendations carried forward from an earlier
// visit — laid out as the export route does (lib/monitoring-export's PDF description, lib/pdf's renderer), its
// bytes read to the end. Reports the median and 95th percentile; fails over 5 s or when the PDF, read back with
// unpdf, has fewer than 40 pages (then the report was not long enough to mean anything). No database: the
// report is the one data.ts would read, built in memory.
import "./allow-server-only";
import { getDocumentProxy } from "unpdf";
import type { ReportForExport } from "../lib/monitoring-export/data";
import { measure, type BenchRow } from "./bench-support";

const TARGET_MS = 5000;
const MIN_PAGES = 40;
const RUNS = 7;

const OBSERVATION = [
  "During the visit the team spoke with **eleven women** held in the main wing and with the head of the health unit. ",
  "Sanitary towels are handed out once a month, *not on request*, and women said the quantity is not enough; water in the ",
  "showers of block B was cold on both days and access is limited to fifteen minutes in the morning. Staff explained that ",
  "the budget line was cut in the last financial year.\n\n",
  "- Women who are pregnant or breastfeeding are not given extra food or water.\n",
  "- The registry does not record whether a woman has children in her care, nor where they are.\n",
  "- Complaints are collected by the same officers they concern; nobody could say what happened to the last ones.\n\n",
  "The management acknowledged these gaps and said a written plan would be sent to the monitoring body, a promise also made ",
  "after the previous visit. Visite de suivi prévue en décembre : conditions d'hygiène, accès à l'eau, ação de saúde, niñas.",
].join("");

/** The long report, also for looking at the PDF by eye. */
export async function longReport(): Promise<ReportForExport> {
  const { cookMarkdown } = await import("../lib/markdown/cook");
  const cooked = cookMarkdown(`${OBSERVATION}\n\n${OBSERVATION}`).html;
  const day = new Date(Date.UTC(2026, 5, 10));
  return {
    id: "bench-report",
    language: "en",
    title: "Unannounced visit to the women's prison of the northern region",
    status: "PUBLISHED",
    visibility: "NETWORK",
    visitStartedOn: day,
    visitEndedOn: new Date(Date.UTC(2026, 5, 12)),
    announcement: "UNANNOUNCED",
    teamText: "Two lawyers and a doctor of the national preventive mechanism",
    interviewsText: "Thirty-four women in private interviews, the director, the head of health care, six officers",
    areasSeenText: "Admission, all four wings, the health unit, the kitchen, the mother-and-child unit, the disciplinary cells",
    summaryCooked: cookMarkdown(`${OBSERVATION}\n\n${OBSERVATION}`).html,
    publishedAt: day,
    correctedAt: null,
    updatedAt: day,
    followUpOfId: "bench-earlier-report",
    place: { name: "Women's prison, northern region", type: "PRISON", locality: "Northern region", authority: "Prison administration" },
    country: { code: "KE", name: "Kenya", names: { en: "Kenya" } },
    organization: { name: "Bench monitoring organization" },
    author: { displayName: "Bench author", status: "ACTIVE" },
    team: [{ user: { displayName: "Bench colleague", status: "ACTIVE" } }],
    findings: Array.from({ length: 70 }, (_, index) => ({
      ruleNumber: index + 1,
      assessment: (["COMPLIES", "PARTLY_COMPLIES", "DOES_NOT_COMPLY", "NOT_ASSESSED"] as const)[index % 4]!,
      observationsSource: OBSERVATION,
      observationsCooked: cooked,
      evidence: [],
    })),
    recommendations: Array.from({ length: 60 }, (_, index) => ({
      number: index + 1,
      text: "Provide sanitary products free of charge and on request, in the quantity each woman needs, and record their distribution.",
      authority: "Prison administration and ministry of justice",
      priority: (["HIGH", "MEDIUM", "LOW"] as const)[index % 3]!,
      ruleNumber: (index % 70) + 1,
      carriedFromId: `bench-earlier-${index}`,
      followUp: (["IMPLEMENTED", "PARTLY_IMPLEMENTED", "NOT_IMPLEMENTED", "NO_INFORMATION"] as const)[index % 4]!,
      followUpNote: null,
    })),
  } satisfies ReportForExport;
}

export async function run(): Promise<BenchRow[]> {
  const { reportPdfSpec } = await import("../lib/monitoring-export/format");
  const { renderPdfBytes } = await import("../lib/pdf/render");
  const report = await longReport();
  let bytes: Uint8Array = new Uint8Array();
  const timing = await measure(async () => {
    bytes = await renderPdfBytes(reportPdfSpec(report));
  }, RUNS);
  const kilobytes = (bytes.byteLength / 1024).toFixed(0);
  const pages = (await getDocumentProxy(bytes)).numPages; // pdf.js takes the buffer over
  console.log(`The report's PDF: ${pages} pages, ${kilobytes} KB.`);
  const failure = pages < MIN_PAGES ? `only ${pages} pages (the bench needs at least ${MIN_PAGES})` : timing.p95 > TARGET_MS ? `p95 over ${TARGET_MS} ms` : undefined;
  return [{ name: `PDF of a 70-rule report, 60 recommendations (${pages} pages)`, ...timing, targetMs: TARGET_MS, failure }];
}
