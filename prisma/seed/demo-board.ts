// The demo board: fictional threads in the four languages across the seeded categories, with replies,
// reactions, tags, what the demo member has read, and one flagged post, so /board is worth opening on
// `npm start`. Written like the app writes (cooked Markdown, kept counters), in the demo seed's transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import { threadSlug } from "@/lib/board/schema";
import { cookMarkdown } from "@/lib/markdown/cook";
import { searchDocument } from "@/lib/search/text";

type DemoPost = { by: string; body: string; replyTo?: number };
type DemoThread = { category: string; language: string; title: string; rules?: number[]; countries?: string[]; daysAgo: number; posts: DemoPost[]; pinned?: boolean };

const MEMBER = "demo-member@example.org";
const REPRESENTATIVE = "demo-representative@example.org";
const MODERATOR = "demo-moderator@example.org";
const ADMIN = "demo-admin@example.org";

export const DEMO_THREADS: DemoThread[] = [
  {
    category: "announcements", language: "en", daysAgo: 20, pinned: true, title: "Welcome to the network's board — please read first",
    posts: [
      { by: ADMIN, body: "Welcome! This board is **for members only**. A few rules:\n\n- Use a pseudonym if you prefer; never post someone's real name, prison number or location without their consent.\n- Flag anything that puts someone at risk: moderators see flags first.\n- Write in the language you work in — others may reply in theirs.\n\nThank you for being here." },
      { by: "wanjiru.example@example.org", body: "Thank you. Good to see the network in one place at last." },
    ],
  },
  {
    category: "announcements", language: "en", daysAgo: 6, title: "#BangkokRules10: collecting your stories for the campaign", rules: [1],
    posts: [
      { by: ADMIN, body: "For the anniversary campaign we are collecting short accounts of how the Bangkok Rules changed practice where you work. Reply here or in your language's thread; we will ask before publishing anything." },
      { by: "lucia.ejemplo@example.org", body: "Desde Madrid podemos aportar el caso de la unidad de madres. ¿Hay un formato para los testimonios?" },
      { by: ADMIN, body: "A few paragraphs are enough, in any language. A template will follow next week.", replyTo: 2 },
    ],
  },
  {
    category: "introductions", language: "en", daysAgo: 18, title: "Hello from Nairobi: re-entry support after release", countries: ["KE"],
    posts: [
      { by: "wanjiru.example@example.org", body: "I coordinate a small re-entry programme in Nairobi. We help women find housing and work in the first months after release. Looking forward to learning from others." },
      { by: "malee.example@example.org", body: "Welcome! In Bangkok we run something similar with a focus on drug policy. Happy to compare notes on peer mentoring." },
      { by: "rose.sample@example.org", body: "Welcome from London. Peer support has been the key for us too." },
    ],
  },
  {
    category: "introductions", language: "es", daysAgo: 15, title: "Saludos desde Bogotá: acompañamiento jurídico a mujeres en prisión preventiva", countries: ["CO"], rules: [56, 57],
    posts: [
      { by: "daniela.ejemplo@example.org", body: "Hola a todas. Trabajo con mujeres en **prisión preventiva** en Bogotá. Muchas esperan más de un año su juicio. Me interesa saber cómo se usan las medidas alternativas en otros países." },
      { by: "valentina.ejemplo@example.org", body: "Bienvenida, Daniela. En Buenos Aires tenemos experiencia con el arresto domiciliario para madres; te escribo por aquí con detalles." },
    ],
  },
  {
    category: "introductions", language: "fr", daysAgo: 12, title: "Bonjour depuis Dakar", countries: ["SN"],
    posts: [
      { by: "aminata.exemple@example.org", body: "Je travaille avec un collectif qui maintient le lien entre les détenues et leurs familles. Nous cherchons des partenaires pour un projet de visites." },
      { by: "claire.exemple@example.org", body: "Bienvenue ! À Lyon, nous avons monté un programme de visites familiales ; je peux partager notre convention avec l’administration." },
    ],
  },
  {
    category: "monitoring", language: "en", daysAgo: 17, title: "A checklist for unannounced visits to police cells", rules: [19, 20, 21],
    posts: [
      { by: MODERATOR, body: "We revised our checklist for **unannounced visits** to police cells where women are held. It covers searches, access to female staff and sanitary products.\n\n1. Who searches women, and where?\n2. Are there female officers on every shift?\n3. Are sanitary products available without asking?\n\nWhat would you add?" },
      { by: "eleanor.example@example.org", body: "Add a question on CCTV in cells and who can view it — privacy during searches is often overlooked." },
      { by: "priya.example@example.org", body: "And whether children are present when mothers are brought in. That happens more than people think.", replyTo: 1 },
      { by: MODERATOR, body: "Both added, thank you. I will post the new version as a resource once the library opens." },
    ],
  },
  {
    category: "monitoring", language: "pt", daysAgo: 9, title: "Visitas de monitorização em São Paulo: o que aprendemos", countries: ["BR"], rules: [25],
    posts: [
      { by: "juliana.exemplo@example.org", body: "Fizemos três visitas a unidades femininas este ano. O maior problema continua a ser a **sobrelotação** e a falta de acompanhamento médico às grávidas." },
      { by: "beatriz.amostra@example.org", body: "Conseguiram entrevistar as mulheres sem a presença de guardas? Essa tem sido a nossa maior dificuldade." },
      { by: "juliana.exemplo@example.org", body: "Em duas das três, sim. Na terceira recusaram e registámos isso no relatório.", replyTo: 2 },
    ],
  },
  {
    category: "health", language: "en", daysAgo: 14, title: "Sanitary products in pre-trial detention: who pays?", rules: [5], countries: ["NG", "UG", "GB"],
    posts: [
      { by: "funmilayo.sample@example.org", body: "Rule 5 says hygiene needs of women must be met, including sanitary towels free of charge. In the facilities we visit, families bring them — or women go without. How is this funded where you work?" },
      { by: "nakato.example@example.org", body: "Same in Kampala. We now deliver a monthly supply through a donor, but that is not sustainable." },
      { by: MEMBER, body: "In England it is provided by the prison service, but women tell us the brands are poor and supply runs out. Worth checking actual availability, not only policy.", replyTo: 1 },
      { by: "funmilayo.sample@example.org", body: "That is a useful point for our monitoring form — thank you, Grace." },
    ],
  },
  {
    category: "health", language: "fr", daysAgo: 8, title: "Tuberculose en détention : dépistage à l’entrée", rules: [6],
    posts: [
      { by: "fatou.fictive@example.org", body: "Dans notre région, le dépistage de la tuberculose à l’admission n’est pas systématique. La règle 6 parle d’un examen de santé complet. Quelqu’un a-t-il un protocole qui fonctionne avec peu de moyens ?" },
      { by: "maria.example@example.org", body: "In Manila we partnered with a local clinic for entry screening. I can share the agreement (in English)." },
    ],
  },
  {
    category: "pregnancy-mothers-children", language: "en", daysAgo: 11, title: "Children living with their mothers: age limits compared", rules: [49, 50, 51, 52],
    posts: [
      { by: REPRESENTATIVE, body: "We are compiling the age limits for children living with their mothers in prison. So far: 3 years in several states, 6 in others, none at all in some. Please add your country's rule and whether it is applied." },
      { by: "thandiwe.example@example.org", body: "South Africa: up to 2 years, extended in exceptional cases. Mother-and-baby units are few." },
      { by: "guadalupe.ejemplo@example.org", body: "México: hasta los 3 años según la ley nacional de ejecución penal, aunque en la práctica varía por estado." },
      { by: "priya.example@example.org", body: "India: up to 6 years, under a Supreme Court ruling." },
      { by: REPRESENTATIVE, body: "Thank you all — I will turn this into a table for everyone." },
    ],
  },
  {
    category: "pregnancy-mothers-children", language: "es", daysAgo: 4, title: "Uso de esposas durante el parto", rules: [24],
    posts: [
      { by: "rosa.muestra@example.org", body: "Recibimos testimonios de mujeres esposadas durante el parto en hospitales públicos. La regla 24 lo prohíbe. ¿Alguien ha logrado un protocolo hospitalario que lo impida?" },
      { by: "tanya.sample@example.org", body: "Several US states passed anti-shackling laws; the hard part is training hospital security. I can share our training outline." },
    ],
  },
  {
    category: "non-custodial", language: "en", daysAgo: 10, title: "Bail for mothers of young children: arguments that worked in court", rules: [57, 58, 64],
    posts: [
      { by: "meena.sample@example.org", body: "We have had success citing rules 57–58 and 64 in bail hearings for mothers of young children. Judges respond to the child's best interests more than to the rules themselves." },
      { by: "lerato.sample@example.org", body: "Our research found the same: social inquiry reports that describe the children's situation changed outcomes in about a third of cases." },
      { by: "sofia.muestra@example.org", body: "¿Podrían compartir un modelo de informe social? Lo adaptaríamos para Argentina.", replyTo: 2 },
    ],
  },
  {
    category: "re-entry", language: "pt", daysAgo: 7, title: "Habitação depois da libertação em Lisboa", countries: ["PT"], rules: [46],
    posts: [
      { by: "ana.exemplo@example.org", body: "A falta de habitação é o primeiro obstáculo. Temos um acordo com duas associações de moradores, mas as vagas são poucas. Que soluções existem noutras cidades?" },
      { by: "camila.ficticia@example.org", body: "No Rio, uma casa de acolhimento gerida por ex-reclusas tem funcionado muito bem." },
    ],
  },
  {
    category: "legal-aid", language: "en", daysAgo: 5, title: "Foreign national women: interpreters at trial", rules: [53], countries: ["TH", "ID"],
    posts: [
      { by: "dewi.sample@example.org", body: "Many of the women we assist are foreign nationals arrested for drug offences. Interpreters are rarely present at first hearings. Has anyone challenged this successfully?" },
      { by: "siriporn.sample@example.org", body: "We brought a complaint to the national human rights commission last year; it led to a guideline, not yet applied everywhere." },
      { by: MEMBER, body: "Rule 53 also covers transfer to the home country — worth raising together with interpretation." },
    ],
  },
  {
    category: "campaigns", language: "fr", daysAgo: 3, title: "Affiches pour la journée du 10 décembre", rules: [1],
    posts: [
      { by: "nadia.fictive@example.org", body: "Nous préparons des affiches pour le 10 décembre. Qui veut les traduire en espagnol et en portugais ?" },
      { by: "carmen.muestra@example.org", body: "Yo me encargo del español." },
      { by: "beatriz.amostra@example.org", body: "E eu do português." },
    ],
  },
  {
    category: "campaigns", language: "en", daysAgo: 1, title: "Paid consultancy for your campaign materials",
    posts: [{ by: "kim.fictional@example.org", body: "I design campaign materials professionally — write to me for rates. (The demo data's flagged post: advertising.)" }],
  },
  // Older threads, spread over the past year, so the admin dashboard's activity charts have a history to show.
  {
    category: "introductions", language: "en", daysAgo: 330, title: "Hello from Kampala: legal aid for girls in detention", countries: ["UG"],
    posts: [
      { by: "nakato.example@example.org", body: "We run a small legal aid clinic for girls and young women held on remand in Kampala. Glad to join." },
      { by: "wanjiru.example@example.org", body: "Welcome, neighbour! We should compare notes on remand reviews." },
    ],
  },
  {
    category: "monitoring", language: "es", daysAgo: 290, title: "Registro de visitas: ¿qué plantilla usan?", rules: [25],
    posts: [
      { by: "daniela.ejemplo@example.org", body: "Estamos revisando nuestra plantilla de registro de visitas. ¿Alguien puede compartir la suya?" },
      { by: "lucia.ejemplo@example.org", body: "La nuestra tiene una sección sobre higiene y otra sobre contacto con los hijos. Te la envío." },
      { by: "carmen.muestra@example.org", body: "Añadiría una pregunta sobre el acceso a la atención de salud mental." },
    ],
  },
  {
    category: "health", language: "pt", daysAgo: 250, title: "Saúde mental nas prisões femininas: recursos em português", rules: [12, 13],
    posts: [
      { by: "juliana.exemplo@example.org", body: "Reuni alguns materiais sobre saúde mental em português. Alguém tem mais para acrescentar?" },
      { by: "juliana.exemplo@example.org", body: "Também há um guia da Pastoral Carcerária que vale a pena ler." },
    ],
  },
  {
    category: "non-custodial", language: "fr", daysAgo: 205, title: "Alternatives à la détention pour les mères : exemples au Sénégal", countries: ["SN"], rules: [57, 64],
    posts: [
      { by: "aminata.exemple@example.org", body: "À Dakar, un juge a accepté un contrôle judiciaire pour une mère de trois enfants. Voici nos arguments." },
      { by: "eleanor.example@example.org", body: "Very useful — may we translate this for our briefing in London?" },
    ],
  },
  {
    category: "re-entry", language: "en", daysAgo: 160, title: "Finding work after release: what helped", rules: [46],
    posts: [
      { by: "eleanor.example@example.org", body: "Our mentoring scheme pairs women with employers before release. Three things made the difference…" },
      { by: "malee.example@example.org", body: "In Bangkok we found that vocational training inside only works with a job offer waiting outside." },
      { by: "meena.sample@example.org", body: "Same in Delhi. Employers' fears drop after one good placement." },
    ],
  },
  {
    category: "legal-aid", language: "en", daysAgo: 115, title: "Pre-trial detention statistics by country: sources", rules: [56],
    posts: [
      { by: "priya.example@example.org", body: "Where do you find reliable figures on women in pre-trial detention? The official ones are years old here." },
      { by: "funmilayo.sample@example.org", body: "We ask the prison service every quarter under the freedom of information law." },
    ],
  },
  {
    category: "campaigns", language: "es", daysAgo: 75, title: "Campaña por las madres presas: materiales compartidos", rules: [2, 3],
    posts: [
      { by: "carmen.muestra@example.org", body: "Hemos preparado carteles y un vídeo corto. Podéis adaptarlos libremente." },
      { by: "daniela.ejemplo@example.org", body: "¡Gracias! Los usaremos en Bogotá en marzo." },
    ],
  },
  {
    category: "pregnancy-mothers-children", language: "fr", daysAgo: 45, title: "Suivi prénatal en détention : vos expériences", rules: [48],
    posts: [
      { by: "aminata.exemple@example.org", body: "Comment obtenez-vous un suivi prénatal régulier pour les femmes détenues ?" },
      { by: "nakato.example@example.org", body: "In Uganda a visiting midwife comes monthly, thanks to an agreement with the district hospital." },
    ],
  },
];

/** Which posts get which reactions, by thread index and post number. */
const DEMO_REACTIONS: Array<[thread: number, number: number, by: string, kind: "THANKS" | "AGREE" | "INSIGHTFUL" | "SUPPORT"]> = [
  [0, 1, MEMBER, "THANKS"], [0, 1, "wanjiru.example@example.org", "SUPPORT"], [5, 1, MEMBER, "INSIGHTFUL"], [5, 2, MODERATOR, "AGREE"],
  [7, 1, "nakato.example@example.org", "AGREE"], [7, 3, "funmilayo.sample@example.org", "THANKS"], [9, 1, MEMBER, "SUPPORT"], [11, 2, "meena.sample@example.org", "INSIGHTFUL"],
];

type Tx = Prisma.TransactionClient;

export async function seedDemoBoard(tx: Tx, userId: (email: string) => string): Promise<{ threads: number; posts: number }> {
  const categories = new Map((await tx.boardCategory.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]));
  const now = Date.now();
  const postIds: string[][] = [];
  let posts = 0;
  for (const [index, thread] of DEMO_THREADS.entries()) {
    const start = now - thread.daysAgo * 86_400_000;
    const at = (number: number) => new Date(start + (number - 1) * 3 * 3_600_000);
    const last = thread.posts.length;
    const created = await tx.boardThread.create({
      data: {
        categoryId: categories.get(thread.category)!,
        authorId: userId(thread.posts[0]!.by),
        title: thread.title,
        slug: threadSlug(thread.title),
        language: thread.language,
        lastPostNumber: last,
        replyCount: last - 1,
        lastPostedAt: at(last),
        lastPosterId: userId(thread.posts[last - 1]!.by),
        pinnedAt: thread.pinned ? at(1) : null,
        createdAt: at(1),
        rules: thread.rules?.length ? { createMany: { data: thread.rules.map((ruleNumber) => ({ ruleNumber })) } } : undefined,
        countries: thread.countries?.length ? { createMany: { data: thread.countries.map((countryCode) => ({ countryCode })) } } : undefined,
        posts: {
          createMany: {
            data: thread.posts.map((post, offset) => ({
              number: offset + 1,
              authorId: userId(post.by),
              replyToNumber: post.replyTo ?? null,
              source: post.body,
              cooked: cookMarkdown(post.body).html,
              language: thread.language,
              searchText: searchDocument([offset === 0 ? thread.title : null, post.body]),
              createdAt: at(offset + 1),
            })),
          },
        },
        states: { create: { userId: userId(thread.posts[0]!.by), lastReadNumber: last, watchLevel: "WATCHING", lastVisitedAt: at(last) } },
      },
      select: { id: true, posts: { select: { id: true, number: true }, orderBy: { number: "asc" } } },
    });
    postIds.push(created.posts.map((post) => post.id));
    posts += last;
    // The demo member has read the first post of some threads (so they show as unread), all of others.
    if (index % 3 === 0 && thread.posts[0]!.by !== MEMBER) {
      await tx.boardThreadState.create({ data: { userId: userId(MEMBER), threadId: created.id, lastReadNumber: index % 2 ? last : 1 } });
    }
  }
  for (const [thread, number, by, kind] of DEMO_REACTIONS) {
    const postId = postIds[thread]![number - 1]!;
    await tx.boardReaction.create({ data: { postId, userId: userId(by), kind } });
    await tx.$executeRaw`UPDATE "BoardPost" SET "reactionCounts" = jsonb_set("reactionCounts", ARRAY[${kind}], to_jsonb(coalesce(("reactionCounts"->>${kind})::int, 0) + 1)) WHERE id = ${postId}`;
  }
  const spam = postIds[DEMO_THREADS.length - 1]![0]!;
  await tx.moderationFlag.create({ data: { targetType: "BoardPost", targetId: spam, reporterId: userId(MEMBER), reason: "SPAM", note: "Looks like advertising." } });
  await tx.$executeRaw`
    UPDATE "BoardCategory" c SET "threadCount" = s.threads, "postCount" = s.posts, "lastPostedAt" = s.last
      FROM (SELECT "categoryId", count(*)::int AS threads, sum("lastPostNumber")::int AS posts, max("lastPostedAt") AS last FROM "BoardThread" GROUP BY 1) s
     WHERE s."categoryId" = c.id`;
  return { threads: DEMO_THREADS.length, posts };
}
