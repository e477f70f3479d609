// Demo mutes and blocks, so /account/people is worth opening on `npm start`: the demo member muted one member
// (whose reply in "Hello from Nairobi" is collapsed for her on the board) and blocked another. Fictional.
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const MEMBER = "demo-member@example.org";
export const DEMO_MUTED = "malee.example@example.org";
export const DEMO_BLOCKED = "fatou.fictive@example.org";

export async function seedDemoSafety(tx: Tx, userId: (email: string) => string): Promise<void> {
  const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3_600_000);
  await tx.memberMute.create({ data: { muterId: userId(MEMBER), mutedId: userId(DEMO_MUTED), createdAt: daysAgo(9) } });
  await tx.memberBlock.create({ data: { blockerId: userId(MEMBER), blockedId: userId(DEMO_BLOCKED), createdAt: daysAgo(4) } });
}
