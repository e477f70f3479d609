// Fictional organizations of the demo data. Every name says "Demo" (in the organization's own language) so
// nobody can mistake one for a real group; websites use the reserved example.org domain.
import type { OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/client";

export type DemoOrganization = {
  slug: string;
  name: string;
  kind: OrganizationKind;
  countryCode: string;
  status?: OrganizationStatus;
  /** Countries it also works in, beyond its base. */
  workCountries?: string[];
  hasWebsite?: boolean;
};

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { slug: "demo-ke-reentry", name: "Demo Collective for Women's Reentry (Kenya)", kind: "GRASSROOTS", countryCode: "KE", workCountries: ["UG"], hasWebsite: true },
  { slug: "demo-ke-legal-aid", name: "Demo Legal Aid Circle for Women in Kenya", kind: "LEGAL_AID", countryCode: "KE" },
  { slug: "demo-ng-pretrial", name: "Demo Network for Women Awaiting Trial (Nigeria)", kind: "NETWORK", countryCode: "NG", hasWebsite: true },
  { slug: "demo-ng-health", name: "Demo Health Access Project for Women in Prison (Nigeria)", kind: "NGO", countryCode: "NG" },
  { slug: "demo-za-mothers", name: "Demo Circle for Mothers and Children (South Africa)", kind: "NGO", countryCode: "ZA", hasWebsite: true },
  { slug: "demo-za-research", name: "Demo Research Group on Women and Justice (South Africa)", kind: "RESEARCH", countryCode: "ZA", workCountries: ["KE", "NG"] },
  { slug: "demo-ug-girls", name: "Demo Collective for Girls' Justice (Uganda)", kind: "GRASSROOTS", countryCode: "UG" },
  { slug: "demo-sn-collectif", name: "Collectif Démo pour les Femmes Détenues (Sénégal)", kind: "NGO", countryCode: "SN", hasWebsite: true },
  { slug: "demo-in-forum", name: "Demo Forum for Women Prisoners' Rights (India)", kind: "NGO", countryCode: "IN", hasWebsite: true },
  { slug: "demo-in-legal-clinic", name: "Demo Legal Clinic for Undertrial Women (India)", kind: "LEGAL_AID", countryCode: "IN" },
  { slug: "demo-th-foundation", name: "Demo Foundation for Women After Prison (Thailand)", kind: "NGO", countryCode: "TH", workCountries: ["PH"] },
  { slug: "demo-ph-health", name: "Demo Collective for Women's Health in Detention (Philippines)", kind: "GRASSROOTS", countryCode: "PH" },
  { slug: "demo-ph-family-visits", name: "Demo Family Visits Initiative (Philippines)", kind: "GRASSROOTS", countryCode: "PH", status: "PROPOSED" },
  { slug: "demo-gb-trust", name: "Demo Trust for Women in the Justice System (United Kingdom)", kind: "NGO", countryCode: "GB", hasWebsite: true },
  { slug: "demo-gb-lived-experience", name: "Demo Lived Experience Council (United Kingdom)", kind: "GRASSROOTS", countryCode: "GB" },
  { slug: "demo-es-colectivo", name: "Colectivo Demo por las Mujeres Presas (España)", kind: "NGO", countryCode: "ES", workCountries: ["PT"] },
  { slug: "demo-es-observatorio", name: "Observatorio Demo de Género y Prisión (España)", kind: "RESEARCH", countryCode: "ES", hasWebsite: true },
  { slug: "demo-fr-association", name: "Association Démo pour les Femmes Sortantes (France)", kind: "NGO", countryCode: "FR", workCountries: ["SN"] },
  { slug: "demo-pt-associacao", name: "Associação Demo de Apoio a Mulheres Reclusas (Portugal)", kind: "NGO", countryCode: "PT" },
  { slug: "demo-us-coalition", name: "Demo Coalition for Incarcerated Mothers (United States)", kind: "NETWORK", countryCode: "US", hasWebsite: true },
  { slug: "demo-us-reentry-house", name: "Demo Reentry House for Women (United States)", kind: "GRASSROOTS", countryCode: "US" },
  { slug: "demo-us-faith", name: "Demo Faith Community Ministry with Women in Prison (United States)", kind: "FAITH_BASED", countryCode: "US" },
  { slug: "demo-ca-society", name: "Demo Society for Women in Federal Custody (Canada)", kind: "NGO", countryCode: "CA", hasWebsite: true },
  { slug: "demo-mx-colectiva", name: "Colectiva Demo de Mujeres Libres (México)", kind: "GRASSROOTS", countryCode: "MX" },
  { slug: "demo-mx-defensa", name: "Centro Demo de Defensa Legal para Mujeres (México)", kind: "LEGAL_AID", countryCode: "MX", hasWebsite: true },
  { slug: "demo-br-coletivo", name: "Coletivo Demo de Egressas do Sistema Prisional (Brasil)", kind: "GRASSROOTS", countryCode: "BR" },
  { slug: "demo-br-instituto", name: "Instituto Demo de Pesquisa sobre Gênero e Prisão (Brasil)", kind: "RESEARCH", countryCode: "BR", hasWebsite: true },
  { slug: "demo-ar-asociacion", name: "Asociación Demo de Mujeres Liberadas (Argentina)", kind: "NGO", countryCode: "AR" },
  { slug: "demo-ar-familias", name: "Red Demo de Familias de Mujeres Presas (Argentina)", kind: "NETWORK", countryCode: "AR" },
  { slug: "demo-co-red", name: "Red Latinoamericana Demo de Mujeres y Justicia (Colombia)", kind: "NETWORK", countryCode: "CO", workCountries: ["AR", "BR", "CL", "MX"], hasWebsite: true },
  { slug: "demo-cl-fundacion", name: "Fundación Demo Mujer y Reinserción (Chile)", kind: "NGO", countryCode: "CL" },
  { slug: "demo-au-legal", name: "Demo Legal Service for Women (Australia)", kind: "LEGAL_AID", countryCode: "AU", workCountries: ["NZ"] },
  { slug: "demo-au-circle", name: "Demo Circle for Indigenous Women's Justice (Australia)", kind: "GRASSROOTS", countryCode: "AU" },
  { slug: "demo-nz-trust", name: "Demo Trust for Women's Reintegration (New Zealand)", kind: "OTHER", countryCode: "NZ" },
];
