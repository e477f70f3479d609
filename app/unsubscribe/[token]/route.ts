import { oneClickUnsubscribe } from "@/lib/notifications/actions";

// The link of every notification email and its List-Unsubscribe header (RFC 8058). A mail program's
// one-click POST unsubscribes at once; a person opening the link (GET) is sent to the page that says what
// will change and asks first, so a link scanner following it changes nothing.
export const dynamic = "force-dynamic";

const NOINDEX = { "cache-control": "no-store", "x-robots-tag": "noindex, nofollow", "referrer-policy": "no-referrer" };

export async function GET(_request: Request, { params }: RouteContext<"/unsubscribe/[token]">): Promise<Response> {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { ...NOINDEX, location: `/unsubscribe/${encodeURIComponent(token)}/confirm` } });
}

export async function POST(_request: Request, { params }: RouteContext<"/unsubscribe/[token]">): Promise<Response> {
  const { token } = await params;
  const state = await oneClickUnsubscribe(token);
  return new Response(state, { status: state === "done" ? 200 : state === "expired" ? 410 : 400, headers: { ...NOINDEX, "content-type": "text/plain; charset=utf-8" } });
}
