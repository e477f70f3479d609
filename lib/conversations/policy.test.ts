// Conversation permissions as a matrix: every role against every action, on conversations the viewer is or is
// not in, recipients with each setting and block, and messages in each state.
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { signedInViewer as person } from "@/tests/factories/viewers";
import * as policy from "./policy";

const viewers = {
  anonymous: ANONYMOUS,
  applicant: person({ id: "applicant", status: "PENDING" }),
  member: person({ id: "member" }),
  author: person({ id: "author" }),
  moderator: person({ id: "moderator", role: "MODERATOR", twoFactorEnabled: true }),
  "moderator without two-step": person({ id: "moderator2", role: "MODERATOR" }),
  admin: person({ id: "admin", role: "ADMIN", twoFactorEnabled: true }),
  "suspended member": person({ id: "member", status: "SUSPENDED" }),
} satisfies Record<string, Viewer>;

type Name = keyof typeof viewers;
const all = Object.keys(viewers) as Name[];
const only = (...names: Name[]) => Object.fromEntries(all.map((name) => [name, names.includes(name)]));
const active: Name[] = ["member", "author", "moderator", "moderator without two-step", "admin"];
const staff: Name[] = ["moderator", "admin"];

const recipient = (overrides: Partial<policy.RecipientFacts> = {}): policy.RecipientFacts => ({
  userId: "recipient",
  status: "ACTIVE",
  messagePolicy: "ALL_MEMBERS",
  blocksViewer: false,
  blockedByViewer: false,
  sharesOrganization: false,
  ...overrides,
});
const inGroup = { kind: "GROUP", participant: true } as const;
const outside = { kind: "GROUP", participant: false } as const;
const message = (overrides: Partial<policy.MessageAccess> = {}): policy.MessageAccess => ({ authorId: "author", kind: "TEXT", deletedAt: null, hiddenAt: null, conversation: inGroup, ...overrides });
const at = new Date("2026-12-01T10:00:00Z");

const matrix: Record<string, [(viewer: Viewer) => boolean, Record<string, boolean>]> = {
  "use messages": [policy.canUseMessages, only(...active)],
  "read a conversation they are in": [(v) => policy.canReadConversation(v, inGroup), only(...active)],
  "read a conversation they are not in (or left)": [(v) => policy.canReadConversation(v, outside), only()],
  "write to a member open to all": [(v) => policy.canWriteTo(v, recipient()), only(...active)],
  "write to themselves": [(v) => policy.canWriteTo(v, recipient({ userId: "member" })), only("author", "moderator", "moderator without two-step", "admin")],
  "write to a member who takes nobody's messages": [(v) => policy.canWriteTo(v, recipient({ messagePolicy: "NOBODY" })), only()],
  "write to a member of organizations they do not share": [(v) => policy.canWriteTo(v, recipient({ messagePolicy: "MY_ORGANIZATIONS" })), only()],
  "write to a member of an organization they share": [(v) => policy.canWriteTo(v, recipient({ messagePolicy: "MY_ORGANIZATIONS", sharesOrganization: true })), only(...active)],
  "write to a member who blocked them": [(v) => policy.canWriteTo(v, recipient({ blocksViewer: true })), only()],
  "write to a member they blocked": [(v) => policy.canWriteTo(v, recipient({ blockedByViewer: true })), only()],
  "write to a suspended member": [(v) => policy.canWriteTo(v, recipient({ status: "SUSPENDED" })), only()],
  "post in a conversation they are in": [(v) => policy.canPostIn(v, inGroup), only(...active)],
  "add people to a group they are in": [(v) => policy.canAddParticipants(v, inGroup), only(...active)],
  "add people to a direct conversation": [(v) => policy.canAddParticipants(v, { kind: "DIRECT", participant: true }), only()],
  "add people to a workspace they are in": [(v) => policy.canAddParticipants(v, { kind: "WORKSPACE", participant: true }), only(...active)],
  "add people to a workspace they are not in": [(v) => policy.canAddParticipants(v, { kind: "WORKSPACE", participant: false }), only()],
  "leave a conversation they are in": [(v) => policy.canLeaveConversation(v, inGroup), only(...active)],
  "flag the author's message": [(v) => policy.canFlagMessage(v, message()), only("member", "moderator", "moderator without two-step", "admin")],
  "flag a message in a conversation they are not in": [(v) => policy.canFlagMessage(v, message({ conversation: outside })), only()],
  "flag a hidden message": [(v) => policy.canFlagMessage(v, message({ hiddenAt: at })), only()],
  "flag a system message": [(v) => policy.canFlagMessage(v, message({ kind: "SYSTEM", authorId: null })), only()],
  "delete the author's message": [(v) => policy.canDeleteMessage(v, message()), only("author")],
  "delete a deleted message": [(v) => policy.canDeleteMessage(v, message({ deletedAt: at })), only()],
  "moderate messages": [policy.canModerateMessages, only(...staff)],
  "read a flagged conversation's context": [(v) => policy.canReadFlaggedContext(v, { flagged: true }), only(...staff)],
  "read an unflagged conversation they are not in": [(v) => policy.canReadFlaggedContext(v, { flagged: false }), only()],
  "block someone else": [(v) => policy.canBlock(v, { userId: "recipient" }), only(...active)],
  "block themselves": [(v) => policy.canBlock(v, { userId: "member" }), only("author", "moderator", "moderator without two-step", "admin")],
};

describe("conversation permissions", () => {
  it.each(Object.entries(matrix))("%s", (_action, [allowed, expected]) => {
    expect(Object.fromEntries(all.map((name) => [name, allowed(viewers[name])]))).toEqual(expected);
  });
});
