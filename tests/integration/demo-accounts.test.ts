// The demo accounts `npm start` prints, checked against what the pages would tell each of them: the role
// the list claims, and for applicants an open application that /welcome, /application and the admins'
// review queue all agree on.
import { beforeEach, describe, expect, it } from "vitest";
import { findOwnApplication } from "@/lib/applications/data";
import { reviewQueueFilterSchema } from "@/lib/applications/schema";
import { reviewQueue } from "@/lib/applications/service";
import { isApplicant } from "@/lib/auth/policy";
import { APPLICANT_STATUSES, roleOf, type SignedInViewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { DEMO_ADMIN_EMAIL, DEMO_SIGN_INS } from "@/prisma/seed/demo-data";
import { runSeed } from "@/scripts/seed";
import { signInAs } from "./support/viewers";

const TEST_AUTH_SECRET = "test-secret-test-secret-test-secret-42";

/** The role each printed label promises. */
const PROMISED_ROLE: Record<(typeof DEMO_SIGN_INS)[number]["role"], string> = {
  Admin: "admin",
  Moderator: "moderator",
  Member: "member",
  "Organization representative": "representative",
  "Applicant (pending review)": "applicant",
};

async function viewerByEmail(email: string): Promise<SignedInViewer> {
  const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return signInAs(user);
}

async function queue(status: "pending" | "more-info") {
  const admin = await viewerByEmail(DEMO_ADMIN_EMAIL);
  const { rows } = await reviewQueue(admin, reviewQueueFilterSchema.parse({ status, page: 1 }));
  return rows;
}

describe("the demo accounts npm start lists", () => {
  beforeEach(async () => {
    await runSeed(db(), { demo: true, authSecret: TEST_AUTH_SECRET });
  });

  it("are what the list says they are", async () => {
    for (const signIn of DEMO_SIGN_INS) {
      const viewer = await viewerByEmail(signIn.email);
      expect(roleOf(viewer), signIn.email).toBe(PROMISED_ROLE[signIn.role]);
    }
  });

  it("include an applicant whose application is open at /application and waits in the review queue", async () => {
    const listed = DEMO_SIGN_INS.find((signIn) => signIn.role === "Applicant (pending review)")!;
    const applicant = await viewerByEmail(listed.email);
    // /welcome tells applicants where their application stands, from their status.
    expect(isApplicant(applicant)).toBe(true);
    expect(applicant.status).toBe("PENDING");

    const own = await findOwnApplication(applicant.id);
    expect(own?.status, "what /application shows").toBe("PENDING");
    expect(own?.submittedAt).not.toBeNull();

    const waiting = await queue("pending");
    expect(waiting.map((row) => row.id), "the admins' review queue").toContain(own!.id);
  });

  it("give every demo applicant one open application in the same state as their account", async () => {
    const applicants = await db().user.findMany({
      where: { status: { in: [...APPLICANT_STATUSES] } },
      select: { id: true, email: true, status: true, applications: { select: { id: true, status: true, submittedAt: true, infoRequest: true } } },
    });
    expect(applicants.length).toBeGreaterThanOrEqual(3);
    const pending = new Set((await queue("pending")).map((row) => row.id));
    const moreInfo = new Set((await queue("more-info")).map((row) => row.id));
    for (const applicant of applicants) {
      expect(applicant.applications.map((application) => application.status), applicant.email).toEqual([applicant.status]);
      const [application] = applicant.applications;
      expect(application!.submittedAt === null, `${applicant.email}: submitted only once confirmed`).toBe(applicant.status === "UNVERIFIED");
      expect(pending.has(application!.id), `${applicant.email} in the pending queue`).toBe(applicant.status === "PENDING");
      expect(moreInfo.has(application!.id), `${applicant.email} in the more-information queue`).toBe(applicant.status === "MORE_INFO_REQUESTED");
      if (applicant.status === "MORE_INFO_REQUESTED") expect(application!.infoRequest, "the question the applicant must answer").toBeTruthy();
    }
    // Approved members' applications are decided, never open.
    expect(await db().membershipApplication.count({ where: { user: { status: "ACTIVE" }, status: { in: ["UNVERIFIED", "PENDING", "MORE_INFO_REQUESTED"] } } })).toBe(0);
  });
});
