// What the demo people who work in English wrote on their profiles, by name. Plainly fictional: the bio
// gets a "Demo profile." prefix when the rows are built, and no text names a real organization or person.
// Members who show their country or organizations to admins only do not name them here either.
import type { DemoProfileTexts } from "./demo-people";

export const DEMO_PROFILE_TEXTS_EN: Readonly<Record<string, DemoProfileTexts>> = {
  "Demo Administrator": {
    bio: "Looks after the network's members and applications, and answers questions about how the platform works.",
    canHelpWith: "Questions about membership, privacy settings and how to invite your organization",
  },
  "Demo Moderator": {
    bio: "Keeps discussions safe and welcoming; a former prison monitor who still follows monitoring work in the region.",
    canHelpWith: "Advice on posting safely about conditions in a named prison",
  },
  "Wanjiru Example": {
    bio: "Coordinates a reentry collective in Nairobi. We meet women at the prison gate and stay with them through the first months home.",
    canHelpWith: "Setting up peer mentoring for women leaving prison, with a small budget",
    lookingFor: "Mental health services in East Africa willing to take referrals from a reentry group",
  },
  "Achieng Sample": {
    bio: "Directs a legal aid circle for women on remand. Most of our clients are mothers held for petty offences.",
    canHelpWith: "Bail applications and paralegal training for women awaiting trial",
    lookingFor: "Data on remand periods for women elsewhere in Africa, to compare with ours",
  },
  "Nafula Placeholder": {
    bio: "A nurse volunteering with women in prison on HIV care and sexual and reproductive health.",
    canHelpWith: "Running HIV testing and adherence support inside a women's prison",
  },
  "Ngozi Example": {
    bio: "Convenes a network of lawyers tracking how long women wait in custody before trial. We publish a yearly report and brief judges.",
    canHelpWith: "Documenting pre-trial detention case by case, with a simple spreadsheet method",
    lookingFor: "A partner experienced in strategic litigation on excessive remand",
  },
  "Funmilayo Sample": {
    bio: "Leads a programme bringing antenatal care and sanitary supplies into women's prisons. Pregnant women in custody are my focus.",
    canHelpWith: "Negotiating access for health workers with prison authorities",
    lookingFor: "Midwives who have worked in prisons and could mentor our team",
  },
  "Aisha Placeholder": {
    bio: "Researcher and trainer. I write curricula on gender-sensitive prison management and teach them to new officers.",
    canHelpWith: "Training on the Bangkok Rules for prison staff, in English or Hausa",
    lookingFor: "Evaluation tools to measure whether staff training changes practice",
  },
  "Thandiwe Example": {
    bio: "Founded a circle for imprisoned mothers and the children who live with them or wait outside.",
    canHelpWith: "Organizing child-friendly visits and transport for families",
    lookingFor: "Examples of mother-and-baby units that meet the Bangkok Rules",
  },
  "Lerato Sample": {
    bio: "Lead researcher on women's sentencing and alternatives to prison in southern Africa.",
    canHelpWith: "Designing surveys of women in prison, with ethics and consent built in",
    lookingFor: "Co-authors for a comparative study of community sentences for women",
  },
  "Nakato Example": {
    bio: "Works with girls in detention: schooling inside, and a safe place to go when they leave.",
    canHelpWith: "Catch-up education programmes for girls in custody",
    lookingFor: "Organizations working on alternatives to detention for girls",
  },
  "Akello Sample": {
    bio: "Advocate for survivors of violence. I support women who were imprisoned after years of abuse at home.",
    canHelpWith: "Listening and peer support for survivors of gender-based violence in prison",
    lookingFor: "Lawyers who take self-defence cases of women who killed an abuser",
  },
  "Priya Example": {
    bio: "Secretary of a forum documenting the lives of children living with their mothers in prison. I prefer to be reached through the forum.",
    canHelpWith: "Research methods for interviewing children and mothers safely",
    lookingFor: "Partners in South Asia working on non-custodial options for mothers",
  },
  "Meena Sample": {
    bio: "An advocate taking on the cases of undertrial women, some held for years without a hearing.",
    canHelpWith: "Reviewing case files and filing for release of long-term undertrials",
    lookingFor: "Volunteer lawyers for a legal aid camp in women's prisons",
  },
  "Malee Example": {
    bio: "Directs a foundation running halfway homes and vocational training for women after prison, most of them convicted of drug offences.",
    canHelpWith: "Vocational training that leads to paid work for women after prison",
    lookingFor: "Evidence on treatment instead of prison for women who use drugs",
  },
  "Siriporn Sample": {
    bio: "Formerly worked on harm reduction; now supports women with drug convictions after release.",
    canHelpWith: "Peer support for women with drug convictions",
  },
  "Maria Example": {
    bio: "Nurse coordinator of a collective offering HIV and tuberculosis testing in crowded detention centres.",
    canHelpWith: "Tuberculosis screening protocols for overcrowded detention",
    lookingFor: "Donated test kits and a partner to train peer educators",
  },
  "Eleanor Example": {
    bio: "Chief executive of a trust making the case for community sentences for women. We brief sentencers and publish research.",
    canHelpWith: "Presenting the evidence on women's centres to policy makers",
    lookingFor: "Partners outside Europe to compare non-custodial measures for women",
  },
  "Rose Sample": {
    bio: "Peer lead on a lived experience council. I have been where our members are and I say so openly.",
    canHelpWith: "Involving women with lived experience in your organization, paid and safely",
    lookingFor: "Other peer-led groups to share training materials with",
  },
  "Grace Placeholder": {
    bio: "Volunteer with two demo groups, helping foreign national women in prison and their families keep in touch.",
    canHelpWith: "Helping families arrange phone and video calls with women in prison abroad",
    lookingFor: "Contacts in West Africa and South Asia for families of women imprisoned in Europe",
  },
  "Denise Example": {
    bio: "Executive director of a coalition of groups campaigning to end the shackling of pregnant women.",
    canHelpWith: "Campaigning for laws against restraining women in labour",
    lookingFor: "Organizations abroad documenting births in custody, to compare notes",
  },
  "Tanya Sample": {
    bio: "House manager at a reentry house for women coming home from prison.",
    canHelpWith: "Running supported housing for women after prison, house rules included",
    lookingFor: "Recovery programmes designed for women rather than adapted from men's",
  },
  "Ruth Placeholder": {
    bio: "Chaplain visiting women in prison and walking with them through the first weeks after release.",
    canHelpWith: "Training faith volunteers to visit women without preaching",
  },
  "Kim Fictional": {
    bio: "Independent monitor of women's prisons, with a focus on strip searches and restraint.",
  },
  "Sophie Example": {
    bio: "Executive director of a society visiting women in federal prisons, including Indigenous women held in segregation.",
    canHelpWith: "Training volunteers to monitor women's prisons with a checklist based on the Bangkok Rules",
    lookingFor: "Monitoring bodies that report on segregation of women, to align methods",
  },
  "Olivia Example": {
    bio: "Principal solicitor at a legal service for women in prison: parole, complaints and strip searches.",
    canHelpWith: "Complaints and litigation about strip searches of women",
    lookingFor: "A partner experienced in monitoring visits to women's prisons in the Pacific",
  },
  "Kirra Sample": {
    bio: "Chairs a circle of Indigenous women supporting sisters in custody and their families.",
    canHelpWith: "Culturally safe support for Indigenous women in custody",
    lookingFor: "Indigenous women's groups in other countries working on deaths in custody",
  },
  "Aroha Example": {
    bio: "Leads a trust offering support to women and their whānau before and after release.",
    canHelpWith: "Family-centred reentry planning that starts months before release",
    lookingFor: "Organizations working with Indigenous women leaving prison in Canada or Australia",
  },
  "Hannah Sample": {
    bio: "Formerly incarcerated mother. I share my story with new members when it helps.",
    canHelpWith: "Talking with mothers about to leave prison about rebuilding contact with their children",
  },
  "Sita Example": {
    bio: "Liaison for a regional forum, working with mothers held with their children in prisons in the hills.",
    canHelpWith: "Legal aid for mothers in prison in rural areas",
    lookingFor: "Funding partners for a childcare space in a women's prison",
  },
  "Dewi Sample": {
    bio: "Works on drug policy and legal aid for women facing the harshest sentences. I keep my location private.",
    canHelpWith: "Mitigation evidence for women facing severe drug sentences",
    lookingFor: "Lawyers and researchers working on women sentenced to death for drug offences",
  },
  "Shanice Placeholder": {
    bio: "Coordinated a prison visitors circle until its members closed it; now helps women back into education and work.",
    canHelpWith: "Starting a volunteer prison visitors group from scratch",
    lookingFor: "Employers and training schemes open to women with convictions in the Caribbean",
  },
  "Rania Sample": {
    bio: "Legal advocate for migrant women detained far from home, many of them domestic workers.",
    canHelpWith: "Consular and legal contacts for foreign national women in detention",
    lookingFor: "Organizations in countries of origin that can support women when they are sent home",
  },
  "Mere Example": {
    bio: "Outreach worker in the Pacific for a legal service, working with women who survived violence before prison.",
    canHelpWith: "Outreach to women in prisons on small islands",
    lookingFor: "Training on trauma-informed support for survivors of gender-based violence",
  },
};
