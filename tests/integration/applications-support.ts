// Shared by the membership integration tests (applications*, invitations*, members*): viewers as the app
// resolves them from a registered session, the request context, and form-shaped answers parsed with the
// real schemas.
import { registerSession } from "@/lib/auth/mutations";
import { viewerFromSession } from "@/lib/auth/viewer";
import { ANONYMOUS, type SignedInViewer, type Viewer } from "@/lib/auth/viewer-types";
import { applySchema, type ApplyInput } from "@/lib/applications/schema";
import type { RequestContext } from "@/lib/request-context";
import { db } from "@/lib/db";
import { createOrganization } from "@/tests/factories/organizations";
import { ensureCountry } from "@/tests/factories/reference";
import { uniqueEmail } from "@/tests/factories/unique";
import { createAdmin, createApplicant, createMember, createModerator } from "@/tests/factories/users";

// Links in emails come from AUTH_URL, which the integration tier sets to https://network.example.org.
export const CONTEXT: RequestContext = { clientAddress: "203.0.113.7", locale: "es" };

/** A password the strength estimator accepts. */
export const STRONG_PASSWORD = "lantern-orchid-gravel-mosaic-41";

/** The viewer a signed-in browser of this user is, exactly as loadViewer resolves it. */
export async function viewerFor(userId: string): Promise<SignedInViewer> {
  const token = await registerSession(userId, "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0", 3600);
  const { viewer } = await viewerFromSession(token);
  if (viewer.kind !== "signed-in") throw new Error("viewerFor: the user cannot sign in");
  return viewer;
}

/** An admin in good standing: active, with two-step verification enabled. */
export async function adminViewer(overrides: { locale?: string } = {}): Promise<SignedInViewer> {
  const admin = await createAdmin(db(), { totpEnabledAt: new Date(), ...overrides });
  return viewerFor(admin.id);
}

/**
 * Everyone who must be refused staff powers, by the role they play. The suspended one is built by hand:
 * the app never resolves a suspended member's session at all (it signs them out), which is stricter still.
 */
export async function nonAdminViewers(): Promise<Record<string, Viewer>> {
  const applicant = await createApplicant(db());
  const member = await createMember(db());
  const representative = await createMember(db());
  await createOrganization(db(), { representative: { id: representative.id } });
  const moderator = await createModerator(db(), { totpEnabledAt: new Date() });
  const adminWithoutTwoStep = await createAdmin(db());
  const suspendedAdmin = await createAdmin(db(), { totpEnabledAt: new Date() });
  const suspendedViewer = await viewerFor(suspendedAdmin.id);
  await db().user.update({ where: { id: suspendedAdmin.id }, data: { status: "SUSPENDED" } });
  return {
    anonymous: ANONYMOUS,
    applicant: await viewerFor(applicant.id),
    member: await viewerFor(member.id),
    representative: await viewerFor(representative.id),
    moderator: await viewerFor(moderator.id),
    "admin without two-step": await viewerFor(adminWithoutTwoStep.id),
    suspended: { ...suspendedViewer, status: "SUSPENDED" },
  };
}

/** The application form as a browser sends it (strings, "on" for ticked boxes). */
export function applicationForm(overrides: Record<string, string | string[] | undefined> = {}): Record<string, string | string[]> {
  const form: Record<string, string | string[] | undefined> = {
    kind: "INDIVIDUAL",
    name: "Amara Okafor",
    displayName: "Nia",
    email: uniqueEmail("applicant"),
    password: STRONG_PASSWORD,
    countryCode: "KE",
    "languages[]": ["en", "sw"],
    workDescription: "I run a legal aid clinic for women held before trial in Nairobi.",
    vouchedBy: "",
    livedExperience: "PRIVATE-LIVED-EXPERIENCE: I spent two years in Langata prison.",
    consent: "on",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
}

export async function applicationInput(overrides: Record<string, string | string[] | undefined> = {}): Promise<ApplyInput> {
  await ensureCountry(db(), "KE");
  return applySchema.parse(applicationForm(overrides));
}

/** How many rows the membership tables hold, to prove that something changed nothing. */
export async function membershipCounts() {
  const [users, applications, tokens, emails, audit, organizations, invitations] = await Promise.all([
    db().user.count(),
    db().membershipApplication.count(),
    db().authToken.count(),
    db().outboxEmail.count(),
    db().auditLog.count(),
    db().organization.count(),
    db().invitation.count(),
  ]);
  return { users, applications, tokens, emails, audit, organizations, invitations };
}

/** The token in the link of the last email of this template to this address. */
export async function linkTokenFromEmail(to: string, template: string, path: string): Promise<string> {
  const email = await db().outboxEmail.findFirstOrThrow({ where: { to, template }, orderBy: { createdAt: "desc" } });
  const match = new RegExp(`${path.replace(/[/?]/g, "\\$&")}([A-Za-z0-9_-]{43})`).exec(email.text);
  if (!match?.[1]) throw new Error(`No ${path} link in the ${template} email`);
  return match[1];
}

export { uniqueEmail };
