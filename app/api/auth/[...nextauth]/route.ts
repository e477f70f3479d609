import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

// Only what the app uses is served: the sign-in link's callback. Signing in and out are server actions
// calling Auth.js on the server, so its other endpoints (sign-in and sign-out posts, which bypass the
// actions' limits and session bookkeeping; the session, which would hand the session id to JavaScript;
// csrf, providers) answer 404.
const SERVED_GETS = new Set(["callback/magic-link"]);

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: NextRequest, { params }: RouteContext<"/api/auth/[...nextauth]">) {
  const { nextauth } = await params;
  if (!SERVED_GETS.has(nextauth.join("/"))) return notFound();
  return handlers.GET(request);
}

export function POST() {
  return notFound();
}
