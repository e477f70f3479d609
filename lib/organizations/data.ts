import "server-only";
import { db } from "@/lib/db";

/** The organizations a member speaks for, to offer them the invitation page of each. */
export function organizationsRepresentedBy(userId: string) {
  return db().organization.findMany({
    where: { members: { some: { userId, role: "REPRESENTATIVE" } }, status: "ACTIVE" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
