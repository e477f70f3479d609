// The board's permissions as a matrix: every role against every action, on open, staff-only, locked,
// removed, hidden and own items, written out so any change is a deliberate edit here.
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
  "suspended author": person({ id: "author", status: "SUSPENDED" }),
} satisfies Record<string, Viewer>;

type Name = keyof typeof viewers;
const all = Object.keys(viewers) as Name[];
const only = (...names: Name[]) => Object.fromEntries(all.map((name) => [name, names.includes(name)]));
const readers: Name[] = ["member", "author", "moderator", "moderator without two-step", "admin"];
const staff: Name[] = ["moderator", "admin"];

const open = { staffOnly: false, staffStartsThreads: false };
const announcements = { staffOnly: false, staffStartsThreads: true };
const staffRoom = { staffOnly: true, staffStartsThreads: false };
const thread = (overrides: Partial<policy.ThreadAccess> = {}): policy.ThreadAccess => ({ lockedAt: null, deletedAt: null, category: open, ...overrides });
const post = (overrides: Partial<policy.PostAccess> = {}): policy.PostAccess => ({ authorId: "author", deletedAt: null, hiddenAt: null, thread: thread(), ...overrides });
const at = new Date("2026-11-30T10:00:00Z");

const matrix: Record<string, [(viewer: Viewer) => boolean, Record<string, boolean>]> = {
  "read the board": [policy.canReadBoard, only(...readers)],
  "read an open category": [(v) => policy.canReadCategory(v, open), only(...readers)],
  "read a staff-only category": [(v) => policy.canReadCategory(v, staffRoom), only(...staff)],
  "start a thread in an open category": [(v) => policy.canStartThread(v, open), only(...readers)],
  "start a thread in announcements": [(v) => policy.canStartThread(v, announcements), only(...staff)],
  "reply in announcements": [(v) => policy.canReply(v, thread({ category: announcements })), only(...readers)],
  "read a removed thread": [(v) => policy.canReadThread(v, thread({ deletedAt: at })), only(...staff)],
  "reply to an open thread": [(v) => policy.canReply(v, thread()), only(...readers)],
  "reply to a locked thread": [(v) => policy.canReply(v, thread({ lockedAt: at })), only(...staff)],
  "reply to a removed thread": [(v) => policy.canReply(v, thread({ deletedAt: at })), only()],
  "edit a post of the author's": [(v) => policy.canEditPost(v, post()), only("author")],
  "edit a hidden post of the author's": [(v) => policy.canEditPost(v, post({ hiddenAt: at })), only()],
  "edit a deleted post of the author's": [(v) => policy.canEditPost(v, post({ deletedAt: at })), only()],
  "edit the author's post in a locked thread": [(v) => policy.canEditPost(v, post({ thread: thread({ lockedAt: at }) })), only()],
  "delete a post of the author's": [(v) => policy.canDeletePost(v, post()), only("author")],
  "react to the author's post": [(v) => policy.canReactToPost(v, post()), only("member", "moderator", "moderator without two-step", "admin")],
  "react to a hidden post": [(v) => policy.canReactToPost(v, post({ hiddenAt: at })), only()],
  "flag the author's post": [(v) => policy.canFlagPost(v, post()), only("member", "moderator", "moderator without two-step", "admin")],
  "moderate the board": [policy.canModerateBoard, only(...staff)],
  "see a hidden post's content": [policy.canSeeHiddenPost, only(...staff)],
};

describe("board permissions", () => {
  it.each(Object.entries(matrix))("%s", (_action, [allowed, expected]) => {
    expect(Object.fromEntries(all.map((name) => [name, allowed(viewers[name])]))).toEqual(expected);
  });
});
