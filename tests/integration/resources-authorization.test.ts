// Who sees and does what with resources, as a matrix against PostgreSQL: every kind of viewer against a network
// resource, an organization-only one, a withdrawn one and a hidden one — the page, the list, the download and
// each step (edit, withdraw, restore, flag). A refused resource does not exist (NOT_FOUND), so its existence
// leaks nowhere; suspended members and applicants are refused before anything is read.
import { beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ANONYMOUS } from "@/lib/auth/viewer-types";
import { resourceList, resourcePage, resourceVersionFor } from "@/lib/resources/library-service";
import { editResource, flagResourceFor, restoreResource, shareLinkResource, withdrawResource } from "@/lib/resources/resource-service";
import { editResourceSchema, resourceListSchema } from "@/lib/resources/schema";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createOrganization } from "@/tests/factories/organizations";
import { linkResourceForm } from "@/tests/factories/resources";
import { createApplicant, createMember, createModerator } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";
import { viewerFor } from "./applications-support";

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code: string }).code;
  }
}

type Kind = "network" | "organization" | "withdrawn" | "hidden";
let viewers: Record<string, Viewer>;
let ids: Record<Kind, string>;

beforeEach(async () => {
  await seedReferenceData(db());
  const author = await createMember(db(), { displayName: "Author" });
  const orgMember = await createMember(db());
  const organization = await createOrganization(db(), { representative: { id: author.id }, members: [{ id: orgMember.id }] });
  const suspended = await createMember(db());
  const suspendedViewer = await signInAs(suspended);
  await db().user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
  viewers = {
    anonymous: ANONYMOUS,
    applicant: await viewerFor((await createApplicant(db())).id),
    author: await signInAs(author),
    "organization member": await signInAs(orgMember),
    member: await signInAs(await createMember(db())),
    moderator: await signInAs(await createModerator(db(), { totpEnabledAt: new Date() })),
    suspended: { ...suspendedViewer, status: "SUSPENDED" },
  };
  const share = (fields: Record<string, unknown>) => shareLinkResource(viewers.author!, linkResourceForm(fields)).then((row) => row.id);
  ids = {
    network: await share({ title: "Network resource" }),
    organization: await share({ title: "Organization resource", organizationId: organization.id, visibility: "ORGANIZATION" }),
    withdrawn: await share({ title: "Withdrawn resource" }),
    hidden: await share({ title: "Hidden resource" }),
  };
  await withdrawResource(viewers.author!, ids.withdrawn);
  await db().resource.update({ where: { id: ids.hidden }, data: { status: "HIDDEN" } });
});

// What each viewer gets on each resource's page: "ok", or the refusal.
const PAGE: Record<string, Record<Kind, string>> = {
  anonymous: { network: "UNAUTHENTICATED", organization: "UNAUTHENTICATED", withdrawn: "UNAUTHENTICATED", hidden: "UNAUTHENTICATED" },
  applicant: { network: "FORBIDDEN", organization: "FORBIDDEN", withdrawn: "FORBIDDEN", hidden: "FORBIDDEN" },
  suspended: { network: "FORBIDDEN", organization: "FORBIDDEN", withdrawn: "FORBIDDEN", hidden: "FORBIDDEN" },
  author: { network: "ok", organization: "ok", withdrawn: "ok", hidden: "NOT_FOUND" },
  "organization member": { network: "ok", organization: "ok", withdrawn: "NOT_FOUND", hidden: "NOT_FOUND" },
  member: { network: "ok", organization: "NOT_FOUND", withdrawn: "NOT_FOUND", hidden: "NOT_FOUND" },
  moderator: { network: "ok", organization: "NOT_FOUND", withdrawn: "NOT_FOUND", hidden: "ok" },
};

describe("who reads a resource", () => {
  it("follows the matrix on the page and the download alike", async () => {
    const seen: Record<string, Record<string, string>> = {};
    const downloads: Record<string, Record<string, string>> = {};
    for (const [role, viewer] of Object.entries(viewers)) {
      seen[role] = {};
      downloads[role] = {};
      for (const [kind, id] of Object.entries(ids)) {
        seen[role][kind] = await outcome(resourcePage(viewer, id));
        downloads[role][kind] = await outcome(resourceVersionFor(viewer, id));
      }
    }
    expect(seen).toEqual(PAGE);
    expect(downloads).toEqual(PAGE);
  });

  it("lists only published resources the viewer may see", async () => {
    const titles = async (viewer: Viewer) => (await resourceList(viewer, resourceListSchema.parse({}))).resources.map((row) => row.title).sort();
    expect(await titles(viewers.author!)).toEqual(["Network resource", "Organization resource"]);
    expect(await titles(viewers["organization member"]!)).toEqual(["Network resource", "Organization resource"]);
    expect(await titles(viewers.member!)).toEqual(["Network resource"]);
    expect(await titles(viewers.moderator!)).toEqual(["Network resource"]);
  });

  it("lets a moderator read an organization's resource only while it is flagged", async () => {
    await flagResourceFor(viewers["organization member"]!, { resourceId: ids.organization, reason: "SPAM", note: null });
    expect(await outcome(resourcePage(viewers.moderator!, ids.organization))).toBe("ok");
    expect(await outcome(resourcePage(viewers.member!, ids.organization))).toBe("NOT_FOUND");
  });
});

describe("who changes a resource", () => {
  const edit = (id: string) => editResourceSchema.parse({ resourceId: id, type: "TOOLKIT", title: "Edited title", summary: "Edited", "languages[]": ["es"], visibility: "NETWORK" });

  it("lets only the author side edit, withdraw and restore, and others flag", async () => {
    const steps = async (role: string) => {
      const viewer = viewers[role]!;
      return {
        edit: await outcome(editResource(viewer, edit(ids.network))),
        flag: await outcome(flagResourceFor(viewer, { resourceId: ids.network, reason: "SPAM", note: null })),
        restore: await outcome(restoreResource(viewer, ids.withdrawn)),
        restoreHidden: await outcome(restoreResource(viewer, ids.hidden)),
      };
    };
    expect(await steps("member")).toEqual({ edit: "FORBIDDEN", flag: "ok", restore: "NOT_FOUND", restoreHidden: "NOT_FOUND" });
    expect(await steps("suspended")).toEqual({ edit: "FORBIDDEN", flag: "FORBIDDEN", restore: "FORBIDDEN", restoreHidden: "FORBIDDEN" });
    expect(await steps("author")).toEqual({ edit: "ok", flag: "FORBIDDEN", restore: "ok", restoreHidden: "NOT_FOUND" });
    // Withdrawn: nobody but its author side can flag or edit it; a withdrawn one is restored once.
    await withdrawResource(viewers.author!, ids.network);
    expect(await outcome(editResource(viewers.author!, edit(ids.network)))).toBe("FORBIDDEN");
    expect(await outcome(withdrawResource(viewers.author!, ids.network))).toBe("FORBIDDEN");
    expect(await outcome(flagResourceFor(viewers.member!, { resourceId: ids.network, reason: "SPAM", note: null }))).toBe("NOT_FOUND");
  });
});
