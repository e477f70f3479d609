// The board's first categories, in the four UI languages: what every installation starts with. Seeded once
// (prisma/seed/reference.ts): after that they belong to the installation's staff, so a re-seed adds missing
// ones and never overwrites an edited name.

type Localized = { en: string; es: string; fr: string; pt: string };

export type CategorySeed = { slug: string; names: Localized; descriptions: Localized; staffStartsThreads?: boolean };

export const BOARD_CATEGORIES: CategorySeed[] = [
  {
    slug: "announcements",
    staffStartsThreads: true,
    names: { en: "Network announcements", es: "Anuncios de la red", fr: "Annonces du réseau", pt: "Anúncios da rede" },
    descriptions: {
      en: "News from the network's coordinators. Only staff start threads here; everyone may reply.",
      es: "Noticias de la coordinación de la red. Solo el equipo abre hilos aquí; todas las personas pueden responder.",
      fr: "Nouvelles de la coordination du réseau. Seule l’équipe ouvre des fils ici ; tout le monde peut répondre.",
      pt: "Notícias da coordenação da rede. Só a equipa abre tópicos aqui; todas as pessoas podem responder.",
    },
  },
  {
    slug: "introductions",
    names: { en: "Introductions", es: "Presentaciones", fr: "Présentations", pt: "Apresentações" },
    descriptions: {
      en: "Say who you are, where you work and what you are looking for — a pseudonym is fine.",
      es: "Cuenta quién eres, dónde trabajas y qué buscas; puedes usar un seudónimo.",
      fr: "Dites qui vous êtes, où vous travaillez et ce que vous cherchez — un pseudonyme convient.",
      pt: "Diga quem é, onde trabalha e o que procura — um pseudónimo serve.",
    },
  },
  {
    slug: "monitoring",
    names: { en: "Monitoring and inspection", es: "Monitoreo e inspección", fr: "Monitoring et inspection", pt: "Monitorização e inspeção" },
    descriptions: {
      en: "Visiting places of detention, methods, checklists and what monitors found.",
      es: "Visitas a lugares de detención, métodos, listas de verificación y hallazgos.",
      fr: "Visites des lieux de détention, méthodes, grilles d’observation et constats.",
      pt: "Visitas a locais de detenção, métodos, listas de verificação e constatações.",
    },
  },
  {
    slug: "health",
    names: { en: "Health and hygiene", es: "Salud e higiene", fr: "Santé et hygiène", pt: "Saúde e higiene" },
    descriptions: {
      en: "Health care, mental health, sanitary products and hygiene in women's prisons (rules 5–18).",
      es: "Atención de salud, salud mental, productos sanitarios e higiene en cárceles de mujeres (reglas 5–18).",
      fr: "Soins, santé mentale, protections périodiques et hygiène dans les prisons pour femmes (règles 5–18).",
      pt: "Cuidados de saúde, saúde mental, produtos de higiene e higiene nas prisões de mulheres (regras 5–18).",
    },
  },
  {
    slug: "pregnancy-mothers-children",
    names: { en: "Pregnancy, mothers and children", es: "Embarazo, madres e hijos", fr: "Grossesse, mères et enfants", pt: "Gravidez, mães e filhos" },
    descriptions: {
      en: "Pregnant and breastfeeding women, children living with their mothers in prison, and children outside.",
      es: "Mujeres embarazadas y lactantes, niñas y niños que viven con sus madres en prisión, y los que quedan fuera.",
      fr: "Femmes enceintes et allaitantes, enfants vivant avec leur mère en prison, et enfants restés dehors.",
      pt: "Mulheres grávidas e lactantes, crianças que vivem com as mães na prisão e as que ficam fora.",
    },
  },
  {
    slug: "non-custodial",
    names: { en: "Non-custodial measures", es: "Medidas no privativas de libertad", fr: "Mesures non privatives de liberté", pt: "Medidas não privativas de liberdade" },
    descriptions: {
      en: "Alternatives to pre-trial detention and to prison sentences for women (rules 57–66).",
      es: "Alternativas a la prisión preventiva y a las penas de prisión para mujeres (reglas 57–66).",
      fr: "Alternatives à la détention provisoire et à l’emprisonnement des femmes (règles 57–66).",
      pt: "Alternativas à prisão preventiva e às penas de prisão para mulheres (regras 57–66).",
    },
  },
  {
    slug: "re-entry",
    names: { en: "Re-entry and after release", es: "Reinserción y después de la libertad", fr: "Réinsertion et après la sortie", pt: "Reinserção e depois da libertação" },
    descriptions: {
      en: "Preparing for release, housing, work, family and support after prison.",
      es: "Preparación para la salida, vivienda, trabajo, familia y apoyo después de la cárcel.",
      fr: "Préparer la sortie, logement, travail, famille et soutien après la prison.",
      pt: "Preparação da saída, habitação, trabalho, família e apoio depois da prisão.",
    },
  },
  {
    slug: "legal-aid",
    names: { en: "Legal aid", es: "Asistencia jurídica", fr: "Aide juridique", pt: "Apoio jurídico" },
    descriptions: {
      en: "Access to lawyers, legal information, appeals and strategic litigation.",
      es: "Acceso a defensa, información jurídica, recursos y litigio estratégico.",
      fr: "Accès à un avocat, information juridique, recours et contentieux stratégique.",
      pt: "Acesso a advogados, informação jurídica, recursos e litigância estratégica.",
    },
  },
  {
    slug: "campaigns",
    names: { en: "Campaigns and advocacy", es: "Campañas e incidencia", fr: "Campagnes et plaidoyer", pt: "Campanhas e advocacia" },
    descriptions: {
      en: "Planning campaigns, sharing materials and coordinating advocacy, such as #BangkokRules10.",
      es: "Planificar campañas, compartir materiales y coordinar la incidencia, como #BangkokRules10.",
      fr: "Préparer des campagnes, partager des supports et coordonner le plaidoyer, comme #BangkokRules10.",
      pt: "Planear campanhas, partilhar materiais e coordenar a advocacia, como #BangkokRules10.",
    },
  },
];
