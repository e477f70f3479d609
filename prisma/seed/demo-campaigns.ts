// The demo #BangkokRules10 campaign: the Bangkok Rules' tenth anniversary (adopted by the UN General Assembly on
// 21 December 2010), a daily series of spotlights of fictional members and organizations in December 2020. Three
// approved (each snapshot holds only the fields its consenter chose, as lib/campaigns/format.ts `approvedSpotlight`
// builds it from the candidate) and published on their day; one still waiting for the demo representative's
// answer, with the notification that asked her. Not indexable. Written in the demo seed's transaction.
import { approvedSpotlight, type SpotlightCandidate } from "@/lib/campaigns/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";

type Tx = Prisma.TransactionClient;
type Texts = Partial<Record<Locale, string>>;

const day = (value: string) => new Date(`${value}T00:00:00Z`);

export const DEMO_CAMPAIGN_SLUG = "bangkok-rules-10";

const CAMPAIGN_TEXTS: { locale: Locale; title: string; introduction: string }[] = [
  { locale: "en", title: "#BangkokRules10: ten years of the Bangkok Rules", introduction: "On 21 December 2010 the UN General Assembly adopted the Bangkok Rules, the first international standards for the treatment of women prisoners and non-custodial measures for women offenders. For their tenth anniversary, members of the network — many of them formerly incarcerated women — share what the Rules changed, and what is still to change. (Demo campaign: every person and organization here is fictional.)" },
  { locale: "es", title: "#BangkokRules10: diez años de las Reglas de Bangkok", introduction: "El 21 de diciembre de 2010, la Asamblea General de la ONU adoptó las Reglas de Bangkok, las primeras normas internacionales sobre el tratamiento de las reclusas y las medidas no privativas de la libertad para las mujeres delincuentes. En su décimo aniversario, integrantes de la red —muchas de ellas mujeres que estuvieron presas— cuentan lo que las Reglas cambiaron y lo que aún falta cambiar. (Campaña de demostración: todas las personas y organizaciones son ficticias.)" },
  { locale: "fr", title: "#BangkokRules10 : dix ans de Règles de Bangkok", introduction: "Le 21 décembre 2010, l'Assemblée générale des Nations unies adoptait les Règles de Bangkok, premières normes internationales sur le traitement des détenues et les mesures non privatives de liberté pour les délinquantes. Pour leur dixième anniversaire, des membres du réseau — dont beaucoup de femmes anciennement incarcérées — racontent ce que les Règles ont changé, et ce qui reste à changer. (Campagne de démonstration : toutes les personnes et organisations sont fictives.)" },
  { locale: "pt", title: "#BangkokRules10: dez anos das Regras de Bangkok", introduction: "Em 21 de dezembro de 2010, a Assembleia Geral da ONU adotou as Regras de Bangkok, as primeiras normas internacionais sobre o tratamento de mulheres presas e medidas não privativas de liberdade para mulheres infratoras. No décimo aniversário, integrantes da rede — muitas delas mulheres que já estiveram presas — contam o que as Regras mudaram e o que ainda falta mudar. (Campanha de demonstração: todas as pessoas e organizações são fictícias.)" },
];

type DemoSpotlight = {
  slug: string;
  day: string;
  /** A member (by email) or an organization (by slug); `by` answers for it. */
  member?: string;
  organization?: string;
  by: string;
  stories: Texts;
  quotes: Texts;
  /** The fields approved (absent: still waiting for an answer). */
  approve?: { name: "DISPLAY_NAME" | "OTHER_NAME" | "NO_NAME"; otherName?: string; country?: boolean; organization?: boolean; photo?: boolean; story?: boolean; quote?: boolean };
};

const SPOTLIGHTS: DemoSpotlight[] = [
  {
    slug: "wanjiru",
    day: "2020-12-14",
    member: "wanjiru.example@example.org",
    by: "wanjiru.example@example.org",
    stories: {
      en: "Wanjiru meets women at the prison gate in Nairobi on the day they are released, and walks with them through the first months home: a bed, a job, a doctor. Rule 46 asks for exactly this.",
      es: "Wanjiru recibe a las mujeres a la salida de la prisión en Nairobi el día de su liberación y las acompaña en los primeros meses: una cama, un trabajo, un médico. La regla 46 pide exactamente esto.",
    },
    quotes: { en: "Release is a day; coming home takes a year.", es: "La libertad es un día; volver a casa lleva un año." },
    approve: { name: "DISPLAY_NAME", country: true, organization: true, story: true, quote: true },
  },
  {
    slug: "mothers-and-children-za",
    day: "2020-12-15",
    organization: "demo-za-mothers",
    by: "thandiwe.example@example.org",
    stories: {
      en: "This fictional circle in South Africa keeps children in touch with their imprisoned mothers: visits, phone calls, letters — the family contact rules 26 and 28 protect.",
      pt: "Este círculo fictício da África do Sul mantém as crianças em contato com as mães presas: visitas, telefonemas, cartas — o contato familiar que as regras 26 e 28 protegem.",
    },
    quotes: {},
    approve: { name: "DISPLAY_NAME", country: true, story: true },
  },
  {
    slug: "aminata",
    day: "2020-12-16",
    member: "aminata.exemple@example.org",
    by: "aminata.exemple@example.org",
    stories: {
      en: "A legal-aid volunteer in Dakar, she helps women on remand reach their families and a lawyer before their first hearing.",
      fr: "Bénévole d'aide juridique à Dakar, elle aide les femmes en détention provisoire à joindre leur famille et un avocat avant leur première audience.",
    },
    quotes: { fr: "Personne ne devrait attendre son procès seule." },
    // Another name, no photo, no organization: what she chose.
    approve: { name: "OTHER_NAME", otherName: "Aminata", country: true, story: true, quote: true },
  },
  {
    slug: "denise",
    day: "2020-12-17",
    member: "demo-representative@example.org",
    by: "demo-representative@example.org",
    stories: {
      en: "Denise leads a fictional coalition in the United States working for pregnant women in custody: no restraints during labour, care before and after birth (rules 24 and 48).",
    },
    quotes: { en: "Every mother deserves a safe birth." },
  },
];

export async function seedDemoCampaigns(tx: Tx, userId: (email: string) => string, organizationId: (slug: string) => string): Promise<{ campaigns: number; spotlights: number }> {
  const adminId = userId("demo-admin@example.org");
  const campaign = await tx.campaign.create({
    data: {
      slug: DEMO_CAMPAIGN_SLUG,
      defaultLocale: "en",
      hashtags: ["BangkokRules10", "womeninprison", "rightsofwomeninprison"],
      startsOn: day("2020-12-14"),
      endsOn: day("2020-12-21"),
      publishAt: day("2020-12-14"),
      indexable: false,
      createdById: adminId,
      createdAt: day("2020-11-20"),
      texts: { createMany: { data: CAMPAIGN_TEXTS } },
    },
    select: { id: true, texts: { where: { locale: "en" }, select: { title: true } } },
  });

  for (const [index, spotlight] of SPOTLIGHTS.entries()) {
    const candidate = await candidateOf(tx, spotlight, userId, organizationId);
    const consenterId = userId(spotlight.by);
    const created = await tx.campaignSpotlight.create({
      data: {
        campaignId: campaign.id,
        slug: spotlight.slug,
        position: index + 1,
        subject: spotlight.member ? "MEMBER" : "ORGANIZATION",
        memberId: spotlight.member ? userId(spotlight.member) : null,
        organizationId: spotlight.organization ? organizationId(spotlight.organization) : null,
        publishAt: day(spotlight.day),
        publishedAt: spotlight.approve ? day(spotlight.day) : null,
        consent: spotlight.approve ? "APPROVED" : "REQUESTED",
        consentById: spotlight.approve ? consenterId : null,
        consentRequestedAt: day("2020-12-01"),
        consentDecidedAt: spotlight.approve ? day("2020-12-03") : null,
        approved: spotlight.approve
          ? approvedSpotlight(candidate, { name: spotlight.approve.name, otherName: spotlight.approve.otherName ?? null, photo: spotlight.approve.photo ?? false, country: spotlight.approve.country ?? false, organization: spotlight.approve.organization ?? false, story: spotlight.approve.story ?? false, quote: spotlight.approve.quote ?? false })
          : undefined,
        createdById: adminId,
        texts: { createMany: { data: (Object.keys({ ...spotlight.stories, ...spotlight.quotes }) as Locale[]).map((locale) => ({ locale, story: spotlight.stories[locale] ?? "", quote: spotlight.quotes[locale] ?? "" })) } },
      },
      select: { id: true },
    });
    if (!spotlight.approve) {
      await tx.notification.create({ data: { userId: consenterId, type: "CAMPAIGN_CONSENT_REQUESTED", subjectType: "CampaignSpotlight", subjectId: created.id, payload: { title: campaign.texts[0]!.title }, delivery: "IN_APP" } });
    }
  }
  return { campaigns: 1, spotlights: SPOTLIGHTS.length };
}

/** What the spotlight could show, read as lib/campaigns/data.ts `spotlightCandidate` reads it. */
async function candidateOf(tx: Tx, spotlight: DemoSpotlight, userId: (email: string) => string, organizationId: (slug: string) => string): Promise<SpotlightCandidate> {
  const base = { stories: spotlight.stories, quotes: spotlight.quotes, workTitle: null };
  if (spotlight.member) {
    const member = await tx.user.findUniqueOrThrow({
      where: { id: userId(spotlight.member) },
      select: { displayName: true, profile: { select: { photoId: true, countryCode: true } }, organizations: { where: { organization: { status: "ACTIVE" } }, orderBy: { createdAt: "asc" }, take: 1, select: { organization: { select: { name: true } } } } },
    });
    return { ...base, name: member.displayName, photoFileId: member.profile?.photoId ?? null, countryCode: member.profile?.countryCode ?? null, organizationName: member.organizations[0]?.organization.name ?? null };
  }
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId(spotlight.organization!) }, select: { name: true, logoId: true, countryCode: true } });
  return { ...base, name: organization.name, photoFileId: organization.logoId, countryCode: organization.countryCode, organizationName: null };
}
