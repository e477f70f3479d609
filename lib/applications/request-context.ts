import "server-only";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/rate-limit/client-address";
import type { RequestContext } from "./service";

/**
 * The request's public origin, client address and language, for the service layer. Links in emails use
 * AUTH_URL when it is set (behind a proxy the Host header may be internal), else the request's own host.
 */
export async function requestContext(): Promise<RequestContext> {
  const [headerList, locale] = await Promise.all([headers(), getLocale()]);
  return { baseUrl: publicBaseUrl(headerList), clientAddress: clientAddress(headerList), locale };
}

function publicBaseUrl(headerList: Headers): string {
  const configured = env().AUTH_URL;
  if (configured) return configured;
  const host = headerList.get("x-forwarded-host") ?? headerList.get("host") ?? "localhost:3000";
  const protocol = headerList.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${protocol}://${host}`;
}
