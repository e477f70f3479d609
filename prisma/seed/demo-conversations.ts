// Demo private conversations among the demo members — two direct ones and a group — so /messages is worth
// opening on `npm start`: the demo member has unread messages in two of them. Written like the app writes
// (numbered messages, cooked Markdown, kept last number, each participant's read state), in the demo seed's
// transaction. Fictional, like every demo person.
import { directKeyOf } from "@/lib/conversations/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cookMarkdown } from "@/lib/markdown/cook";

type Tx = Prisma.TransactionClient;
type DemoConversation = { title?: string; people: string[]; hoursAgo: number; messages: Array<{ by: string; body: string }>; readBy: Record<string, number> };

const MEMBER = "demo-member@example.org";
const REPRESENTATIVE = "demo-representative@example.org";

export const DEMO_CONVERSATIONS: DemoConversation[] = [
  {
    people: [MEMBER, "wanjiru.example@example.org"],
    hoursAgo: 30,
    messages: [
      { by: "wanjiru.example@example.org", body: "Hello Grace, I read your post about family contact for foreign nationals. Could we talk about how you handle phone credit for women held far from home?" },
      { by: MEMBER, body: "Of course. We pool donations and the prison tops up each woman's account monthly. I can send you our **agreement template**." },
      { by: "wanjiru.example@example.org", body: "That would help a lot. Our prison service has never agreed to anything like it — a template gives us something to show." },
    ],
    readBy: { [MEMBER]: 2 },
  },
  {
    people: [REPRESENTATIVE, MEMBER],
    hoursAgo: 72,
    messages: [
      { by: REPRESENTATIVE, body: "Thanks for asking to join the coalition. Before we decide: would you be willing to speak at our online meeting on the 14th about visits?" },
      { by: MEMBER, body: "Yes, gladly. Ten minutes on how we organise family days would be fine." },
    ],
    readBy: { [MEMBER]: 2 },
  },
  {
    title: "Prisión preventiva: medidas alternativas",
    people: ["daniela.ejemplo@example.org", "valentina.ejemplo@example.org", "lucia.ejemplo@example.org", MEMBER],
    hoursAgo: 8,
    messages: [
      { by: "daniela.ejemplo@example.org", body: "Abro este grupo para compartir experiencias sobre **arresto domiciliario** para madres en prisión preventiva (Reglas 57 y 58)." },
      { by: "valentina.ejemplo@example.org", body: "En Buenos Aires tenemos un informe de 2024 con datos de seguimiento. Lo subo aquí en cuanto tenga la versión final." },
      { by: "lucia.ejemplo@example.org", body: "Desde Madrid: la unidad de madres es una alternativa parcial. Os paso el contacto de la jueza que la impulsó." },
      { by: "daniela.ejemplo@example.org", body: "¡Gracias a las dos! Grace, ¿en Inglaterra se usan estas medidas para mujeres extranjeras?" },
    ],
    readBy: { [MEMBER]: 1 },
  },
];

export async function seedDemoConversations(tx: Tx, userId: (email: string) => string): Promise<{ conversations: number; messages: number }> {
  const now = Date.now();
  let messages = 0;
  for (const demo of DEMO_CONVERSATIONS) {
    const [creator, ...others] = demo.people.map(userId);
    const last = demo.messages.length;
    const at = (number: number) => new Date(now - demo.hoursAgo * 3_600_000 + (number - 1) * 40 * 60_000);
    await tx.conversation.create({
      data: {
        kind: demo.people.length === 2 ? "DIRECT" : "GROUP",
        title: demo.title ?? null,
        directKey: demo.people.length === 2 ? directKeyOf(creator!, others[0]!) : null,
        creatorId: creator!,
        lastMessageNumber: last,
        lastMessageAt: at(last),
        createdAt: at(1),
        participants: {
          createMany: {
            data: demo.people.map((email) => {
              // Everyone has read up to their own last message; the demo member as set, so some show as unread.
              const own = demo.messages.map((message, index) => (message.by === email ? index + 1 : 0)).reduce((a, b) => Math.max(a, b), 0);
              return { userId: userId(email), joinedAt: at(1), addedById: email === demo.people[0] ? null : creator!, lastReadNumber: demo.readBy[email] ?? Math.max(own, email === demo.people[0] ? last : 0) };
            }),
          },
        },
        messages: {
          createMany: {
            data: demo.messages.map((message, index) => ({ number: index + 1, authorId: userId(message.by), source: message.body, cooked: cookMarkdown(message.body).html, createdAt: at(index + 1) })),
          },
        },
      },
    });
    messages += last;
  }
  return { conversations: DEMO_CONVERSATIONS.length, messages };
}
