import "server-only";
import { db } from "@/lib/db";

/** Organizations an applicant may name or a reviewer may merge into: the active ones, by name. */
export function listActiveOrganizations() {
  return db().organization.findMany({
    where: { status: "ACTIVE" },
    select: { id: true, name: true, countryCode: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export function findActiveOrganization(id: string) {
  return db().organization.findFirst({ where: { id, status: "ACTIVE" }, select: { id: true, name: true } });
}

/** The organizations a member speaks for, to offer them the invitation page of each. */
export function organizationsRepresentedBy(userId: string) {
  return db().organization.findMany({
    where: { members: { some: { userId, role: "REPRESENTATIVE" } }, status: "ACTIVE" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
