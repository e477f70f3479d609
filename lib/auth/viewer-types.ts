// Who is looking: the one description of roles and states that every policy decides on.
import type { MemberRole, MemberStatus } from "@/lib/generated/prisma/enums";

export type SignedInViewer = {
  kind: "signed-in";
  id: string;
  email: string;
  displayName: string;
  status: MemberStatus;
  role: MemberRole;
  locale: string | null;
  twoFactorEnabled: boolean;
  /** Organizations the viewer belongs to, and those they represent. */
  organizationIds: string[];
  representativeOf: string[];
  /** The registered session this request belongs to. */
  sessionToken: string;
};

export type Viewer = { kind: "anonymous" } | SignedInViewer;

export const ANONYMOUS: Viewer = { kind: "anonymous" };

/** The roles a member can be given (on approval, by invitation, by an admin), for the forms' choices. */
export const MEMBER_ROLES = ["MEMBER", "MODERATOR", "ADMIN"] as const satisfies readonly MemberRole[];

/** The states of someone whose application is not decided yet. */
export const APPLICANT_STATUSES: readonly MemberStatus[] = ["UNVERIFIED", "PENDING", "MORE_INFO_REQUESTED"];

/** Who may sign in and stay signed in, by any method: members in good standing and applicants awaiting a decision. */
export function maySignIn(status: MemberStatus): boolean {
  return status === "ACTIVE" || APPLICANT_STATUSES.includes(status);
}

/** The role a viewer plays, for people and for the authorization matrix. */
export type ViewerRole = "anonymous" | "applicant" | "member" | "representative" | "moderator" | "admin" | "suspended" | "rejected";

export function roleOf(viewer: Viewer): ViewerRole {
  if (viewer.kind === "anonymous") return "anonymous";
  if (viewer.status === "SUSPENDED") return "suspended";
  if (viewer.status === "REJECTED") return "rejected";
  if (APPLICANT_STATUSES.includes(viewer.status)) return "applicant";
  if (viewer.role === "ADMIN") return "admin";
  if (viewer.role === "MODERATOR") return "moderator";
  return viewer.representativeOf.length > 0 ? "representative" : "member";
}
