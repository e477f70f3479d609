// Fictional organizations of the demo data. Every name says "Demo" (in the organization's own language) so
// nobody can mistake one for a real group; descriptions are in that language too, and websites use the
// reserved example.org and example.net domains.
import type { AreaOfWork, OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/enums";

export type DemoOrganization = {
  slug: string;
  name: string;
  kind: OrganizationKind;
  countryCode: string;
  /** ACTIVE unless said otherwise. */
  status?: OrganizationStatus;
  /** ARCHIVED only: the day its members closed it (ISO date). */
  archivedOn?: string;
  /** Countries it also works in, beyond its base. */
  workCountries?: string[];
  areas: AreaOfWork[];
  website?: string;
  description: string;
};

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { slug: "demo-ke-reentry", name: "Demo Collective for Women's Reentry (Kenya)", kind: "GRASSROOTS", countryCode: "KE", workCountries: ["UG"], areas: ["REENTRY", "HEALTH"], website: "https://ke-reentry.example.org",
    description: "A fictional collective of women who have left prison, meeting others at the gate and helping with housing, work and mental health in the first months home." },
  { slug: "demo-ke-legal-aid", name: "Demo Legal Aid Circle for Women in Kenya", kind: "LEGAL_AID", countryCode: "KE", areas: ["LEGAL_AID"],
    description: "Fictional paralegals and volunteer lawyers who help women on remand apply for bail and prepare for their hearings." },
  { slug: "demo-ng-pretrial", name: "Demo Network for Women Awaiting Trial (Nigeria)", kind: "NETWORK", countryCode: "NG", workCountries: ["GH"], areas: ["LEGAL_AID", "ADVOCACY"], website: "https://ng-pretrial.example.net",
    description: "A fictional network of lawyers and advocates tracking how long women wait in custody before trial. It publishes a yearly demo report on remand in women's prisons." },
  { slug: "demo-ng-health", name: "Demo Health Access Project for Women in Prison (Nigeria)", kind: "NGO", countryCode: "NG", areas: ["HEALTH", "PREGNANCY_MATERNITY"],
    description: "A fictional project bringing antenatal care, screening and sanitary supplies into women's prisons." },
  { slug: "demo-za-mothers", name: "Demo Circle for Mothers and Children (South Africa)", kind: "NGO", countryCode: "ZA", areas: ["CHILDREN_OF_IMPRISONED_MOTHERS", "PREGNANCY_MATERNITY"], website: "https://za-mothers.example.org",
    description: "A fictional organization supporting imprisoned mothers, the babies living with them and the children waiting outside. It arranges visits and follows each family after release." },
  { slug: "demo-za-research", name: "Demo Research Group on Women and Justice (South Africa)", kind: "RESEARCH", countryCode: "ZA", workCountries: ["KE", "NG", "ZM"], areas: ["RESEARCH", "NON_CUSTODIAL_MEASURES"],
    description: "A fictional research group studying sentencing and alternatives to prison for women in southern and eastern Africa." },
  { slug: "demo-ug-girls", name: "Demo Collective for Girls' Justice (Uganda)", kind: "GRASSROOTS", countryCode: "UG", areas: ["ADVOCACY", "REENTRY", "GENDER_BASED_VIOLENCE"],
    description: "A fictional collective working with girls in detention: schooling inside, safe places to go home to, and support for survivors of violence." },
  { slug: "demo-sn-collectif", name: "Collectif Démo pour les Femmes Détenues (Sénégal)", kind: "NGO", countryCode: "SN", workCountries: ["ML", "GM"], areas: ["LEGAL_AID", "HEALTH", "CHILDREN_OF_IMPRISONED_MOTHERS"], website: "https://sn-collectif.example.org",
    description: "Collectif fictif qui accompagne les femmes détenues et leurs familles : visites, soins et aide juridique. Il travaille aussi avec des partenaires fictifs au Mali et en Gambie." },
  { slug: "demo-in-forum", name: "Demo Forum for Women Prisoners' Rights (India)", kind: "NGO", countryCode: "IN", workCountries: ["NP"], areas: ["CHILDREN_OF_IMPRISONED_MOTHERS", "RESEARCH", "ADVOCACY"], website: "https://in-forum.example.org",
    description: "A fictional forum documenting the situation of children living with their mothers in prison, and pressing for alternatives for mothers." },
  { slug: "demo-in-legal-clinic", name: "Demo Legal Clinic for Undertrial Women (India)", kind: "LEGAL_AID", countryCode: "IN", areas: ["LEGAL_AID"],
    description: "A fictional clinic of law students and advocates taking on the cases of women held for years without trial." },
  { slug: "demo-th-foundation", name: "Demo Foundation for Women After Prison (Thailand)", kind: "NGO", countryCode: "TH", workCountries: ["PH", "ID", "KH"], areas: ["REENTRY", "DRUG_POLICY", "TRAINING"], website: "https://th-foundation.example.net",
    description: "A fictional foundation running vocational training and halfway homes for women after prison. It trains prison staff in the region on the Bangkok Rules." },
  { slug: "demo-ph-health", name: "Demo Collective for Women's Health in Detention (Philippines)", kind: "GRASSROOTS", countryCode: "PH", areas: ["HEALTH"],
    description: "Fictional nurses and peer educators offering HIV and tuberculosis testing and counselling in crowded detention centres." },
  { slug: "demo-ph-family-visits", name: "Demo Family Visits Initiative (Philippines)", kind: "GRASSROOTS", countryCode: "PH", status: "PROPOSED", areas: ["CHILDREN_OF_IMPRISONED_MOTHERS"],
    description: "A fictional group of volunteers who take children to visit their mothers in prison, proposed by its founder and awaiting review." },
  { slug: "demo-us-mothers-coalition", name: "Demo Coalition of Mothers in Prison (United States)", kind: "NETWORK", countryCode: "US", status: "PROPOSED", workCountries: ["CA"], areas: ["CHILDREN_OF_IMPRISONED_MOTHERS", "ADVOCACY"],
    description: "A fictional coalition proposed by a member, very like the Demo Coalition for Incarcerated Mothers: a duplicate for admins to merge." },
  { slug: "demo-gb-trust", name: "Demo Trust for Women in the Justice System (United Kingdom)", kind: "NGO", countryCode: "GB", workCountries: ["IE"], areas: ["NON_CUSTODIAL_MEASURES", "RESEARCH", "ADVOCACY"], website: "https://gb-trust.example.org",
    description: "A fictional charity making the case for community sentences for women, with research, briefings for sentencers and a women's centre in a fictional town." },
  { slug: "demo-gb-lived-experience", name: "Demo Lived Experience Council (United Kingdom)", kind: "GRASSROOTS", countryCode: "GB", areas: ["REENTRY", "ADVOCACY"],
    description: "A fictional council of women with experience of prison who advise services and policy makers, paid for their time." },
  { slug: "demo-es-colectivo", name: "Colectivo Demo por las Mujeres Presas (España)", kind: "NGO", countryCode: "ES", workCountries: ["PT"], areas: ["REENTRY", "LEGAL_AID"],
    description: "Colectivo ficticio que acompaña a mujeres presas, también extranjeras, durante la condena y al salir. Ofrece orientación jurídica y talleres en varios centros." },
  { slug: "demo-es-observatorio", name: "Observatorio Demo de Género y Prisión (España)", kind: "RESEARCH", countryCode: "ES", areas: ["RESEARCH", "MONITORING"], website: "https://es-observatorio.example.org",
    description: "Observatorio ficticio que recoge datos sobre las condiciones de las mujeres en prisión y publica informes de demostración." },
  { slug: "demo-fr-association", name: "Association Démo pour les Femmes Sortantes (France)", kind: "NGO", countryCode: "FR", workCountries: ["SN", "TN"], areas: ["REENTRY", "HEALTH"],
    description: "Association fictive qui prépare la sortie des femmes détenues : logement, emploi et suivi psychologique. Elle soutient des projets fictifs au Sénégal et en Tunisie." },
  { slug: "demo-pt-associacao", name: "Associação Demo de Apoio a Mulheres Reclusas (Portugal)", kind: "NGO", countryCode: "PT", areas: ["HEALTH", "PREGNANCY_MATERNITY", "CHILDREN_OF_IMPRISONED_MOTHERS"], website: "https://pt-associacao.example.net",
    description: "Associação fictícia que apoia mulheres reclusas grávidas e mães com filhos pequenos, dentro e fora da prisão." },
  { slug: "demo-us-coalition", name: "Demo Coalition for Incarcerated Mothers (United States)", kind: "NETWORK", countryCode: "US", areas: ["CHILDREN_OF_IMPRISONED_MOTHERS", "PREGNANCY_MATERNITY", "ADVOCACY"], website: "https://us-coalition.example.org",
    description: "A fictional coalition of groups campaigning against the shackling of pregnant women and for keeping mothers close to their children." },
  { slug: "demo-us-reentry-house", name: "Demo Reentry House for Women (United States)", kind: "GRASSROOTS", countryCode: "US", areas: ["REENTRY", "DRUG_POLICY"],
    description: "A fictional house where women coming home from prison live for up to a year, with recovery support and help finding work." },
  { slug: "demo-us-faith", name: "Demo Faith Community Ministry with Women in Prison (United States)", kind: "FAITH_BASED", countryCode: "US", areas: ["REENTRY", "HEALTH"],
    description: "A fictional ministry whose volunteers visit women in prison and walk with them through the first weeks after release." },
  { slug: "demo-ca-society", name: "Demo Society for Women in Federal Custody (Canada)", kind: "NGO", countryCode: "CA", areas: ["MONITORING", "ADVOCACY", "TRAINING"], website: "https://ca-society.example.org",
    description: "A fictional society that visits women in federal prisons, reports on segregation and strip searches, and trains volunteers to monitor." },
  { slug: "demo-mx-colectiva", name: "Colectiva Demo de Mujeres Libres (México)", kind: "GRASSROOTS", countryCode: "MX", workCountries: ["GT"], areas: ["REENTRY", "DRUG_POLICY"],
    description: "Colectiva ficticia de mujeres que estuvieron presas por delitos de drogas. Se apoyan al salir y cuentan su historia para cambiar la política de drogas." },
  { slug: "demo-mx-defensa", name: "Centro Demo de Defensa Legal para Mujeres (México)", kind: "LEGAL_AID", countryCode: "MX", areas: ["LEGAL_AID"], website: "https://mx-defensa.example.org",
    description: "Centro ficticio de defensa legal gratuita para mujeres en prisión preventiva, con intérpretes para mujeres indígenas." },
  { slug: "demo-br-coletivo", name: "Coletivo Demo de Egressas do Sistema Prisional (Brasil)", kind: "GRASSROOTS", countryCode: "BR", areas: ["REENTRY", "CHILDREN_OF_IMPRISONED_MOTHERS"],
    description: "Coletivo fictício de mulheres egressas que acolhe quem sai da prisão e ajuda a reatar os laços com os filhos." },
  { slug: "demo-br-instituto", name: "Instituto Demo de Pesquisa sobre Gênero e Prisão (Brasil)", kind: "RESEARCH", countryCode: "BR", workCountries: ["PY", "UY"], areas: ["RESEARCH", "LEGAL_AID"], website: "https://br-instituto.example.net",
    description: "Instituto fictício que pesquisa a prisão provisória de mulheres e publica dados de demonstração sobre o encarceramento feminino." },
  { slug: "demo-ar-asociacion", name: "Asociación Demo de Mujeres Liberadas (Argentina)", kind: "NGO", countryCode: "AR", areas: ["REENTRY"],
    description: "Asociación ficticia de mujeres liberadas que ofrece acompañamiento, capacitación laboral y un espacio de encuentro." },
  { slug: "demo-ar-familias", name: "Red Demo de Familias de Mujeres Presas (Argentina)", kind: "NETWORK", countryCode: "AR", areas: ["CHILDREN_OF_IMPRISONED_MOTHERS", "ADVOCACY"],
    description: "Red ficticia de familias que organiza el transporte a las visitas y reclama que las madres cumplan la pena cerca de sus hijos." },
  { slug: "demo-co-red", name: "Red Latinoamericana Demo de Mujeres y Justicia (Colombia)", kind: "NETWORK", countryCode: "CO", workCountries: ["AR", "BR", "CL", "MX"], areas: ["ADVOCACY", "NON_CUSTODIAL_MEASURES", "GENDER_BASED_VIOLENCE"], website: "https://co-red.example.org",
    description: "Red latinoamericana ficticia que reúne a organizaciones de cinco países para promover alternativas a la prisión para mujeres." },
  { slug: "demo-cl-fundacion", name: "Fundación Demo Mujer y Reinserción (Chile)", kind: "NGO", countryCode: "CL", areas: ["REENTRY", "TRAINING"],
    description: "Fundación ficticia que ofrece formación laboral dentro de la cárcel y acompañamiento durante el primer año en libertad." },
  { slug: "demo-au-legal", name: "Demo Legal Service for Women (Australia)", kind: "LEGAL_AID", countryCode: "AU", workCountries: ["NZ", "FJ"], areas: ["LEGAL_AID", "MONITORING"], website: "https://au-legal.example.org",
    description: "A fictional legal service representing women in prison on parole, complaints and strip searches, with an outreach worker in the Pacific." },
  { slug: "demo-au-circle", name: "Demo Circle for Indigenous Women's Justice (Australia)", kind: "GRASSROOTS", countryCode: "AU", areas: ["ADVOCACY", "HEALTH"],
    description: "A fictional circle of Indigenous women supporting sisters in custody and speaking up about deaths in custody." },
  { slug: "demo-nz-trust", name: "Demo Trust for Women's Reintegration (New Zealand)", kind: "OTHER", countryCode: "NZ", areas: ["REENTRY", "CHILDREN_OF_IMPRISONED_MOTHERS"],
    description: "A fictional trust offering whānau-centred support to women and their children before and after release." },
  { slug: "demo-jm-visitors", name: "Demo Prison Visitors Circle for Women (Jamaica)", kind: "GRASSROOTS", countryCode: "JM", status: "ARCHIVED", archivedOn: "2026-09-14", areas: ["MONITORING", "REENTRY"],
    description: "A fictional volunteer group that visited women in prison and met them on release. Its members closed it in 2026 and now work with other groups." },
];

/** Open requests to join, so representatives (the demo representative among them) have some to decide. */
export const DEMO_JOIN_REQUESTS: { slug: string; email: string; message?: string }[] = [
  { slug: "demo-us-coalition", email: "demo-member@example.org", message: "I support families of women held far from home and would like to work with the coalition." },
  { slug: "demo-us-coalition", email: "tanya.sample@example.org" },
  { slug: "demo-us-coalition", email: "sophie.example@example.org", message: "We run visits in Canada and share many cases across the border." },
  { slug: "demo-fr-association", email: "marie-eve.exemple@example.org", message: "Je travaille sur la santé mentale des femmes détenues et j'aimerais rejoindre l'association." },
];
