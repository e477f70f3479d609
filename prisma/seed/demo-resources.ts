// The demo resource library: a few dozen fictional resources across the eight types, in four languages, from
// every continent, tagged with rules, most for organizations, one only for an organization's members, one with
// two versions, one withdrawn, seven with a small real PDF (prisma/seed/demo-pdf.ts, stored as lib/files stores
// files, with the text its extraction job would find); a request that links to one ("referenced in"). Written like
// the app writes them (cooked Markdown, folded text, filter tokens), in the demo seed's transaction.
import { createHash } from "node:crypto";
import type { Prisma, ResourceType } from "@/lib/generated/prisma/client";
import { cookMarkdown } from "@/lib/markdown/cook";
import { resourceSearchDocument, resourceTokens } from "@/lib/resources/format";
import { demoPdf } from "./demo-pdf";

type Tx = Prisma.TransactionClient;

export type DemoResource = {
  by: string;
  organization?: string;
  type: ResourceType;
  title: string;
  summary: string;
  languages: string[];
  countries: string[];
  rules: number[];
  year?: number;
  daysAgo: number;
  /** A link resource's address (every demo link leads to example.org, reserved for examples). */
  link?: string;
  /** A file resource: its name and the text of its one page. */
  pdf?: { name: string; paragraphs: string[] };
  organizationOnly?: boolean;
  withdrawn?: boolean;
  /** An earlier link, kept as version 1. */
  earlierLink?: string;
};

const ex = (path: string) => `https://example.org/${path}`;

export const DEMO_RESOURCES: DemoResource[] = [
  { by: "wanjiru.example@example.org", organization: "demo-ke-reentry", type: "MONITORING_TEMPLATE", title: "Checklist for monitoring visits to women's prisons", summary: "A **checklist** built on the Bangkok Rules for independent visits: hygiene (rule 5), health care (rules 6–18), searches (rules 19–21), contact with families (rule 26).", languages: ["en"], countries: ["KE", "UG"], rules: [5, 6, 19, 20, 21, 26], year: 2024, daysAgo: 2, pdf: { name: "monitoring-checklist.pdf", paragraphs: ["Before the visit: agree on unannounced access, bring female monitors, plan private interviews.", "Hygiene: sanitary towels free of charge, water for personal care of children and women.", "Searches: body searches only by women staff, alternative screening methods such as scans."] } },
  { by: "wanjiru.example@example.org", organization: "demo-ke-reentry", type: "REPORT", title: "Women leaving Lang'ata: a year of reentry support", summary: "What we learnt supporting 120 women in their first year after release in Nairobi: housing, work, and family reunification.", languages: ["en", "sw"], countries: ["KE"], rules: [45, 46, 47], year: 2023, daysAgo: 20, link: ex("ke-reentry/year-report"), earlierLink: ex("ke-reentry/year-report-draft") },
  { by: "priya.example@example.org", organization: "demo-in-forum", type: "RESEARCH", title: "Pregnant women and new mothers in custody in India and Nepal", summary: "A study of 14 prisons: antenatal care, births in custody, and children living with their mothers.", languages: ["en", "hi"], countries: ["IN", "NP"], rules: [48, 49, 50, 51, 52], year: 2024, daysAgo: 5, pdf: { name: "pregnant-women-custody.pdf", paragraphs: ["Antenatal care was available in nine of the fourteen prisons visited; only four offered nutritional supplements.", "Children living with their mothers lacked paediatric care in most facilities.", "Recommendations: non-custodial measures for pregnant women, as rule 64 requires."] } },
  { by: "juliana.exemplo@example.org", organization: "demo-br-coletivo", type: "TRAINING_MATERIAL", title: "Formação sobre as Regras de Bangkok para defensoras públicas", summary: "Material de uma formação de dois dias: apresentações, estudos de caso e exercícios sobre as Regras de Bangkok.", languages: ["pt"], countries: ["BR"], rules: [1, 2, 3, 57, 58], year: 2025, daysAgo: 8, pdf: { name: "formacao-regras-bangkok.pdf", paragraphs: ["Módulo 1: a origem das Regras de Bangkok e a sua relação com as Regras de Nelson Mandela.", "Módulo 2: medidas não privativas de liberdade para mulheres, gestantes e mães.", "Estudo de caso: uma mãe em prisão preventiva e a audiência de custódia."] } },
  { by: "valentina.ejemplo@example.org", organization: "demo-ar-asociacion", type: "LEGAL_BRIEF", title: "Prisión domiciliaria para madres: escrito modelo", summary: "Un escrito modelo para pedir la **prisión domiciliaria** de madres con hijos pequeños, con la jurisprudencia argentina y las Reglas de Bangkok.", languages: ["es"], countries: ["AR"], rules: [57, 58, 64], year: 2024, daysAgo: 11, pdf: { name: "escrito-prision-domiciliaria.pdf", paragraphs: ["Fundamentos: el interés superior del niño y la regla 64 de las Reglas de Bangkok.", "Jurisprudencia: la Corte Suprema reconoció la prisión domiciliaria de madres de hijos menores de cinco años.", "Petitorio: se conceda la detención domiciliaria con monitoreo electrónico."] } },
  { by: "lucia.ejemplo@example.org", organization: "demo-es-colectivo", type: "TOOLKIT", title: "Guía para acompañar a mujeres extranjeras al salir de prisión", summary: "Trámites, vivienda y empleo: una guía paso a paso para acompañantes y voluntarias.", languages: ["es"], countries: ["ES", "PT"], rules: [53, 54], year: 2023, daysAgo: 30, link: ex("es-colectivo/guia-extranjeras") },
  { by: "carmen.muestra@example.org", organization: "demo-es-observatorio", type: "RESEARCH", title: "Observatorio de género y prisión: informe anual", summary: "Cifras y análisis de la situación de las mujeres presas en España: prisión preventiva, salud mental, maternidad.", languages: ["es"], countries: ["ES"], rules: [12, 13, 41], year: 2024, daysAgo: 14, pdf: { name: "informe-anual-observatorio.pdf", paragraphs: ["El 7 % de la población penitenciaria son mujeres; una de cada cuatro está en prisión preventiva.", "La atención de la salud mental es insuficiente en la mayoría de los centros.", "Las cárceles de Madrid y Barcelona concentran los módulos de madres."] } },
  { by: "claire.exemple@example.org", organization: "demo-fr-association", type: "TOOLKIT", title: "Sortir de prison : guide pratique pour les femmes", summary: "Un guide clair pour préparer la sortie : papiers, logement, santé, emploi, et les associations qui peuvent aider.", languages: ["fr"], countries: ["FR"], rules: [45, 46, 47], year: 2024, daysAgo: 6, pdf: { name: "guide-sortie-prison.pdf", paragraphs: ["Avant la sortie : demandez un rendez-vous avec le service pénitentiaire d'insertion et de probation.", "Logement : les centres d'hébergement et de réinsertion sociale accueillent les femmes sortantes.", "Santé : la couverture maladie continue après la libération."] } },
  { by: "aminata.exemple@example.org", organization: "demo-sn-collectif", type: "REPORT", title: "Visites familiales dans les prisons pour femmes au Sénégal", summary: "État des lieux des visites familiales et des conventions avec l’administration pénitentiaire à Dakar et Thiès.", languages: ["fr", "wo"], countries: ["SN"], rules: [26, 28], year: 2022, daysAgo: 40, link: ex("sn-collectif/visites-familiales") },
  { by: "eleanor.example@example.org", organization: "demo-gb-trust", type: "RESEARCH", title: "Alternatives to custody for women: what works", summary: "A review of community sentences and women's centres in England and Wales, with costs and outcomes.", languages: ["en"], countries: ["GB"], rules: [57, 58, 60, 61, 62], year: 2023, daysAgo: 25, link: ex("gb-trust/alternatives-review") },
  { by: "eleanor.example@example.org", organization: "demo-gb-trust", type: "MONITORING_TEMPLATE", title: "Interview protocol for private conversations with women in prison", summary: "How to prepare, open, hold and close a private interview safely, with consent forms.", languages: ["en"], countries: ["GB", "IE"], rules: [25, 35], year: 2024, daysAgo: 4, organizationOnly: true, link: ex("gb-trust/interview-protocol") },
  { by: "funmilayo.sample@example.org", organization: "demo-ng-health", type: "TRAINING_MATERIAL", title: "Health care for women in Nigerian prisons: a training for nurses", summary: "Screening on admission, reproductive health, HIV care and mental health — slides and exercises.", languages: ["en", "yo"], countries: ["NG"], rules: [6, 7, 8, 9, 10, 14, 16], year: 2024, daysAgo: 16, link: ex("ng-health/nurse-training") },
  { by: "nakato.example@example.org", organization: "demo-ug-girls", type: "MEDIA", title: "Voices: girls in detention in Uganda (podcast)", summary: "Six episodes in which young women who were detained as girls tell their stories.", languages: ["en", "lg"], countries: ["UG"], rules: [36, 37, 38, 39], year: 2025, daysAgo: 3, link: ex("ug-girls/voices-podcast") },
  { by: "malee.example@example.org", organization: "demo-th-foundation", type: "REPORT", title: "Drug policy and women in prison in South-East Asia", summary: "How drug laws fill women's prisons in Thailand, the Philippines, Indonesia and Cambodia, and the alternatives.", languages: ["en", "th"], countries: ["TH", "PH", "ID", "KH"], rules: [57, 61], year: 2022, daysAgo: 60, link: ex("th-foundation/drug-policy") },
  { by: "maria.example@example.org", organization: "demo-ph-health", type: "TOOLKIT", title: "Menstrual health kits in detention: how to organize them", summary: "Suppliers, budgets and distribution: a toolkit from our programme in three jails in Manila.", languages: ["en", "tl"], countries: ["PH"], rules: [5], year: 2023, daysAgo: 35, link: ex("ph-health/menstrual-kits") },
  { by: "camila.ficticia@example.org", organization: "demo-br-instituto", type: "RESEARCH", title: "Gestantes no sistema prisional brasileiro: dados de 2024", summary: "Levantamento nacional sobre gestantes e lactantes presas, partos e acesso à prisão domiciliar.", languages: ["pt"], countries: ["BR"], rules: [48, 64], year: 2024, daysAgo: 9, link: ex("br-instituto/gestantes-2024") },
  { by: "demo-representative@example.org", organization: "demo-us-coalition", type: "OTHER", title: "Letter-writing kit for mothers in prison", summary: "Templates and tips to help mothers keep in touch with their children by letter.", languages: ["en", "es"], countries: ["US"], rules: [26], year: 2024, daysAgo: 12, link: ex("us-coalition/letter-kit") },
  { by: "demo-member@example.org", type: "LEGAL_BRIEF", title: "Foreign national women and transfer to their home country", summary: "A short note on prisoner transfer agreements and what rule 53 asks of states.", languages: ["en"], countries: ["GB", "ES"], rules: [53], year: 2021, daysAgo: 50, link: ex("notes/transfer-agreements") },
  { by: "demo-member@example.org", type: "OTHER", title: "Reading list: women, gender and imprisonment", summary: "Books and articles I recommend to new volunteers.", languages: ["en"], countries: [], rules: [], daysAgo: 70, link: ex("notes/reading-list"), withdrawn: true },
  { by: "claire.exemple@example.org", organization: "demo-fr-association", type: "MEDIA", title: "Film : « Dehors », portraits de femmes sortantes", summary: "Un court métrage documentaire de 20 minutes, sous-titré en anglais et en espagnol.", languages: ["fr"], countries: ["FR", "TN"], rules: [46, 47], year: 2023, daysAgo: 45, link: ex("fr-association/dehors") },
  { by: "aminata.exemple@example.org", organization: "demo-sn-collectif", type: "TRAINING_MATERIAL", title: "Former les surveillantes aux Règles de Bangkok", summary: "Un module d’une journée pour le personnel pénitentiaire féminin : fouilles, santé, enfants.", languages: ["fr"], countries: ["SN", "ML"], rules: [19, 20, 29, 30, 31, 32, 33], year: 2024, daysAgo: 18, link: ex("sn-collectif/formation-surveillantes") },
  { by: "juliana.exemplo@example.org", organization: "demo-br-coletivo", type: "MONITORING_TEMPLATE", title: "Roteiro de inspeção de unidades femininas", summary: "Roteiro para inspeções por conselhos da comunidade: estrutura, saúde, visitas e trabalho.", languages: ["pt"], countries: ["BR"], rules: [5, 6, 26, 42], year: 2022, daysAgo: 80, link: ex("br-coletivo/roteiro-inspecao") },
  { by: "priya.example@example.org", organization: "demo-in-forum", type: "LEGAL_BRIEF", title: "Bail for undertrial women: a practitioners' note", summary: "Arguments and case law for bail applications for women awaiting trial, citing rules 57 and 58.", languages: ["en", "hi"], countries: ["IN"], rules: [56, 57, 58], year: 2023, daysAgo: 22, link: ex("in-forum/bail-note") },
  { by: "valentina.ejemplo@example.org", organization: "demo-ar-asociacion", type: "MEDIA", title: "Mujeres que cuidan desde la cárcel (serie de fotos)", summary: "Fotografías y testimonios de madres presas en Buenos Aires.", languages: ["es"], countries: ["AR"], rules: [49, 50, 51, 52], year: 2025, daysAgo: 1, link: ex("ar-asociacion/fotos") },
  { by: "carmen.muestra@example.org", organization: "demo-es-observatorio", type: "TOOLKIT", title: "Indicadores para medir la aplicación de las Reglas de Bangkok", summary: "Una batería de 40 indicadores, con fuentes y método, para observatorios y defensorías.", languages: ["es", "en"], countries: ["ES", "CO", "AR"], rules: [1, 2, 3, 4, 40, 41, 42, 43], year: 2025, daysAgo: 7, link: ex("es-observatorio/indicadores") },
  { by: "funmilayo.sample@example.org", organization: "demo-ng-health", type: "REPORT", title: "Mental health of women awaiting trial in Lagos", summary: "A survey of 300 women in pre-trial detention: depression, trauma, and the care available.", languages: ["en"], countries: ["NG"], rules: [12, 13, 35], year: 2022, daysAgo: 90, link: ex("ng-health/mental-health-lagos") },
  { by: "malee.example@example.org", organization: "demo-th-foundation", type: "TRAINING_MATERIAL", title: "Vocational training inside: a guide for prison workshops", summary: "How to set up workshops that lead to work after release, from our experience in Bangkok.", languages: ["en", "th"], countries: ["TH"], rules: [42, 46], year: 2021, daysAgo: 120, link: ex("th-foundation/workshops") },
  { by: "nakato.example@example.org", organization: "demo-ug-girls", type: "LEGAL_BRIEF", title: "Diversion for girls in conflict with the law", summary: "A brief for magistrates on diversion and alternatives for girls, under Ugandan law and rules 36–39.", languages: ["en"], countries: ["UG", "KE"], rules: [36, 37, 38, 39, 65], year: 2024, daysAgo: 26, link: ex("ug-girls/diversion-brief") },
  { by: "lucia.ejemplo@example.org", organization: "demo-es-colectivo", type: "REPORT", title: "Mulheres estrangeiras presas em Portugal e Espanha", summary: "Relatório conjunto sobre a situação das mulheres estrangeiras nas prisões da Península Ibérica.", languages: ["pt", "es"], countries: ["PT", "ES"], rules: [53, 54, 55], year: 2024, daysAgo: 13, link: ex("es-colectivo/estrangeiras") },
  { by: "maria.example@example.org", organization: "demo-ph-health", type: "RESEARCH", title: "Tuberculosis screening in women's jails", summary: "Results of a screening programme in two jails, and what it changed.", languages: ["en", "tl"], countries: ["PH"], rules: [6, 18], year: 2023, daysAgo: 55, link: ex("ph-health/tb-screening") },
];

/** A demo resource's PDF, stored as lib/files stores a claimed upload (one chunk: it is a few kilobytes). */
async function storeDemoPdf(tx: Tx, resource: DemoResource): Promise<{ storedFileId: string; fileName: string; extractedText: string }> {
  const pdf = resource.pdf!;
  const bytes = demoPdf(resource.title, pdf.paragraphs);
  const file = await tx.storedFile.create({
    data: { kind: "RESOURCE", contentType: "application/pdf", byteSize: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex"), filename: pdf.name, chunks: { create: [{ index: 0, bytes: new Uint8Array(bytes) }] } },
    select: { id: true },
  });
  return { storedFileId: file.id, fileName: pdf.name, extractedText: [resource.title, ...pdf.paragraphs].join("\n") };
}

/** Every demo resource, files included. Returns how many were written and their ids by title. */
export async function seedDemoResources(tx: Tx, userId: (email: string) => string, organizationId: (slug: string) => string): Promise<{ resources: number; ids: Map<string, string> }> {
  const codes = [...new Set(DEMO_RESOURCES.flatMap((resource) => resource.countries))];
  const places = new Map((await tx.country.findMany({ where: { code: { in: codes } }, select: { code: true, continentCode: true, regionCode: true, subregionCode: true, intermediateRegionCode: true } })).map((row) => [row.code, row]));
  const ids = new Map<string, string>();
  for (const resource of DEMO_RESOURCES) {
    const file = resource.pdf ? await storeDemoPdf(tx, resource) : undefined;
    const createdAt = new Date(Date.now() - resource.daysAgo * 86_400_000);
    const orgId = resource.organization ? organizationId(resource.organization) : null;
    const authorId = userId(resource.by);
    const versions = [
      ...(resource.earlierLink ? [{ linkUrl: resource.earlierLink }] : []),
      file ? { storedFileId: file.storedFileId, fileName: file.fileName, extractedText: file.extractedText, extractedAt: createdAt } : { linkUrl: resource.link! },
    ];
    const created = await tx.resource.create({
      select: { id: true },
      data: {
        authorId,
        organizationId: orgId,
        type: resource.type,
        title: resource.title,
        summarySource: resource.summary,
        summaryCooked: cookMarkdown(resource.summary).html,
        languages: [...resource.languages].sort(),
        year: resource.year ?? null,
        visibility: resource.organizationOnly ? "ORGANIZATION" : "NETWORK",
        status: resource.withdrawn ? "WITHDRAWN" : "PUBLISHED",
        statusChangedAt: resource.withdrawn ? createdAt : null,
        statusChangedById: resource.withdrawn ? authorId : null,
        versionCount: versions.length,
        searchText: resourceSearchDocument({ title: resource.title, summary: resource.summary, extractedText: file?.extractedText }),
        filterTokens: resourceTokens({ type: resource.type, countries: resource.countries.map((code) => places.get(code)!).filter(Boolean), ruleNumbers: resource.rules, languages: resource.languages, organizationId: orgId, year: resource.year ?? null }),
        createdAt,
        countries: resource.countries.length ? { createMany: { data: resource.countries.map((countryCode) => ({ countryCode })) } } : undefined,
        rules: resource.rules.length ? { createMany: { data: resource.rules.map((ruleNumber) => ({ ruleNumber })) } } : undefined,
        versions: { createMany: { data: versions.map((version, index) => ({ number: index + 1, createdById: authorId, createdAt: new Date(createdAt.getTime() + index * 86_400_000), ...version })) } },
      },
    });
    ids.set(resource.title, created.id);
  }
  await linkFromRequest(tx, ids);
  return { resources: ids.size, ids };
}

/** A demo request that cites a resource, so its page shows "referenced in" (the database's trigger keeps it). */
async function linkFromRequest(tx: Tx, ids: Map<string, string>): Promise<void> {
  const resourceId = ids.get("Women leaving Lang'ata: a year of reentry support");
  const request = await tx.collaborationRequest.findFirst({ where: { title: { startsWith: "Partner experienced in monitoring visits" } }, select: { id: true, source: true } });
  if (!resourceId || !request) return;
  const source = `${request.source}\n\nWhat we learnt so far is in the library: [a year of reentry support](/resources/${resourceId}).`;
  await tx.collaborationRequest.update({ where: { id: request.id }, data: { source, cooked: cookMarkdown(source).html } });
}
