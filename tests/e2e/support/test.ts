// The `test` every spec uses. On top of Playwright's own fixtures, every test automatically:
// - records each request its browser pages make and fails if one leaves the site's origin (fonts, scripts,
//   analytics, anything from another host would tell a third party who visits this network);
// - fails if a page was visited without an accessibility check (see axe.ts);
// - fails if a client component missed a message its page did not send.
// Tests that create data ask for `prisma`: a client on the app's e2e database.
import { PrismaPg } from "@prisma/adapter-pg";
import { test as base, expect, type Page } from "@playwright/test";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkedPages, pageKey } from "./axe";
import { Shell } from "./shell";

export { expect };

export class RequestLog {
  readonly urls: string[] = [];
  constructor(private readonly origin: string) {}

  record(url: string): void {
    this.urls.push(url);
  }

  /** Requests to anything but this origin; data: and blob: URLs never leave the browser. */
  offOrigin(): string[] {
    return this.urls.filter((url) => !isSameOriginOrLocal(url, this.origin));
  }
}

/** An address in 198.18.0.0/15, the range set aside for benchmarking and tests (RFC 2544). */
function randomTestAddress(): string {
  const byte = () => Math.floor(Math.random() * 256);
  return `198.${18 + Math.floor(Math.random() * 2)}.${byte()}.${byte()}`;
}

export function isSameOriginOrLocal(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === "data:" || parsed.protocol === "blob:") return true;
  return parsed.origin === origin;
}

type TestFixtures = { requestLog: RequestLog; a11yGuard: void; messagesGuard: void; shell: Shell };
type WorkerFixtures = { prisma: PrismaClient };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  requestLog: [
    async ({ context, baseURL }, use) => {
      if (!baseURL) throw new Error("The project sets no baseURL");
      const log = new RequestLog(new URL(baseURL).origin);
      context.on("request", (request) => log.record(request.url()));
      await use(log);
      expect(log.offOrigin(), "requests that left the site's origin").toEqual([]);
    },
    { auto: true },
  ],

  a11yGuard: [
    async ({ page }, use) => {
      const visited = new Set<string>();
      const onNavigated = (frame: ReturnType<Page["mainFrame"]>) => {
        if (frame === page.mainFrame() && frame.url() !== "about:blank") visited.add(pageKey(frame.url()));
      };
      page.on("framenavigated", onNavigated);
      await use();
      page.off("framenavigated", onNavigated);
      const checked = checkedPages(page);
      expect([...visited].filter((url) => !checked.has(url)), "pages visited without an accessibility check").toEqual([]);
    },
    { auto: true },
  ],

  // A page hands its client components only the message namespaces it lists (components/shell/client-messages.tsx);
  // one it forgot shows up in the browser as next-intl's MISSING_MESSAGE error.
  messagesGuard: [
    async ({ page }, use) => {
      const missing: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("MISSING_MESSAGE")) missing.push(`${page.url()}: ${message.text()}`);
      });
      await use();
      expect(missing, "messages a client component needed but the page did not send").toEqual([]);
    },
    { auto: true },
  ],

  // Each test is another visitor: behind the trusted proxy it would have its own address, so per-address
  // rate limits (sign-in, applications...) do not add up across the whole suite.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    await use({ ...extraHTTPHeaders, "x-forwarded-for": randomTestAddress() });
  },

  shell: async ({ page }, use) => {
    await use(new Shell(page));
  },

  prisma: [
    // Playwright needs the destructuring even when the fixture uses no other fixture.
    async ({}, use) => {
      // Handed over by the "app" web server (scripts/e2e-server.ts) through playwright.config.ts.
      const url = process.env.E2E_DATABASE_URL;
      if (!url) throw new Error("E2E_DATABASE_URL is not set: run the specs with `npx playwright test`");
      // One connection: the embedded test database serializes everything through one session anyway.
      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
      await use(prisma);
      await prisma.$disconnect();
    },
    { scope: "worker" },
  ],
});
