// What the demo people who work in Spanish, French or Portuguese wrote on their profiles, in that language,
// by name. Plainly fictional, as in demo-profile-texts-en.ts: the bio gets "Perfil de demostración.",
// "Profil de démonstration." or "Perfil de demonstração." in front when the rows are built.
import type { DemoProfileTexts } from "./demo-people";

export const DEMO_PROFILE_TEXTS_ES_FR_PT: Readonly<Record<string, DemoProfileTexts>> = {
  "Lucía Ejemplo": {
    bio: "Coordina un colectivo que acompaña a mujeres presas, muchas de ellas extranjeras, durante la condena y al salir.",
    canHelpWith: "Orientación para mujeres extranjeras que salen de prisión sin papeles",
    lookingFor: "Organizaciones en América Latina que reciban a mujeres expulsadas al terminar la condena",
  },
  "Carmen Muestra": {
    bio: "Investigadora en un observatorio sobre género y prisión. Estudio la aplicación de penas alternativas a mujeres.",
    canHelpWith: "Formación del personal penitenciario sobre las Reglas de Bangkok",
    lookingFor: "Datos comparables sobre penas alternativas para mujeres en otros países",
  },
  "Guadalupe Ejemplo": {
    bio: "Coordino una colectiva de mujeres que estuvieron presas por delitos de drogas: se apoyan al salir y hablan ante las autoridades.",
    canHelpWith: "Talleres para que mujeres liberadas cuenten su historia ante autoridades",
    lookingFor: "Colectivas de otros países que trabajen por la reforma de la política de drogas",
  },
  "Rosa Muestra": {
    bio: "Abogada de defensa gratuita para mujeres en prisión preventiva.",
    canHelpWith: "Estrategias de defensa para mujeres acusadas de delitos menores de drogas",
    lookingFor: "Una organización con experiencia en litigio ante sistemas regionales de derechos humanos",
  },
  "Itzel Ficticia": {
    bio: "Acompaño a mujeres indígenas presas que no hablan español y no tuvieron intérprete en su juicio.",
    canHelpWith: "Redes de intérpretes de lenguas indígenas para audiencias judiciales",
    lookingFor: "Experiencias de otros países con defensoras comunitarias indígenas",
  },
  "Valentina Ejemplo": {
    bio: "Presidenta de una asociación de mujeres liberadas. Ofrecemos acompañamiento y un espacio de encuentro.",
    canHelpWith: "Grupos de apoyo entre pares para mujeres que recuperan el contacto con su familia",
    lookingFor: "Financiamiento para un programa de vivienda transitoria",
  },
  "Sofía Muestra": {
    bio: "Coordina una red de familias que organiza el transporte a las visitas y reclama que las madres cumplan la pena cerca de sus hijos.",
    canHelpWith: "Organizar transporte solidario para visitas familiares a cárceles lejanas",
  },
  "Daniela Ejemplo": {
    bio: "Coordinadora regional de una red latinoamericana. Trabajo sobre la violencia de género que viven las mujeres antes y durante la prisión.",
    canHelpWith: "Incidencia regional para que los jueces consideren la violencia sufrida al dictar sentencia",
    lookingFor: "Investigadoras que documenten la relación entre violencia de género y encarcelamiento",
  },
  "Francisca Ejemplo": {
    bio: "Dirige una fundación que ofrece formación laboral en la cárcel y acompañamiento durante el primer año en libertad.",
    canHelpWith: "Convenios con empresas para contratar a mujeres que salen de prisión",
    lookingFor: "Programas de educación a distancia para mujeres presas",
  },
  "Aminata Exemple": {
    bio: "Présidente d'un collectif qui accompagne les femmes détenues et leurs familles. Je m'occupe surtout des visites et de l'aide juridique.",
    canHelpWith: "Organiser des permanences juridiques dans les prisons pour femmes",
    lookingFor: "Des partenaires en Afrique de l'Ouest pour maintenir les liens entre mères détenues et enfants",
  },
  "Fatou Fictive": {
    bio: "Infirmière bénévole auprès des femmes détenues, dont beaucoup sont étrangères.",
    canHelpWith: "Dépistage de la tuberculose et suivi médical en détention",
    lookingFor: "Des contacts consulaires pour les détenues étrangères de la sous-région",
  },
  "Claire Exemple": {
    bio: "Directrice d'une association qui prépare la sortie des femmes détenues : logement, emploi et maintien des liens familiaux.",
    canHelpWith: "Préparer la sortie de prison avec les services sociaux, des mois à l'avance",
    lookingFor: "Des associations partenaires au Maghreb et en Afrique de l'Ouest",
  },
  "Nadia Fictive": {
    bio: "Psychologue. J'accompagne des femmes détenues étrangères, en français et en arabe.",
  },
  "Marie-Ève Exemple": {
    bio: "Intervenante auprès des femmes en détention fédérale, surtout sur la santé mentale et l'isolement.",
    canHelpWith: "Documenter les fouilles à nu et le recours à l'isolement",
    lookingFor: "Des organismes francophones qui surveillent les conditions de détention des femmes",
  },
  "Leïla Fictive": {
    bio: "Chargée de projet pour une association française. Je travaille avec des femmes détenues victimes de violences.",
    canHelpWith: "Groupes de parole pour femmes victimes de violences, en arabe et en français",
    lookingFor: "Une formation sur la prise en charge des traumatismes en détention",
  },
  "Ana Exemplo": {
    bio: "Presidente de uma associação que apoia reclusas grávidas e mães com filhos pequenos, dentro e fora da prisão.",
    canHelpWith: "Acompanhamento de gravidez e parto para mulheres reclusas",
    lookingFor: "Parceiros noutros países de língua portuguesa",
  },
  "Juliana Exemplo": {
    bio: "Coordenadora de um coletivo de egressas. Trabalhamos com mulheres presas por tráfico de drogas.",
    canHelpWith: "Acolhimento de mulheres egressas nos primeiros dias após a saída",
    lookingFor: "Apoio jurídico para pedidos de prisão domiciliar de mães",
  },
  "Beatriz Amostra": {
    bio: "Mãe e militante. Ajudo outras mulheres a reatar os laços com os filhos depois da prisão.",
  },
  "Camila Fictícia": {
    bio: "Pesquisadora sobre a prisão provisória de mulheres. Publicamos dados de demonstração sobre o encarceramento feminino.",
    canHelpWith: "Análise de dados judiciais sobre prisão provisória",
    lookingFor: "Pesquisadoras de outros países para um estudo comparativo sobre mulheres em prisão provisória",
  },
};
