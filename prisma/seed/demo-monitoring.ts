// Demo monitoring reports (issue 15): a handful of fictional places of detention in five countries and six
// reports in English, Spanish and French — one a follow-up visit that gives each earlier recommendation a status
// — with enough findings that the rules × countries matrix, a place's history and the PDF are worth looking at.
// Written as the app writes them (cooked Markdown, folded search text, the findings' copied columns), in the
// demo seed's transaction.
import type { FindingAssessment, Prisma, DetentionPlaceType, RecommendationFollowUp } from "@/lib/generated/prisma/client";
import { cookMarkdown } from "@/lib/markdown/cook";
import { placeSearchText } from "@/lib/places/format";

type Tx = Prisma.TransactionClient;

type DemoPlace = { key: string; countryCode: string; name: string; type: DetentionPlaceType; locality: string; authority: string; capacity?: number; womenHeld?: number; figuresSource?: string; figuresDate?: string; by: string };

const PLACES: DemoPlace[] = [
  { key: "ke-prison", countryCode: "KE", name: "Demo Women's Prison, Nairobi", type: "PRISON", locality: "Nairobi", authority: "Kenya Prisons Service", capacity: 500, womenHeld: 740, figuresSource: "Prison administration, at the visit", figuresDate: "2025-05-12", by: "wanjiru.example@example.org" },
  { key: "ke-cells", countryCode: "KE", name: "Police cells, central station (demo)", type: "POLICE_CUSTODY", locality: "Nairobi", authority: "National Police Service", by: "wanjiru.example@example.org" },
  { key: "ar-unidad", countryCode: "AR", name: "Unidad demo de mujeres Río Claro", type: "PRE_TRIAL", locality: "Buenos Aires", authority: "Servicio Penitenciario Federal", capacity: 280, womenHeld: 310, figuresSource: "Procuración penitenciaria (ficticia)", figuresDate: "2025-11-01", by: "valentina.ejemplo@example.org" },
  { key: "es-centro", countryCode: "ES", name: "Centro penitenciario demo Sierra Alta, módulo de mujeres", type: "PRISON", locality: "Madrid", authority: "Secretaría General de Instituciones Penitenciarias", capacity: 160, womenHeld: 142, by: "lucia.ejemplo@example.org" },
  { key: "fr-maison", countryCode: "FR", name: "Maison d'arrêt démo de Valrose, quartier femmes", type: "PRE_TRIAL", locality: "Lyon", authority: "Direction de l'administration pénitentiaire", capacity: 90, womenHeld: 118, figuresSource: "Greffe de l'établissement", figuresDate: "2026-02-15", by: "claire.exemple@example.org" },
  { key: "sn-centre", countryCode: "SN", name: "Centre de rétention démo du port", type: "IMMIGRATION", locality: "Dakar", authority: "Direction de la police de l'air et des frontières", by: "aminata.exemple@example.org" },
];

type DemoFinding = [rule: number, assessment: FindingAssessment, observations: string];
type DemoRecommendation = { text: string; authority: string; priority: "HIGH" | "MEDIUM" | "LOW"; rule?: number; carried?: number; followUp?: RecommendationFollowUp; note?: string };
type DemoReport = {
  key: string;
  place: string;
  by: string;
  reviewer: string;
  organization?: string;
  language: "en" | "es" | "fr";
  title: string;
  visit: [string, string];
  announcement: "ANNOUNCED" | "UNANNOUNCED";
  interviews: string;
  areas: string;
  summary: string;
  findings: DemoFinding[];
  recommendations: DemoRecommendation[];
  followUpOf?: string;
  visibility?: "NETWORK" | "ORGANIZATION";
};

const REPORTS: DemoReport[] = [
  {
    key: "ke-2025", place: "ke-prison", by: "wanjiru.example@example.org", reviewer: "nakato.example@example.org", organization: "demo-ke-reentry", language: "en",
    title: "Visit to the women's prison in Nairobi, May 2025", visit: ["2025-05-12", "2025-05-13"], announcement: "UNANNOUNCED",
    interviews: "Private interviews with 18 women (6 in pre-trial detention, 3 pregnant, 2 with children), the officer in charge, two nurses and the welfare officer.",
    areas: "Admission block, three dormitories, the mother-and-baby unit, the clinic, kitchen, showers and the visiting area.",
    summary: "The prison holds **nearly 50% more women than its capacity**. Sanitary products are not supplied regularly, health screening on entry is incomplete, and the mother-and-baby unit lacks a paediatric service. Staff were cooperative and searches are carried out by women officers.",
    findings: [
      [2, "PARTLY_COMPLIES", "Women can contact their families on admission, but arrangements for their children are not recorded."],
      [3, "DOES_NOT_COMPLY", "The register does not record the number and ages of children."],
      [5, "DOES_NOT_COMPLY", "Sanitary towels are handed out irregularly; water in the showers is cut off in the evening."],
      [6, "PARTLY_COMPLIES", "A nurse sees new arrivals, but there is no screening for sexual abuse or mental health needs."],
      [10, "PARTLY_COMPLIES", "Gender-specific care is available two days a week."],
      [12, "DOES_NOT_COMPLY", "No psychologist; women with mental health needs are held in the general dormitories."],
      [19, "COMPLIES", "Searches are carried out by women officers in a private room."],
      [22, "COMPLIES", "No close confinement of pregnant women or mothers was observed."],
      [26, "PARTLY_COMPLIES", "Visits are allowed but families travel far; no extra visiting time for mothers."],
      [42, "PARTLY_COMPLIES", "A tailoring workshop exists; no activities adapted to pregnant women."],
      [48, "DOES_NOT_COMPLY", "Pregnant women receive no extra food; no antenatal classes."],
      [51, "DOES_NOT_COMPLY", "Children living with their mothers have no access to a paediatrician."],
    ],
    recommendations: [
      { text: "Supply sanitary products free of charge every month and keep water available in the showers at all hours.", authority: "Kenya Prisons Service", priority: "HIGH", rule: 5 },
      { text: "Introduce a full health screening on entry, including mental health and experience of sexual abuse.", authority: "Ministry of Health", priority: "HIGH", rule: 6 },
      { text: "Provide a paediatric service for children living with their mothers.", authority: "County health department", priority: "MEDIUM", rule: 51 },
      { text: "Record the number and ages of children of every woman admitted.", authority: "Officer in charge", priority: "LOW", rule: 3 },
    ],
  },
  {
    key: "ke-2026", place: "ke-prison", by: "nakato.example@example.org", reviewer: "wanjiru.example@example.org", organization: "demo-ke-reentry", language: "en", followUpOf: "ke-2025",
    title: "Follow-up visit to the women's prison in Nairobi, May 2026", visit: ["2026-05-18", "2026-05-18"], announcement: "ANNOUNCED",
    interviews: "Private interviews with 12 women and the new officer in charge.",
    areas: "Dormitories, the clinic, the mother-and-baby unit and the showers.",
    summary: "Some progress since our visit a year ago: sanitary products are now supplied monthly, and a visiting paediatrician comes every two weeks. Screening on entry is still incomplete.",
    findings: [
      [5, "PARTLY_COMPLIES", "Monthly supply of sanitary towels since January; water is still cut off at night."],
      [6, "PARTLY_COMPLIES", "No change in screening on entry."],
      [12, "DOES_NOT_COMPLY", "Still no psychologist."],
      [48, "PARTLY_COMPLIES", "Pregnant women now receive milk and fruit; no antenatal classes yet."],
      [51, "PARTLY_COMPLIES", "A paediatrician visits every two weeks."],
    ],
    recommendations: [
      { text: "Supply sanitary products free of charge every month and keep water available in the showers at all hours.", authority: "Kenya Prisons Service", priority: "HIGH", rule: 5, carried: 1, followUp: "PARTLY_IMPLEMENTED", note: "Products supplied monthly; water still cut off at night." },
      { text: "Introduce a full health screening on entry, including mental health and experience of sexual abuse.", authority: "Ministry of Health", priority: "HIGH", rule: 6, carried: 2, followUp: "NOT_IMPLEMENTED" },
      { text: "Provide a paediatric service for children living with their mothers.", authority: "County health department", priority: "MEDIUM", rule: 51, carried: 3, followUp: "IMPLEMENTED", note: "A paediatrician visits every two weeks." },
      { text: "Record the number and ages of children of every woman admitted.", authority: "Officer in charge", priority: "LOW", rule: 3, carried: 4, followUp: "NO_INFORMATION" },
      { text: "Recruit a psychologist for the women's prison.", authority: "Kenya Prisons Service", priority: "HIGH", rule: 12 },
    ],
  },
  {
    key: "ar-2025", place: "ar-unidad", by: "valentina.ejemplo@example.org", reviewer: "camila.ficticia@example.org", organization: "demo-ar-asociacion", language: "es",
    title: "Visita a la unidad de mujeres Río Claro, noviembre de 2025", visit: ["2025-11-04", "2025-11-05"], announcement: "UNANNOUNCED",
    interviews: "Entrevistas privadas con 15 mujeres en prisión preventiva, la directora y el equipo de salud.",
    areas: "Pabellones 1 a 4, enfermería, sector de madres, patio y sala de visitas.",
    summary: "La unidad está **sobrepoblada** y la mayoría de las mujeres espera juicio. Las requisas se hacen con personal femenino, pero las visitas íntimas se restringen sin motivo. Faltan alternativas a la prisión preventiva para madres.",
    findings: [
      [2, "COMPLIES", "Las mujeres pueden llamar a su familia al ingresar."],
      [5, "PARTLY_COMPLIES", "Hay productos de higiene, pero no alcanzan para todo el mes."],
      [6, "PARTLY_COMPLIES", "Revisión médica al ingreso sin evaluación de salud mental."],
      [19, "COMPLIES", "Requisas a cargo de personal femenino."],
      [20, "DOES_NOT_COMPLY", "No hay escáneres: las requisas corporales siguen siendo invasivas."],
      [26, "PARTLY_COMPLIES", "Visitas dos veces por semana; las familias del interior casi no pueden venir."],
      [27, "DOES_NOT_COMPLY", "Las visitas íntimas se restringen sin criterio claro."],
      [57, "DOES_NOT_COMPLY", "No se proponen medidas no privativas de la libertad para madres."],
      [58, "DOES_NOT_COMPLY", "Nueve de las quince mujeres entrevistadas son madres de niños pequeños en prisión preventiva."],
      [64, "DOES_NOT_COMPLY", "Ninguna embarazada accedió a prisión domiciliaria."],
    ],
    recommendations: [
      { text: "Aplicar la prisión domiciliaria a embarazadas y madres de niños pequeños, como exige la regla 64.", authority: "Poder Judicial de la Nación", priority: "HIGH", rule: 64 },
      { text: "Instalar escáneres para reemplazar las requisas corporales invasivas.", authority: "Servicio Penitenciario Federal", priority: "MEDIUM", rule: 20 },
      { text: "Publicar criterios claros para las visitas íntimas.", authority: "Dirección de la unidad", priority: "LOW", rule: 27 },
    ],
  },
  {
    key: "es-2026", place: "es-centro", by: "lucia.ejemplo@example.org", reviewer: "carmen.muestra@example.org", organization: "demo-es-colectivo", language: "es", visibility: "ORGANIZATION",
    title: "Visita al módulo de mujeres de Sierra Alta, enero de 2026", visit: ["2026-01-20", "2026-01-20"], announcement: "ANNOUNCED",
    interviews: "Entrevistas con 10 mujeres extranjeras y con la trabajadora social.",
    areas: "Módulo de mujeres, sala de visitas y locutorios.",
    summary: "Las mujeres extranjeras tienen dificultades para comunicarse con sus familias y con sus consulados; faltan intérpretes.",
    findings: [
      [2, "PARTLY_COMPLIES", "La información de ingreso solo está en español."],
      [26, "PARTLY_COMPLIES", "Las videollamadas existen pero se limitan a diez minutos."],
      [53, "DOES_NOT_COMPLY", "Ninguna mujer recibió información sobre el traslado a su país."],
      [54, "PARTLY_COMPLIES", "Hay clases de español; no hay intérpretes en la enfermería."],
    ],
    recommendations: [{ text: "Contratar intérpretes para la enfermería y las entrevistas con la dirección.", authority: "Secretaría General de Instituciones Penitenciarias", priority: "HIGH", rule: 54 }],
  },
  {
    key: "fr-2026", place: "fr-maison", by: "claire.exemple@example.org", reviewer: "aminata.exemple@example.org", organization: "demo-fr-association", language: "fr",
    title: "Visite du quartier femmes de la maison d'arrêt de Valrose, février 2026", visit: ["2026-02-16", "2026-02-17"], announcement: "UNANNOUNCED",
    interviews: "Entretiens confidentiels avec 14 femmes détenues, la cheffe de détention, le médecin de l'unité sanitaire et deux surveillantes.",
    areas: "Cellules, douches, unité sanitaire, parloirs, cour de promenade et quartier disciplinaire.",
    summary: "Le quartier femmes est **surpeuplé** (118 femmes pour 90 places) : des matelas au sol dans six cellules. L'accès aux soins gynécologiques est satisfaisant ; la préparation à la sortie est quasi inexistante.",
    findings: [
      [4, "DOES_NOT_COMPLY", "La plupart des femmes sont détenues loin de leur domicile et de leurs enfants."],
      [5, "PARTLY_COMPLIES", "Protections périodiques fournies, en quantité insuffisante."],
      [10, "COMPLIES", "Consultations gynécologiques hebdomadaires."],
      [12, "PARTLY_COMPLIES", "Un psychiatre vient une fois par semaine ; la liste d'attente est longue."],
      [16, "PARTLY_COMPLIES", "Un repérage du risque suicidaire existe à l'arrivée."],
      [23, "DOES_NOT_COMPLY", "Les sanctions disciplinaires privent de parloir famille."],
      [26, "PARTLY_COMPLIES", "Parloirs trois fois par semaine ; pas d'unité de vie familiale."],
      [40, "DOES_NOT_COMPLY", "Aucun classement tenant compte des besoins propres aux femmes."],
      [45, "DOES_NOT_COMPLY", "Pas de permission de sortir pour préparer la libération."],
      [46, "DOES_NOT_COMPLY", "Aucun partenariat avec des structures d'hébergement à la sortie."],
      [60, "NOT_ASSESSED", "Non observé lors de cette visite."],
    ],
    recommendations: [
      { text: "Mettre fin aux matelas au sol en réduisant le nombre de femmes détenues au quartier.", authority: "Direction interrégionale des services pénitentiaires", priority: "HIGH", rule: 4 },
      { text: "Ne jamais priver une mère de parloir familial à titre de sanction.", authority: "Cheffe d'établissement", priority: "HIGH", rule: 23 },
      { text: "Organiser la préparation à la sortie avec les structures d'hébergement de la ville.", authority: "Service pénitentiaire d'insertion et de probation", priority: "MEDIUM", rule: 46 },
    ],
  },
  {
    key: "sn-2026", place: "sn-centre", by: "aminata.exemple@example.org", reviewer: "claire.exemple@example.org", organization: "demo-sn-collectif", language: "fr",
    title: "Visite du centre de rétention du port, mars 2026", visit: ["2026-03-09", "2026-03-09"], announcement: "ANNOUNCED",
    interviews: "Entretiens avec 7 femmes retenues et le commandant du centre.",
    areas: "Salle de rétention des femmes, sanitaires, infirmerie.",
    summary: "Les femmes retenues n'ont pas d'espace séparé la nuit ni d'accès à un avocat.",
    findings: [
      [2, "DOES_NOT_COMPLY", "Aucune information sur leurs droits à l'arrivée."],
      [5, "DOES_NOT_COMPLY", "Sanitaires partagés avec les hommes."],
      [53, "PARTLY_COMPLIES", "Contact avec le consulat possible sur demande."],
      [66, "DOES_NOT_COMPLY", "Aucune évaluation des victimes de traite."],
    ],
    recommendations: [{ text: "Aménager des sanitaires et un espace de nuit réservés aux femmes.", authority: "Direction de la police de l'air et des frontières", priority: "HIGH", rule: 5 }],
  },
];

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** The demo places and reports; `userId`/`organizationId` resolve the demo seed's people and organizations. */
export async function seedDemoMonitoring(tx: Tx, userId: (email: string) => string, organizationId: (slug: string) => string): Promise<{ places: number; reports: number }> {
  const placeIds = new Map<string, { id: string; countryCode: string; type: DetentionPlaceType }>();
  for (const place of PLACES) {
    const { key, by, figuresDate, ...columns } = place;
    const created = await tx.detentionPlace.create({
      data: { ...columns, figuresDate: figuresDate ? day(figuresDate) : null, searchText: placeSearchText({ name: place.name, locality: place.locality, authority: place.authority }), createdById: userId(by) },
      select: { id: true, countryCode: true, type: true },
    });
    placeIds.set(key, created);
  }
  const reportIds = new Map<string, { id: string; recommendations: string[] }>();
  for (const report of REPORTS) {
    const place = placeIds.get(report.place)!;
    const organization = report.organization ? organizationId(report.organization) : null;
    const visibility = report.visibility ?? "NETWORK";
    const publishedAt = new Date(day(report.visit[1]).getTime() + 20 * 86_400_000);
    const earlier = report.followUpOf ? reportIds.get(report.followUpOf)! : null;
    const created = await tx.monitoringReport.create({
      data: {
        placeId: place.id,
        countryCode: place.countryCode,
        authorId: userId(report.by),
        organizationId: organization,
        language: report.language,
        title: report.title,
        visitStartedOn: day(report.visit[0]),
        visitEndedOn: day(report.visit[1]),
        announcement: report.announcement,
        interviewsText: report.interviews,
        areasSeenText: report.areas,
        summarySource: report.summary,
        summaryCooked: cookMarkdown(report.summary).html,
        status: "PUBLISHED",
        visibility,
        revision: 5,
        lastSavedById: userId(report.by),
        followUpOfId: earlier?.id ?? null,
        reviewRequestedAt: publishedAt,
        reviewRequestedById: userId(report.by),
        reviewedById: userId(report.reviewer),
        reviewedAt: publishedAt,
        publishedAt,
        team: { create: { userId: userId(report.reviewer) } },
        findings: {
          createMany: {
            data: report.findings.map(([ruleNumber, assessment, observations]) => ({
              ruleNumber,
              assessment,
              observationsSource: observations,
              observationsCooked: cookMarkdown(observations).html,
              countryCode: place.countryCode,
              placeType: place.type,
              visitStartedOn: day(report.visit[0]),
              organizationId: organization,
              networkVisible: visibility === "NETWORK",
            })),
          },
        },
        recommendations: {
          createMany: {
            data: report.recommendations.map((recommendation, index) => ({
              number: index + 1,
              text: recommendation.text,
              authority: recommendation.authority,
              priority: recommendation.priority,
              ruleNumber: recommendation.rule ?? null,
              carriedFromId: recommendation.carried && earlier ? earlier.recommendations[recommendation.carried - 1]! : null,
              followUp: recommendation.followUp ?? null,
              followUpNote: recommendation.note ?? null,
            })),
          },
        },
      },
      select: { id: true, recommendations: { select: { id: true }, orderBy: { number: "asc" } } },
    });
    reportIds.set(report.key, { id: created.id, recommendations: created.recommendations.map((row) => row.id) });
  }
  return { places: PLACES.length, reports: REPORTS.length };
}
