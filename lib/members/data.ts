import "server-only";
import { db } from "@/lib/db";
import type { MemberStatus } from "@/lib/generated/prisma/enums";

/** Approved members (active or suspended), newest first; the (status, createdAt) index serves it. */
export async function listMembers({ statuses, skip, take }: { statuses: MemberStatus[]; skip: number; take: number }) {
  const where = { status: { in: statuses } };
  const [rows, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take,
      select: { id: true, displayName: true, email: true, role: true, status: true, approvedAt: true, createdAt: true },
    }),
    db().user.count({ where }),
  ]);
  return { rows, total };
}

export function findMemberForAdmin(id: string) {
  return db().user.findFirst({
    where: { id, status: { in: ["ACTIVE", "SUSPENDED"] } },
    select: {
      id: true,
      name: true,
      displayName: true,
      email: true,
      role: true,
      status: true,
      approvedAt: true,
      suspendedAt: true,
      lastSignInAt: true,
      totpEnabledAt: true,
      createdAt: true,
    },
  });
}
