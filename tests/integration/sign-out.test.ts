// Signing out: a same-origin post ends the session (its row is gone, so the cookie is worthless) and tells the
// browser to clear the platform's cache and storage; a post from another site changes nothing.
import { describe, expect, it, vi } from "vitest";
import { POST } from "@/app/sign-out/route";
import { registerSession } from "@/lib/auth/mutations";
import { createMember } from "@/tests/factories/users";
import { newActionRequest, signInActionRequest } from "./support/action-request";
import { db } from "./support/viewers";

vi.mock("next/headers", async () => (await import("./support/action-request")).nextHeadersModule);

const post = (headers: Record<string, string>) => POST(new Request("http://localhost:3000/sign-out", { method: "POST", headers: { host: "localhost:3000", ...headers } }));

describe("POST /sign-out", () => {
  it("ends the session and clears the browser's cache and storage", async () => {
    const member = await createMember(db());
    const token = await registerSession(member.id, null, 3600);
    newActionRequest();
    await signInActionRequest(token, member.id);
    const response = await post({ "sec-fetch-site": "same-origin" });
    expect([response.status, response.headers.get("location"), response.headers.get("clear-site-data")]).toEqual([303, "/", '"cache", "storage"']);
    expect(await db().session.count({ where: { sessionToken: token } })).toBe(0);
  });

  it("refuses a post from another site, and the session stays", async () => {
    const member = await createMember(db());
    const token = await registerSession(member.id, null, 3600);
    for (const headers of [{ "sec-fetch-site": "cross-site" }, { origin: "https://evil.example" }, {}] as Array<Record<string, string>>) {
      newActionRequest();
      await signInActionRequest(token, member.id);
      const response = await post(headers);
      expect([response.status, response.headers.get("clear-site-data")]).toEqual([403, null]);
    }
    expect(await db().session.count({ where: { sessionToken: token } })).toBe(1);
    newActionRequest();
    await signInActionRequest(token, member.id);
    expect((await post({ origin: "http://localhost:3000" })).status).toBe(303);
  });
});
