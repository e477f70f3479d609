// The "zero-setup" project: `npm start` with nothing configured, as a newcomer starts it (see
// scripts/e2e-server.ts --zero-setup). Playwright waited for its announcement before running these.
import { readFileSync } from "node:fs";
import { DEMO_SIGN_INS } from "@/prisma/seed/demo-data";
import { DEMO_THREADS } from "@/prisma/seed/demo-board";
import { messages } from "./support/messages";
import { migrationCount } from "./support/migrations";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

test("npm start announced where the platform runs and the demo sign-ins", ({ baseURL }) => {
  // Captured from npm start's output by the web server's `wait` pattern in playwright.config.ts.
  expect(process.env.WIPN_ANNOUNCED_URL).toBe(baseURL);
  const signIns = process.env.WIPN_ANNOUNCED_SIGN_INS ?? "";
  for (const signIn of DEMO_SIGN_INS) {
    expect(signIns).toContain(signIn.email);
    expect(signIns).toContain(signIn.password);
  }
});

test("npm start prints one line per step, not Next.js's banner or route table", () => {
  const output = process.env.WIPN_START_OUTPUT ?? "";
  expect(output).toContain("Creating the embedded database in");
  expect(output).toMatch(/Starting the server on 127\.0\.0\.1, port \d+ …/);
  for (const noise of ["Route (app)", "Network:", "▲ Next.js", "Finished TypeScript"]) expect(output).not.toContain(noise);
});

test("with the embedded database, the platform listens on this machine only", ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  const listeners = listeningAddresses(port);
  expect(listeners.length).toBeGreaterThan(0);
  expect(listeners.filter((address) => address !== "127.0.0.1" && address !== "::1")).toEqual([]);
});

/** The local addresses of the TCP sockets listening on a port, from the kernel's tables (Linux). */
function listeningAddresses(port: number): string[] {
  const LISTEN = "0A";
  const addresses: string[] = [];
  for (const [file, decode] of [["/proc/net/tcp", decodeIPv4], ["/proc/net/tcp6", decodeIPv6]] as const) {
    for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== LISTEN) continue;
      const [hexAddress = "", hexPort = ""] = local.split(":");
      if (parseInt(hexPort, 16) === port) addresses.push(decode(hexAddress));
    }
  }
  return addresses;
}

const decodeIPv4 = (hex: string) => (hex.match(/../g) ?? []).reverse().map((byte) => parseInt(byte, 16)).join(".");
const decodeIPv6 = (hex: string) => (/^0{31}1$|^0{24}01000000$/.test(hex) ? "::1" : /^0+$/.test(hex) ? "::" : hex);

test("the embedded database is reachable and fully migrated", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { reachable: true } });
  expect(body.database.appliedMigrations).toBe(migrationCount());
});

test("the landing page works out of the box, and the demo member can sign in", async ({ page, shell }) => {
  const en = messages("en");
  await shell.visit("/");
  await expect(shell.heading).toHaveText(en.Home.title);
  const member = DEMO_SIGN_INS.find((signIn) => signIn.role === "Member")!;
  await new SignInPage(page, shell).signInAndLand(member.email, member.password);
  await shell.navigateTo("/board");
  // The demo board: its pinned welcome thread, in a list of threads.
  await expect(shell.heading).toHaveText(en.Board.title);
  await expect(page.getByRole("main").getByRole("list", { name: en.Board.threadsLabel }).getByRole("link", { name: DEMO_THREADS[0]!.title })).toBeVisible();
});
