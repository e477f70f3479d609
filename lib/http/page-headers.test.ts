import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { PATHNAME_HEADER } from "@/lib/i18n/config";
import { NONCE_HEADER, preparePageRequest } from "./page-headers";

function exchange(url: string, headers: Record<string, string> = {}) {
  const request = new IncomingMessage(new Socket());
  request.url = url;
  request.headers = { ...headers };
  const response = new ServerResponse(request);
  preparePageRequest(request, response, false);
  return { request, response };
}

describe("preparePageRequest", () => {
  it("gives a page a fresh nonce, in the request Next.js reads and in the response", () => {
    const first = exchange("/sign-in?next=%2Faccount");
    const second = exchange("/sign-in");
    const nonce = first.request.headers[NONCE_HEADER] as string;
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect(second.request.headers[NONCE_HEADER]).not.toBe(nonce);
    const policy = first.response.getHeader("Content-Security-Policy") as string;
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(policy).not.toContain("unsafe-eval");
    expect(first.request.headers["content-security-policy"]).toBe(policy);
    expect(first.request.headers[PATHNAME_HEADER]).toBe("/sign-in");
  });

  it("overwrites a nonce, policy or path a client sent itself", () => {
    const { request } = exchange("/account", {
      [NONCE_HEADER]: "chosen-by-the-client",
      "content-security-policy": "script-src *",
      "content-security-policy-report-only": "script-src 'nonce-abc'",
      [PATHNAME_HEADER]: "/invitations/forged",
    });
    expect(request.headers[NONCE_HEADER]).not.toBe("chosen-by-the-client");
    expect(request.headers["content-security-policy"]).toContain(`'nonce-${request.headers[NONCE_HEADER]}'`);
    expect(request.headers["content-security-policy-report-only"]).toBeUndefined();
    expect(request.headers[PATHNAME_HEADER]).toBe("/account");
  });

  it("leaves API routes, build assets and stored files to their own policies", () => {
    for (const url of ["/api/health", "/_next/static/chunks/main.js", "/_next/image?url=x", "/files/abc123"]) {
      const { request, response } = exchange(url);
      expect(response.getHeader("Content-Security-Policy"), url).toBeUndefined();
      expect(request.headers[NONCE_HEADER], url).toBeUndefined();
    }
  });
});
