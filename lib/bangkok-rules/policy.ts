// Who may open the rules hub: the members who may read what it gathers (the board, the requests, the
// directory), i.e. active members. Applicants see "your application is not decided" as on other member pages.
import { isActiveMember, type Policy } from "@/lib/auth/policy";

export const canUseRulesHub: Policy = isActiveMember;
