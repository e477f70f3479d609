import "server-only";
import { env } from "@/lib/env";

/**
 * An absolute link to a page of the platform, for emails. Built from AUTH_URL (the platform's public
 * address, which `npm start` always sets), never from the request's Host header, which a client controls:
 * a reset or confirmation link must not point anywhere else.
 */
export function platformUrl(path: string): string {
  const config = env();
  const base = (config.AUTH_URL ?? `http://localhost:${config.PORT ?? 3000}`).replace(/\/+$/, "");
  return `${base}${path}`;
}

/** The pages the membership emails point to: an applicant's status, the review queue, sign-in. */
export function membershipLinks() {
  return { statusUrl: platformUrl("/application"), queueUrl: platformUrl("/admin/applications"), signInUrl: platformUrl("/sign-in") };
}
