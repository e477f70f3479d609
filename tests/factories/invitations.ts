// Invitations for integration and e2e tests: the row as the app stores it (the token's hash only) and the
// token a link would carry.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { uniqueEmail } from "./unique";

export async function createInvitation(
  prisma: PrismaClient,
  overrides: Partial<Omit<Prisma.InvitationUncheckedCreateInput, "tokenHash" | "invitedById">> & { invitedById: string },
): Promise<{ id: string; email: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const invitation = await prisma.invitation.create({
    data: {
      email: uniqueEmail("invitee"),
      expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
      ...overrides,
      tokenHash: createHash("sha256").update(token).digest("hex"),
    },
    select: { id: true, email: true },
  });
  return { ...invitation, token };
}
