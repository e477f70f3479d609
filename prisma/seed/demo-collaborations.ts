// The demo collaboration requests: a dozen fictional requests across continents and kinds, in four languages,
// some for organizations, one shown only to named members, with responses (open, accepted, declined), one in
// progress after an acceptance (its workspace active), one completed with an outcome shared with the network, one past its deadline.
// Written like the app writes them (cooked Markdown, folded text, match tokens, kept counters), in the demo
// seed's transaction.
import type { CollaborationKind, CollaborationResponseStatus, CollaborationStatus, Prisma } from "@/lib/generated/prisma/client";
import { requestTokens, WORKSPACE_SUBJECT } from "@/lib/collaborations/format";
import { cookMarkdown } from "@/lib/markdown/cook";
import { searchDocument } from "@/lib/search/text";

type Tx = Prisma.TransactionClient;

type DemoResponse = { by: string; body: string; status?: CollaborationResponseStatus; message?: string; organization?: string };
type DemoRequest = {
  by: string;
  organization?: string;
  kind: CollaborationKind;
  title: string;
  body: string;
  needs: string;
  countries: string[];
  rules?: number[];
  languages: string[];
  daysAgo: number;
  /** Days from today (negative: past). */
  deadlineIn?: number;
  wanted?: number;
  status?: CollaborationStatus;
  outcome?: { text: string; shared: boolean };
  named?: string[];
  responses?: DemoResponse[];
  /** What the author side and the accepted collaborators wrote in the request's workspace. */
  workspace?: Array<{ by: string; body: string }>;
};

const MEMBER = "demo-member@example.org";
const REPRESENTATIVE = "demo-representative@example.org";

export const DEMO_REQUESTS: DemoRequest[] = [
  {
    by: "wanjiru.example@example.org", organization: "demo-ke-reentry", kind: "MONITORING_VISIT", countries: ["KE", "UG"], rules: [19, 20, 21, 25], languages: ["en", "sw"], daysAgo: 3, deadlineIn: 40, wanted: 2,
    title: "Partner experienced in monitoring visits to women's prisons in Kenya",
    body: "We are planning our first **independent monitoring visits** to two women's prisons near Nairobi. We are looking for a partner organization that has done this before and can help us prepare:\n\n- a checklist based on the Bangkok Rules,\n- how to interview women in private,\n- how to report without putting anyone at risk.",
    needs: "A partner with experience of monitoring visits, for two video calls and a review of our checklist. Swahili is a plus.",
    responses: [
      { by: "eleanor.example@example.org", organization: "demo-gb-trust", body: "We have run unannounced visits in England for ten years and would be glad to review your checklist. We can share our **interview protocol** too." },
      { by: MEMBER, body: "I am not an organization, but I have done visits with a monitoring body and could join one of your calls." },
    ],
  },
  {
    by: "juliana.exemplo@example.org", organization: "demo-br-coletivo", kind: "OFFERING_HELP", countries: ["BR", "AR", "CO"], rules: [1, 2, 3], languages: ["pt", "es"], daysAgo: 12, wanted: 3, status: "IN_PROGRESS",
    title: "Oferecemos formação sobre as Regras de Bangkok para equipes de defensoria",
    body: "O nosso coletivo preparou uma **formação de dois dias** sobre as Regras de Bangkok para defensoras públicas e equipes técnicas. Podemos adaptá-la e dá-la online em português ou espanhol.",
    needs: "Organizações que queiram acolher a formação e reunir 15 a 25 participantes.",
    responses: [
      { by: "valentina.ejemplo@example.org", organization: "demo-ar-asociacion", status: "ACCEPTED", message: "Que ótimo! Vamos combinar as datas.", body: "Desde Buenos Aires nos interesa mucho: podemos reunir a defensoras de tres provincias." },
      { by: "daniela.ejemplo@example.org", body: "En Bogotá también nos interesaría, quizás para el segundo semestre." },
    ],
    workspace: [
      { by: "juliana.exemplo@example.org", body: "Bem-vindas! Proponho duas datas em março: **dias 10 e 11** ou **17 e 18**. Qual vos convém?" },
      { by: "valentina.ejemplo@example.org", body: "El 17 y 18 nos viene mejor. Ya tenemos 19 defensoras inscritas." },
      { by: "juliana.exemplo@example.org", body: "Perfeito, fica 17 e 18. Envio o programa e os materiais na próxima semana." },
    ],
  },
  {
    by: "priya.example@example.org", organization: "demo-in-forum", kind: "RESEARCH", countries: ["IN", "NP"], rules: [48, 49, 50, 51, 52], languages: ["en", "hi"], daysAgo: 6, deadlineIn: 60, wanted: 2,
    title: "Co-authors for a report on pregnant women in custody",
    body: "We are writing a report on the situation of **pregnant women and new mothers** in custody in India and Nepal, with a chapter comparing practice in other countries. We are looking for co-authors who can write that chapter.",
    needs: "Two researchers or practitioners who can write 3,000 words each on their country, by the end of next quarter.",
    responses: [{ by: "camila.ficticia@example.org", organization: "demo-br-instituto", body: "Podemos escrever sobre o Brasil: temos dados recentes sobre gestantes no sistema prisional." }],
  },
  {
    by: "lucia.ejemplo@example.org", organization: "demo-es-colectivo", kind: "JOINT_PROJECT", countries: ["ES", "PT"], rules: [53, 54], languages: ["es", "pt"], daysAgo: 9, deadlineIn: 25,
    title: "Proyecto conjunto: acompañar a mujeres extranjeras al salir de prisión",
    body: "Queremos montar con una organización de Portugal un **itinerario de acompañamiento** para mujeres extranjeras que salen de prisión: papeles, vivienda y empleo.",
    needs: "Una organización aliada en Portugal y una persona de contacto para una reunión al mes.",
  },
  {
    by: "aminata.exemple@example.org", organization: "demo-sn-collectif", kind: "MONITORING_VISIT", countries: ["SN", "ML"], rules: [26, 28], languages: ["fr", "wo"], daysAgo: 15, deadlineIn: 20,
    title: "Visites familiales : qui a une convention avec l’administration pénitentiaire ?",
    body: "Nous voulons organiser des **visites régulières des enfants** à leurs mères détenues. Avant de négocier une convention, nous cherchons des partenaires qui en ont déjà une.",
    needs: "Un exemple de convention et un échange d’une heure.",
    responses: [{ by: "claire.exemple@example.org", organization: "demo-fr-association", status: "DECLINED", message: "Merci ! Nous cherchons un partenaire en Afrique de l’Ouest d’abord ; restons en contact.", body: "Notre convention avec l’administration française pourrait vous servir de modèle." }],
  },
  {
    by: "malee.example@example.org", organization: "demo-th-foundation", kind: "TRAINING", countries: ["TH", "PH", "KH"], rules: [29, 30, 31, 32, 33], languages: ["en", "th"], daysAgo: 80, status: "COMPLETED",
    outcome: { text: "Three training days for 60 prison staff in Bangkok, Manila and Phnom Penh; the training manual is now used by two prison academies.", shared: true },
    title: "Training prison staff in South-East Asia on the Bangkok Rules",
    body: "A regional training for prison staff on **gender-sensitive practice**, with partners in the Philippines and Cambodia.",
    needs: "Co-trainers in Manila and Phnom Penh.",
    responses: [{ by: "maria.example@example.org", organization: "demo-ph-health", status: "ACCEPTED", body: "We can co-train in Manila and bring our health module." }],
  },
  {
    by: REPRESENTATIVE, organization: "demo-us-coalition", kind: "ADVOCACY_CAMPAIGN", countries: ["US", "CA"], rules: [2, 3, 52], languages: ["en"], daysAgo: 2, deadlineIn: 45, wanted: 4,
    title: "Campaign for alternatives to prison for mothers of young children",
    body: "We are building a **joint campaign** in the United States and Canada for non-custodial sentences for mothers of young children, with the Bangkok Rules as our framework.",
    needs: "Organizations to co-sign, share stories (with consent) and join two campaign calls.",
    responses: [{ by: MEMBER, body: "The Demo Trust can share its briefings for sentencers: happy to help." }],
  },
  {
    by: "funmilayo.sample@example.org", organization: "demo-ng-health", kind: "FUNDING_PARTNERSHIP", countries: ["NG", "UG"], rules: [5], languages: ["en"], daysAgo: 20, deadlineIn: 15,
    title: "Funding partner for sanitary products in pre-trial detention",
    body: "Rule 5 says sanitary products must be free. In the facilities we visit, families bring them — or women go without. We look for a **funding partner** for a two-year supply programme.",
    needs: "A funder or a partner used to joint applications.",
  },
  {
    by: "carmen.muestra@example.org", organization: "demo-es-observatorio", kind: "RESEARCH", countries: ["ES"], rules: [67, 68, 69], languages: ["es"], daysAgo: 45, status: "CANCELLED",
    title: "Encuesta sobre condiciones de vida en módulos de mujeres",
    body: "Queríamos lanzar una **encuesta** en cinco centros penitenciarios. El proyecto se canceló por falta de autorización.",
    needs: "Personas voluntarias para pasar la encuesta.",
  },
  {
    by: "nakato.example@example.org", organization: "demo-ug-girls", kind: "SEEKING_PARTNER", countries: ["UG", "KE"], rules: [36, 37, 38, 39], languages: ["en", "lg"], daysAgo: 40, deadlineIn: -5,
    title: "Partner for schooling girls in detention",
    body: "We look for a partner with experience of **education inside** for girls in detention.",
    needs: "Teaching materials and a mentor for our volunteer teachers.",
  },
  {
    by: "daniela.ejemplo@example.org", kind: "OFFERING_HELP", countries: ["CO", "MX"], rules: [56, 57, 58], languages: ["es"], daysAgo: 4, deadlineIn: 30,
    named: ["valentina.ejemplo@example.org", "guadalupe.ejemplo@example.org", MEMBER],
    title: "Ofrezco revisar casos de prisión preventiva (solo para personas de confianza)",
    body: "Puedo revisar con ustedes **casos de mujeres en prisión preventiva** prolongada y proponer argumentos basados en las Reglas de Bangkok. Lo comparto solo con algunas personas porque los casos son sensibles.",
    needs: "Casos anonimizados y una llamada para comentarlos.",
  },
  {
    by: "eleanor.example@example.org", organization: "demo-gb-trust", kind: "JOINT_PROJECT", countries: ["GB", "IE"], rules: [57, 58, 59, 60, 61, 62], languages: ["en"], daysAgo: 1,
    title: "Joint briefing on community sentences for women",
    body: "We are writing a short **briefing for sentencers** on community sentences for women and look for partners in Ireland to write it with us.",
    needs: "A partner in Ireland with data on sentencing.",
  },
];

export async function seedDemoCollaborations(tx: Tx, userId: (email: string) => string, organizationId: (slug: string) => string): Promise<{ requests: number; responses: number }> {
  const codes = [...new Set(DEMO_REQUESTS.flatMap((request) => request.countries))];
  const places = new Map((await tx.country.findMany({ where: { code: { in: codes } }, select: { code: true, continentCode: true, regionCode: true, subregionCode: true, intermediateRegionCode: true } })).map((row) => [row.code, row]));
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`).getTime();
  let responses = 0;
  for (const request of DEMO_REQUESTS) {
    const createdAt = new Date(Date.now() - request.daysAgo * 86_400_000);
    const orgId = request.organization ? organizationId(request.organization) : null;
    const rules = request.rules ?? [];
    const status = request.status ?? "OPEN";
    const accepted = (request.responses ?? []).filter((response) => response.status === "ACCEPTED").length;
    const standing = (request.responses ?? []).filter((response) => !response.status || response.status === "ACCEPTED").length;
    const created = await tx.collaborationRequest.create({
      select: { id: true },
      data: {
        authorId: userId(request.by),
        organizationId: orgId,
        kind: request.kind,
        title: request.title,
        source: request.body,
        cooked: cookMarkdown(request.body).html,
        needs: request.needs,
        languages: request.languages,
        deadline: request.deadlineIn === undefined ? null : new Date(today + request.deadlineIn * 86_400_000),
        collaboratorsWanted: request.wanted ?? 1,
        visibility: request.named ? "NAMED" : "NETWORK",
        status,
        outcome: request.outcome?.text ?? null,
        outcomeShared: request.outcome?.shared ?? false,
        closedAt: status === "COMPLETED" || status === "CANCELLED" ? new Date(createdAt.getTime() + 30 * 86_400_000) : null,
        responseCount: standing,
        acceptedCount: accepted,
        searchText: searchDocument([request.title, request.body, request.needs]),
        matchTokens: requestTokens({ kind: request.kind, countries: request.countries.map((code) => places.get(code)!), ruleNumbers: rules, languages: request.languages, organizationId: orgId }),
        createdAt,
        countries: { createMany: { data: request.countries.map((countryCode) => ({ countryCode })) } },
        rules: rules.length ? { createMany: { data: rules.map((ruleNumber) => ({ ruleNumber })) } } : undefined,
        members: request.named ? { createMany: { data: request.named.map((email) => ({ userId: userId(email) })) } } : undefined,
        responses: request.responses?.length
          ? {
              createMany: {
                data: request.responses.map((response, index) => ({
                  responderId: userId(response.by),
                  organizationId: response.organization ? organizationId(response.organization) : null,
                  source: response.body,
                  cooked: cookMarkdown(response.body).html,
                  status: response.status ?? "OPEN",
                  decisionMessage: response.message ?? null,
                  decidedAt: response.status ? new Date(createdAt.getTime() + (index + 2) * 86_400_000) : null,
                  decidedById: response.status ? userId(request.by) : null,
                  createdAt: new Date(createdAt.getTime() + (index + 1) * 86_400_000),
                })),
              },
            }
          : undefined,
      },
    });
    responses += request.responses?.length ?? 0;
    const collaborators = (request.responses ?? []).filter((response) => response.status === "ACCEPTED").map((response) => userId(response.by));
    if (collaborators.length) await seedWorkspace(tx, { id: created.id, title: request.title, authorId: userId(request.by), createdAt, status, collaborators, messages: (request.workspace ?? []).map((message) => ({ authorId: userId(message.by), body: message.body })) });
  }
  return { requests: DEMO_REQUESTS.length, responses };
}

/** A request's workspace as accepting opens it: its timeline says so, then what was written, then a closing. */
async function seedWorkspace(tx: Tx, request: { id: string; title: string; authorId: string; createdAt: Date; status: CollaborationStatus; collaborators: string[]; messages: Array<{ authorId: string; body: string }> }) {
  const opened = new Date(request.createdAt.getTime() + 2 * 86_400_000);
  const at = (number: number) => new Date(opened.getTime() + (number - 1) * 3 * 3_600_000);
  const timeline: Prisma.ConversationMessageCreateManyConversationInput[] = [
    { number: 1, kind: "SYSTEM", payload: { type: "created", actorId: request.authorId }, createdAt: at(1) },
    ...request.messages.map((message, index) => ({ number: index + 2, authorId: message.authorId, source: message.body, cooked: cookMarkdown(message.body).html, createdAt: at(index + 2) })),
  ];
  if (request.status === "COMPLETED" || request.status === "CANCELLED") {
    timeline.push({ number: timeline.length + 1, kind: "SYSTEM", payload: { type: "status", actorId: request.authorId, status: request.status }, createdAt: at(timeline.length + 1) });
  }
  const last = timeline.length;
  await tx.conversation.create({
    data: {
      kind: "WORKSPACE",
      title: request.title,
      subjectType: WORKSPACE_SUBJECT,
      subjectId: request.id,
      creatorId: request.authorId,
      lastMessageNumber: last,
      lastMessageAt: at(last),
      createdAt: at(1),
      participants: { createMany: { data: [request.authorId, ...request.collaborators].map((userId) => ({ userId, joinedAt: at(1), addedById: userId === request.authorId ? null : request.authorId, lastReadNumber: last })) } },
      messages: { createMany: { data: timeline } },
    },
  });
}
