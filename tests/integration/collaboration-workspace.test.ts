// A collaboration's workspace against PostgreSQL: the first acceptance opens it (one conversation of
// lib/conversations, the request's subject) with the author side and the responder, each later acceptance adds
// its responder, status changes are told in its timeline, and only its participants read it or find its link.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { closeRequest, postRequest } from "@/lib/collaborations/request-service";
import { decideOnResponse, respondToRequest } from "@/lib/collaborations/response-service";
import { closeSchema, requestSchema } from "@/lib/collaborations/schema";
import { requestPage } from "@/lib/collaborations/service";
import { addPeople, sendMessage } from "@/lib/conversations/message-service";
import { addParticipantsSchema, messageSchema } from "@/lib/conversations/schema";
import { conversationPage } from "@/lib/conversations/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createOrganization } from "@/tests/factories/organizations";
import { createMember, createModerator } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

const request = () =>
  requestSchema.parse({
    kind: "RESEARCH",
    title: "Co-authors for a report on pregnant women in custody",
    body: "We are writing a **report**.",
    needs: "Researchers with field data.",
    collaboratorsWanted: "3",
    visibility: "NETWORK",
    "countries[]": ["BR"],
    "rules[]": ["48"],
    "languages[]": ["pt"],
  });

let representative: SignedInViewer;
let colleague: SignedInViewer;
let organizationId: string;

beforeEach(async () => {
  await seedReferenceData(db());
  const rep = await createMember(db(), { displayName: "Representative" });
  const organization = await createOrganization(db(), { representative: { id: rep.id }, countryCode: "BR" });
  organizationId = organization.id;
  representative = await signInAs(rep);
  const other = await createMember(db(), { displayName: "Colleague" });
  await db().organizationMembership.create({ data: { organizationId, userId: other.id, role: "REPRESENTATIVE" } });
  colleague = await signInAs(other);
});

async function respond(requestId: string, name: string) {
  const member = await signInAs(await createMember(db(), { displayName: name }));
  const { id } = await respondToRequest(member, { requestId, body: `${name} can help`, organizationId: null });
  return { member, responseId: id };
}

const workspaceOf = (requestId: string) => db().conversation.findFirst({ where: { kind: "WORKSPACE", subjectId: requestId }, include: { participants: true, messages: { orderBy: { number: "asc" } } } });

describe("a collaboration's workspace", () => {
  it("opens with the first acceptance, grows with the next, and tells status changes in its timeline", async () => {
    const { id } = await postRequest(representative, { ...request(), organizationId });
    const first = await respond(id, "First");
    const second = await respond(id, "Second");
    const declined = await respond(id, "Declined");
    expect(await workspaceOf(id)).toBeNull();

    await decideOnResponse(representative, { responseId: first.responseId, decision: "accept", message: null });
    const opened = (await workspaceOf(id))!;
    expect(opened).toMatchObject({ title: "Co-authors for a report on pregnant women in custody", subjectType: "CollaborationRequest" });
    expect(opened.participants.map((participant) => participant.userId).sort()).toEqual([representative.id, colleague.id, first.member.id].sort());

    await decideOnResponse(colleague, { responseId: second.responseId, decision: "accept", message: null });
    await decideOnResponse(colleague, { responseId: declined.responseId, decision: "decline", message: null });
    const grown = (await workspaceOf(id))!;
    expect(grown.id).toBe(opened.id);
    expect(grown.participants.map((participant) => participant.userId)).toContain(second.member.id);
    expect(grown.participants.map((participant) => participant.userId)).not.toContain(declined.member.id);

    await closeRequest(representative, closeSchema.parse({ requestId: id, status: "COMPLETED", outcome: "The report is out.", outcomeShared: "on" }));
    const closed = (await workspaceOf(id))!;
    expect(closed.messages.map((message) => [message.kind, (message.payload as { type?: string; status?: string } | null)?.type, (message.payload as { status?: string } | null)?.status ?? null])).toEqual([
      ["SYSTEM", "created", null],
      ["SYSTEM", "added", null],
      ["SYSTEM", "status", "COMPLETED"],
    ]);
  });

  it("is read and written by its participants only, who find its link on the request and may add people", async () => {
    const { id } = await postRequest(representative, { ...request(), organizationId });
    const accepted = await respond(id, "Accepted");
    const declined = await respond(id, "Declined");
    await decideOnResponse(representative, { responseId: accepted.responseId, decision: "accept", message: null });
    await decideOnResponse(representative, { responseId: declined.responseId, decision: "decline", message: null });
    const workspaceId = (await workspaceOf(id))!.id;
    const outsider = await signInAs(await createMember(db()));
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));

    for (const viewer of [representative, colleague, accepted.member]) expect((await requestPage(viewer, id)).workspaceId).toBe(workspaceId);
    for (const viewer of [declined.member, outsider, moderator]) expect((await requestPage(viewer, id)).workspaceId).toBeNull();

    await sendMessage(accepted.member, messageSchema.parse({ conversationId: workspaceId, body: "Hello, team" }));
    expect((await conversationPage(representative, workspaceId)).mode).toBe("participant");
    for (const viewer of [declined.member, outsider, moderator]) await expect(conversationPage(viewer, workspaceId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendMessage(declined.member, messageSchema.parse({ conversationId: workspaceId, body: "Let me in" }))).rejects.toMatchObject({ code: "NOT_FOUND" });

    const added = await signInAs(await createMember(db(), { displayName: "Added later" }));
    const handle = (await db().advocateProfile.findUniqueOrThrow({ where: { userId: added.id } })).handle;
    expect(await addPeople(accepted.member, addParticipantsSchema.parse({ conversationId: workspaceId, to: handle }))).toEqual({ added: 1 });
    expect((await conversationPage(added, workspaceId)).mode).toBe("participant");
  });
});
