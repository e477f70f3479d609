// Pure helpers of members' data rights: how long an export lives, its file name, its state for the page, and
// the readable index.html inside the ZIP (self-contained: no script, no style sheet or image from elsewhere,
// every piece of text escaped).

/** An export is offered for download this long after it is ready, then deleted by the clean-up job. */
export const EXPORT_KEPT_DAYS = 7;
/** An export still PREPARING after this long is taken for dead (its job gave up): the member may ask again. */
export const EXPORT_STALE_MINUTES = 30;
const DAY_MS = 24 * 60 * 60_000;

export type ExportRow = { id: string; status: "REQUESTED" | "PREPARING" | "READY" | "FAILED"; requestedAt: Date; readyAt: Date | null; expiresAt: Date | null; startedAt: Date | null; byteSize: number | null };

export type ExportState =
  | { state: "none" }
  | { state: "requested"; requestedAt: Date }
  | { state: "preparing"; requestedAt: Date }
  | { state: "ready"; id: string; until: Date; byteSize: number }
  | { state: "expired" }
  | { state: "failed" };

export function expiryOf(readyAt: Date): Date {
  return new Date(readyAt.getTime() + EXPORT_KEPT_DAYS * DAY_MS);
}

/** Whether a REQUESTED or PREPARING export is still in the works (not abandoned by a job that gave up). */
export function isInProgress(row: Pick<ExportRow, "status" | "requestedAt" | "startedAt">, now: Date): boolean {
  if (row.status !== "REQUESTED" && row.status !== "PREPARING") return false;
  const since = row.startedAt ?? row.requestedAt;
  return now.getTime() - since.getTime() < EXPORT_STALE_MINUTES * 60_000;
}

/** What the privacy page says about the member's latest export. */
export function exportState(row: ExportRow | null, now: Date): ExportState {
  if (!row) return { state: "none" };
  if (row.status === "READY") {
    return row.expiresAt && row.expiresAt > now ? { state: "ready", id: row.id, until: row.expiresAt, byteSize: row.byteSize ?? 0 } : { state: "expired" };
  }
  if (row.status === "FAILED" || !isInProgress(row, now)) return { state: "failed" };
  return row.status === "REQUESTED" ? { state: "requested", requestedAt: row.requestedAt } : { state: "preparing", requestedAt: row.requestedAt };
}

/** The downloaded file's name: no name or address of the member in it (it may sit in a shared Downloads folder). */
export function exportFileName(readyAt: Date): string {
  return `wipn-my-data-${readyAt.toISOString().slice(0, 10)}.zip`;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

export type IndexLabels = {
  lang: string;
  title: string;
  intro: string;
  profileHeading: string;
  filesHeading: string;
  fileColumn: string;
  contentsColumn: string;
  countColumn: string;
  generatedAt: string;
  noValue: string;
  describe: (file: string) => string;
};

/** index.html: the profile as a definition list and every JSON file with what it holds and how many items. */
export function indexHtml(labels: IndexLabels, profile: Array<[string, string | null]>, files: Array<{ name: string; count: number }>): string {
  const rows = profile
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value === null || value === "" ? `<em>${escapeHtml(labels.noValue)}</em>` : escapeHtml(value).replace(/\n/g, "<br>")}</dd>`)
    .join("\n");
  const table = files
    .map((file) => `<tr><td><a href="${escapeHtml(file.name)}">${escapeHtml(file.name)}</a></td><td>${escapeHtml(labels.describe(file.name))}</td><td>${file.count}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="${escapeHtml(labels.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(labels.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}dt{font-weight:600;margin-top:.75rem}dd{margin:0}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4rem;text-align:left;vertical-align:top}a{color:#0b4f8a}</style>
</head>
<body>
<h1>${escapeHtml(labels.title)}</h1>
<p>${escapeHtml(labels.intro)}</p>
<p>${escapeHtml(labels.generatedAt)}</p>
<h2>${escapeHtml(labels.profileHeading)}</h2>
<dl>
${rows}
</dl>
<h2>${escapeHtml(labels.filesHeading)}</h2>
<table>
<thead><tr><th scope="col">${escapeHtml(labels.fileColumn)}</th><th scope="col">${escapeHtml(labels.contentsColumn)}</th><th scope="col">${escapeHtml(labels.countColumn)}</th></tr></thead>
<tbody>
${table}
</tbody>
</table>
</body>
</html>
`;
}
