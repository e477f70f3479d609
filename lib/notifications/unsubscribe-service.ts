import "server-only";
// One-click unsubscribing from a notification email, signed out: the signed link is the proof, and it changes
// only what it names (one topic, or the topics of one digest) to "in the app only".
import { verifyUnsubscribeToken, type UnsubscribeScope } from "@/lib/auth/unsubscribe-token";
import { env } from "@/lib/env";
import type { NotificationTopic } from "@/lib/generated/prisma/enums";
import { findUnsubscribingMember } from "./data";
import { unsubscribeMember } from "./mutations";
import { DEFAULT_DELIVERY, topicsFor } from "./schema";

/** `pending`: the link works and would change something; `done`: nothing (left) to change. */
export type UnsubscribeLink = { state: "invalid" | "expired" } | { state: "pending" | "done"; scope: UnsubscribeScope };

/** The link's state and the topics it would change now. */
async function check(token: string, now: Date): Promise<{ link: UnsubscribeLink; userId?: string; topics: NotificationTopic[] }> {
  const secret = env().AUTH_SECRET;
  const verified = secret ? verifyUnsubscribeToken(token, now, secret) : ({ ok: false, reason: "invalid" } as const);
  if (!verified.ok) return { link: { state: verified.reason }, topics: [] };
  const { userId, scope } = verified.claim;
  const member = await findUnsubscribingMember(userId);
  // An erased member's link is as good as forged: nothing of theirs is left to change.
  if (!member || member.status === "DELETED") return { link: { state: "invalid" }, topics: [] };
  const delivery = (topic: NotificationTopic) => member.choices.get(topic) ?? DEFAULT_DELIVERY[topic];
  const topics = scope.kind === "topic" ? [scope.topic].filter((topic) => delivery(topic) !== "IN_APP") : topicsFor(member.role).filter((topic) => delivery(topic) === scope.frequency);
  return { link: { state: topics.length ? "pending" : "done", scope }, userId, topics };
}

/** What the link would change, for its page (nothing is changed by looking). */
export async function inspectUnsubscribeLink(token: string, now = new Date()): Promise<UnsubscribeLink> {
  return (await check(token, now)).link;
}

/** Applies the link (the page's button and the mail program's one-click POST); using it again changes nothing. */
export async function unsubscribeWithLink(token: string, now = new Date()): Promise<UnsubscribeLink> {
  const { link, userId, topics } = await check(token, now);
  if (link.state !== "pending" || !userId) return link;
  await unsubscribeMember(userId, topics);
  return { state: "done", scope: link.scope };
}
