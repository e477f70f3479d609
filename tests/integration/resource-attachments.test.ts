// Resources attached to board posts, collaboration requests and conversation messages, against PostgreSQL: stored
// in the writer's order with what they carry (a reference), refused on the "attach" field when the writer may not
// attach them (unknown, withdrawn, another organization's), shown on read as each viewer may see them (a small
// matrix), replaced by an edit and dropped by a deletion, listed in "referenced in" (never a message), and a
// thread page's queries fixed however many posts carry attachments.
import { beforeEach, describe, expect, it } from "vitest";
import { registerSession } from "@/lib/auth/mutations";
import { viewerFromSession } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { deleteOwnPost, editOwnPost, postForEdit, previewPost, replyToThread, startThread } from "@/lib/board/post-service";
import { editPostSchema, replySchema, threadSchema } from "@/lib/board/schema";
import { threadPage } from "@/lib/board/service";
import { editRequest, postRequest } from "@/lib/collaborations/request-service";
import { editRequestSchema, requestSchema } from "@/lib/collaborations/schema";
import { requestPage } from "@/lib/collaborations/service";
import { deleteOwnMessage, sendMessage, startConversation } from "@/lib/conversations/message-service";
import { messageSchema, newConversationSchema } from "@/lib/conversations/schema";
import { conversationPage } from "@/lib/conversations/service";
import { resourceChoices } from "@/lib/resources/attachment-service";
import { resourcePage } from "@/lib/resources/library-service";
import { setResourceHiddenIn } from "@/lib/resources/mutations";
import { shareLinkResource, withdrawResource } from "@/lib/resources/resource-service";
import { attachmentsField } from "@/lib/resources/schema";
import { deleteOwnAccount } from "@/lib/privacy/mutations";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createOrganization } from "@/tests/factories/organizations";
import { linkResourceForm } from "@/tests/factories/resources";
import { createMember, createModerator, type UserWithProfile } from "@/tests/factories/users";
import { countQueries } from "./support/query-count";
import { db, signInAs } from "./support/viewers";

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    const { code, field } = error as { code: string; field?: string };
    return field ? `${code}:${field}` : code;
  }
}

let writer: SignedInViewer;
let colleague: SignedInViewer;
let outsider: SignedInViewer;
let writerUser: UserWithProfile;
let outsiderUser: UserWithProfile;
let ids: { network: string; ownOrganization: string; otherOrganization: string; withdrawn: string };
let threadId: number;

beforeEach(async () => {
  await seedReferenceData(db());
  writerUser = await createMember(db(), { displayName: "Writer" });
  const colleagueUser = await createMember(db(), { displayName: "Colleague" });
  outsiderUser = await createMember(db(), { displayName: "Outsider" });
  const own = await createOrganization(db(), { representative: { id: writerUser.id }, members: [colleagueUser] });
  const otherUser = await createMember(db());
  const other = await createOrganization(db(), { representative: { id: otherUser.id } });
  const otherRepresentative = await signInAs(otherUser);
  writer = await signInAs(writerUser);
  colleague = await signInAs(colleagueUser);
  outsider = await signInAs(outsiderUser);
  const share = async (viewer: SignedInViewer, fields: Record<string, unknown>) => (await shareLinkResource(viewer, linkResourceForm(fields))).id;
  ids = {
    network: await share(outsider, { title: "Network toolkit on searches" }),
    ownOrganization: await share(writer, { title: "Our internal monitoring notes", organizationId: own.id, visibility: "ORGANIZATION" }),
    otherOrganization: await share(otherRepresentative, { title: "Their internal notes", organizationId: other.id, visibility: "ORGANIZATION" }),
    withdrawn: await share(writer, { title: "A withdrawn brief" }),
  };
  await withdrawResource(writer, ids.withdrawn);
  threadId = (await startThread(writer, threadSchema.parse({ title: "Searches on admission", body: "What do you use?", category: "health", language: "en" }))).id;
});

const reply = (viewer: SignedInViewer, attach: string, body = `A reply ${Math.random()}`) => replyToThread(viewer, replySchema.parse({ threadId, body, attach }));
const cardsOnThread = async (viewer: SignedInViewer) => (await threadPage(viewer, threadId, { page: 1 })).posts.map((post) => post.attachments.map((card) => (card.available ? card.title : "not available")));

describe("attaching to a board post", () => {
  it("stores the resources in the writer's order, by address, link or id, each once", async () => {
    const { number } = await reply(writer, `https://network.example.org/resources/${ids.ownOrganization} /resources/${ids.network},${ids.network}`);
    const post = await db().boardPost.findFirstOrThrow({ where: { threadId, number }, select: { attachments: { select: { resourceId: true, position: true }, orderBy: { position: "asc" } } } });
    expect(post.attachments).toEqual([{ resourceId: ids.ownOrganization, position: 0 }, { resourceId: ids.network, position: 1 }]);
    expect((await threadPage(writer, threadId)).posts[1]!.attachments).toEqual([
      { available: true, id: ids.ownOrganization, title: "Our internal monitoring notes", type: "REPORT", languages: ["en"], fileType: null, byteSize: null, linkHost: "example.org" },
      { available: true, id: ids.network, title: "Network toolkit on searches", type: "REPORT", languages: ["en"], fileType: null, byteSize: null, linkHost: "example.org" },
    ]);
  });

  it("refuses, on the attach field and writing nothing, what the writer may not attach or what is no resource", async () => {
    for (const entry of ["nosuchresource", ids.otherOrganization, ids.withdrawn, "/board/t/1"]) {
      expect(await outcome(reply(writer, `${ids.network} ${entry}`))).toBe("VALIDATION:attach");
    }
    expect(await outcome(reply(outsider, ids.ownOrganization))).toBe("VALIDATION:attach");
    expect(await db().boardPost.count({ where: { threadId } })).toBe(1);
    expect(await db().resourceAttachment.count()).toBe(0);
    expect(attachmentsField.safeParse(["a", "b", "c", "d", "e", "f"].join(" ")).success).toBe(false);
    // The preview names what would be attached and what would not, refusing nothing.
    expect((await previewPost(writer, "Body", [ids.network, "nosuchresource"])).attachments).toEqual({ resources: [{ id: ids.network, title: "Network toolkit on searches" }], refused: ["nosuchresource"] });
  });

  it("shows each viewer a card only for what they may see, and a neutral line otherwise", async () => {
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    await reply(writer, `${ids.network} ${ids.ownOrganization}`);
    const hiddenLater = (await shareLinkResource(outsider, linkResourceForm({ title: "Hidden later" }))).id;
    const withdrawnLater = (await shareLinkResource(writer, linkResourceForm({ title: "Withdrawn later" }))).id;
    await reply(writer, `${hiddenLater} ${withdrawnLater}`);
    await db().$transaction((tx) => setResourceHiddenIn(tx, moderator.id, hiddenLater, true, null));
    await withdrawResource(writer, withdrawnLater);
    const matrix = { writer: await cardsOnThread(writer), colleague: await cardsOnThread(colleague), outsider: await cardsOnThread(outsider), moderator: await cardsOnThread(moderator) };
    expect(matrix).toEqual({
      writer: [[], ["Network toolkit on searches", "Our internal monitoring notes"], ["not available", "not available"]],
      colleague: [[], ["Network toolkit on searches", "Our internal monitoring notes"], ["not available", "not available"]],
      outsider: [[], ["Network toolkit on searches", "not available"], ["not available", "not available"]],
      moderator: [[], ["Network toolkit on searches", "not available"], ["not available", "not available"]],
    });
    // Nothing of an unavailable resource is read for the card, not even its id.
    expect((await threadPage(outsider, threadId)).posts[1]!.attachments[1]).toEqual({ available: false });
  });

  it("replaces them with an edit, and drops them when the post is deleted", async () => {
    const { number } = await reply(writer, ids.network);
    const post = await db().boardPost.findFirstOrThrow({ where: { threadId, number } });
    expect((await postForEdit(writer, post.id)).attachments).toEqual([{ id: ids.network, title: "Network toolkit on searches" }]);
    await editOwnPost(writer, editPostSchema.parse({ postId: post.id, body: "Edited", attach: ids.ownOrganization }));
    expect(await db().resourceAttachment.findMany({ where: { postId: post.id }, select: { resourceId: true } })).toEqual([{ resourceId: ids.ownOrganization }]);
    await deleteOwnPost(writer, post.id);
    expect(await db().resourceAttachment.count()).toBe(0);
  });

  it("lists the post and a request in the resource's 'referenced in', and never a message", async () => {
    await reply(writer, ids.network);
    await postRequest(writer, requestForm({ attach: ids.network }));
    await startConversation(writer, newConversationSchema.parse({ to: outsiderUser.profile.handle, body: "Private, with the toolkit", attach: ids.network }));
    const references = (await resourcePage(colleague, ids.network)).references;
    expect(references.map((reference) => [reference.sourceType, reference.title])).toEqual(
      expect.arrayContaining([["BoardPost", "Searches on admission"], ["CollaborationRequest", "Partner for searches at admission"]]),
    );
    expect(references).toHaveLength(2);
  });

  it("costs the thread page one query for all its posts' attachments, whatever their number", async () => {
    const token = await registerSession(colleague.id, null, 3600);
    const measure = async () => {
      const { queries } = await countQueries(async () => threadPage((await viewerFromSession(token)).viewer, threadId, { page: 1 }));
      return queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim()));
    };
    const bare = await measure();
    for (let index = 0; index < 6; index += 1) await reply(index % 2 ? writer : outsider, index % 2 ? `${ids.network} ${ids.ownOrganization}` : ids.network);
    const attached = await measure();
    expect(attached.length, attached.join("\n")).toBe(bare.length);
    expect(attached.filter((query) => query.includes("ResourceAttachment"))).toHaveLength(1);
  });
});

const requestForm = (fields: Record<string, unknown> = {}) =>
  requestSchema.parse({ kind: "MONITORING_VISIT", title: "Partner for searches at admission", body: "We look for a partner.", needs: "Experience.", collaboratorsWanted: "1", visibility: "NETWORK", ...fields });

describe("attaching to a collaboration request", () => {
  it("stores them with the request, shows them per viewer, replaces them on edit and refuses the unseen", async () => {
    const { id } = await postRequest(writer, requestForm({ attach: `${ids.ownOrganization} ${ids.network}` }));
    const titles = async (viewer: SignedInViewer) => (await requestPage(viewer, id)).request.attachments.map((card) => (card.available ? card.title : "not available"));
    expect(await titles(colleague)).toEqual(["Our internal monitoring notes", "Network toolkit on searches"]);
    expect(await titles(outsider)).toEqual(["not available", "Network toolkit on searches"]);
    const edit = (attach: string) => editRequest(writer, editRequestSchema.parse({ requestId: id, kind: "MONITORING_VISIT", title: "Partner for searches at admission", body: "Edited.", needs: "Experience.", collaboratorsWanted: "1", visibility: "NETWORK", attach }));
    expect(await outcome(edit(ids.otherOrganization))).toBe("VALIDATION:attach");
    await edit(ids.network);
    expect(await titles(outsider)).toEqual(["Network toolkit on searches"]);
    expect(await outcome(postRequest(outsider, requestForm({ attach: ids.withdrawn })))).toBe("VALIDATION:attach");
  });
});

describe("attaching to a conversation message", () => {
  it("stores them with the message, shows them per participant, and drops them when it is deleted", async () => {
    const { id: conversationId } = await startConversation(writer, newConversationSchema.parse({ to: outsiderUser.profile.handle, body: "Here are the notes", attach: `${ids.ownOrganization} ${ids.network}` }));
    const { number } = await sendMessage(outsider, messageSchema.parse({ conversationId, body: "And mine", attach: ids.network }));
    const titles = async (viewer: SignedInViewer) => (await conversationPage(viewer, conversationId)).messages.map((message) => (message.attachments ?? []).map((card) => (card.available ? card.title : "not available")));
    expect(await titles(writer)).toEqual([["Our internal monitoring notes", "Network toolkit on searches"], ["Network toolkit on searches"]]);
    expect(await titles(outsider)).toEqual([["not available", "Network toolkit on searches"], ["Network toolkit on searches"]]);
    expect(await outcome(sendMessage(outsider, messageSchema.parse({ conversationId, body: "Theirs?", attach: ids.ownOrganization })))).toBe("VALIDATION:attach");
    const message = await db().conversationMessage.findFirstOrThrow({ where: { conversationId, number } });
    await deleteOwnMessage(outsider, message.id);
    expect(await db().resourceAttachment.count({ where: { messageId: message.id } })).toBe(0);
    expect(await db().resourceAttachment.count({ where: { messageId: { not: null } } })).toBe(2);
  });
});

describe("deleting one's account with one's posts", () => {
  it("drops what those posts and messages carried, and keeps what others attached", async () => {
    await reply(writer, ids.network);
    await reply(outsider, ids.network);
    await startConversation(writer, newConversationSchema.parse({ to: outsiderUser.profile.handle, body: "With the toolkit", attach: ids.network }));
    expect(await deleteOwnAccount({ userId: writer.id, posts: "delete" })).toBe(true);
    expect(await db().resourceAttachment.findMany({ select: { post: { select: { authorId: true } }, messageId: true } })).toEqual([{ post: { authorId: outsider.id }, messageId: null }]);
  });
});

describe("the picker's search", () => {
  it("finds by words only resources the member may attach", async () => {
    const titles = async (viewer: SignedInViewer, q: string) => (await resourceChoices(viewer, q)).map((choice) => choice.title).sort();
    expect(await titles(colleague, "internal notes")).toEqual(["Our internal monitoring notes"]);
    expect(await titles(outsider, "internal")).toEqual([]);
    expect(await titles(writer, "withdrawn")).toEqual([]);
    expect(await titles(writer, "")).toEqual([]);
  });
});
