import { describe, expect, it } from "vitest";
import { escapeHtml, EXPORT_KEPT_DAYS, exportFileName, exportState, expiryOf, indexHtml, type ExportRow, type IndexLabels } from "./format";
import { mayDeleteOwnAccount, mayDownloadExport } from "./policy";

const NOW = new Date("2026-12-03T12:00:00Z");
const row = (overrides: Partial<ExportRow>): ExportRow => ({ id: "e1", status: "REQUESTED", requestedAt: NOW, startedAt: null, readyAt: null, expiresAt: null, byteSize: null, ...overrides });
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe("an export's state on the privacy page", () => {
  it("follows the export from asked for to expired", () => {
    expect(exportState(null, NOW)).toEqual({ state: "none" });
    expect(exportState(row({}), NOW)).toEqual({ state: "requested", requestedAt: NOW });
    expect(exportState(row({ status: "PREPARING", startedAt: minutesAgo(1) }), NOW)).toEqual({ state: "preparing", requestedAt: NOW });
    const readyAt = minutesAgo(5);
    expect(exportState(row({ status: "READY", readyAt, expiresAt: expiryOf(readyAt), byteSize: 10 }), NOW)).toEqual({ state: "ready", id: "e1", until: expiryOf(readyAt), byteSize: 10 });
    expect(exportState(row({ status: "READY", readyAt, expiresAt: minutesAgo(1) }), NOW)).toEqual({ state: "expired" });
  });

  it("takes an export stuck in preparation for half an hour for failed, so the member can ask again", () => {
    expect(exportState(row({ status: "PREPARING", requestedAt: minutesAgo(40), startedAt: minutesAgo(31) }), NOW)).toEqual({ state: "failed" });
    expect(exportState(row({ status: "FAILED" }), NOW)).toEqual({ state: "failed" });
  });

  it("is kept seven days, under a file name that names nobody", () => {
    expect(expiryOf(NOW).getTime() - NOW.getTime()).toBe(EXPORT_KEPT_DAYS * 24 * 60 * 60_000);
    expect(exportFileName(NOW)).toBe("wipn-my-data-2026-12-03.zip");
  });
});

describe("index.html", () => {
  const labels: IndexLabels = {
    lang: "en", title: "Your data", intro: "Intro", profileHeading: "Profile", filesHeading: "Files", fileColumn: "File", contentsColumn: "Contents",
    countColumn: "Items", generatedAt: "Prepared", noValue: "(none)", describe: (file) => `About ${file}`,
  };

  it("escapes every value and loads nothing from anywhere", () => {
    const html = indexHtml(labels, [["Bio", `<img src="https://evil.example/x"> & "quotes" 'too'`], ["Empty", null]], [{ name: "posts.json", count: 3 }]);
    expect(html).toContain("&lt;img src=&quot;https://evil.example/x&quot;&gt; &amp; &quot;quotes&quot; &#39;too&#39;");
    expect(html).not.toMatch(/<img|<script|<link/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<a href="posts.json">posts.json</a>');
    expect(html).toContain("<em>(none)</em>");
    expect(escapeHtml("<>&\"'")).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});

describe("data-rights policy", () => {
  it("keeps the last active admin, and lets anyone else delete", () => {
    expect(mayDeleteOwnAccount({ role: "ADMIN", otherAdmins: 0 })).toBe(false);
    expect(mayDeleteOwnAccount({ role: "ADMIN", otherAdmins: 1 })).toBe(true);
    expect(mayDeleteOwnAccount({ role: "MODERATOR", otherAdmins: 0 })).toBe(true);
    expect(mayDeleteOwnAccount({ role: "MEMBER", otherAdmins: 0 })).toBe(true);
  });

  it("hands an export to its owner only, while it is offered", () => {
    const offered = { userId: "u1", status: "READY", expiresAt: new Date(NOW.getTime() + 1000) };
    expect(mayDownloadExport("u1", offered, NOW)).toBe(true);
    expect(mayDownloadExport("u2", offered, NOW)).toBe(false);
    expect(mayDownloadExport("u1", { ...offered, expiresAt: minutesAgo(1) }, NOW)).toBe(false);
    expect(mayDownloadExport("u1", { ...offered, status: "PREPARING" }, NOW)).toBe(false);
  });
});
