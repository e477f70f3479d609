import { getFormatter, getTranslations } from "next-intl/server";
import { RuleTag } from "@/components/rules/rule-tag";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import type { MatchReasons } from "@/lib/collaborations/format";
import type { RequestRow } from "@/lib/collaborations/loaders";
import { reasonsSentence } from "./match-reasons";

export type RequestCardItem = RequestRow & { reasons?: MatchReasons };

/** A day stored as "2026-12-20", shown as that day whatever the viewer's time zone. */
export const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** Requests as a list: title, kind and status, who posted it, the deadline, its tags, and (for matches) why it fits. */
export async function RequestList({ requests, countryNames, label, today }: { requests: RequestCardItem[]; countryNames: ReadonlyMap<string, string>; label: string; today: string }) {
  const [t, kinds, statuses, format] = await Promise.all([getTranslations("CollaborationCard"), getTranslations("CollaborationKinds"), getTranslations("CollaborationStatus"), getFormatter()]);
  const reasons = await Promise.all(requests.map((request) => (request.reasons ? reasonsSentence(request.reasons, countryNames, "viewer") : Promise.resolve(""))));
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
      {requests.map((request, index) => {
        const name = request.authorName ?? t("formerMember");
        const past = request.deadline !== null && request.deadline < today;
        return (
          <li key={request.id} className="flex flex-col gap-1.5 p-4">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium text-brand-800">{kinds(request.kind as never)}</span>
              <span className="rounded bg-brand-50 px-1.5 text-ink">{statuses(request.status)}</span>
              {request.visibility === "NAMED" ? <span className="rounded border border-line px-1.5 text-muted">{t("named")}</span> : null}
            </p>
            <Link href={`/collaborations/${request.id}`} {...userTextProps("text-lg font-semibold")}>
              {request.title}
            </Link>
            <p {...userTextProps("text-sm text-muted")}>
              {request.organizationName ? t("byOrganization", { organization: request.organizationName, name }) : t("by", { name })} ·{" "}
              {t("postedOn", { date: format.dateTime(request.createdAt, { dateStyle: "medium" }) })}
              {request.deadline ? <> · {past ? t("pastDeadline") : t("deadline", { date: format.dateTime(dayDate(request.deadline), { dateStyle: "medium", timeZone: "UTC" }) })}</> : null}
            </p>
            <p className="text-sm text-muted">
              {t("wanted", { accepted: request.acceptedCount, count: request.collaboratorsWanted })}
              {request.countries.length ? <> · {request.countries.map((code) => countryNames.get(code) ?? code).join(", ")}</> : null}
              {request.rules.map((rule) => (
                <span key={rule}>
                  {" "}
                  <RuleTag number={rule} label="hash" style="inline" />
                </span>
              ))}
            </p>
            {reasons[index] ? <p className="text-sm text-ink">{t("reasons", { reasons: reasons[index] })}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
