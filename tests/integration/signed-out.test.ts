// Where sign-out lands: a signed-out browser is told to clear the platform's cache and storage; a signed-in
// one (someone sent a link) is only sent home, its drafts untouched.
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/signed-out/route";
import { registerSession } from "@/lib/auth/mutations";
import { createMember } from "@/tests/factories/users";
import { newActionRequest, signInActionRequest } from "./support/action-request";
import { db } from "./support/viewers";

vi.mock("next/headers", async () => (await import("./support/action-request")).nextHeadersModule);

describe("GET /signed-out", () => {
  it("clears the browser's cache and storage for a signed-out browser, and sends it home", async () => {
    newActionRequest();
    const response = await GET();
    expect([response.status, response.headers.get("location"), response.headers.get("clear-site-data")]).toEqual([303, "/", '"cache", "storage"']);
  });

  it("clears nothing for a signed-in member", async () => {
    const member = await createMember(db());
    newActionRequest();
    await signInActionRequest(await registerSession(member.id, null, 3600), member.id);
    const response = await GET();
    expect([response.status, response.headers.get("location"), response.headers.get("clear-site-data")]).toEqual([303, "/", null]);
  });
});
