import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { loadChoices, type RequestRow } from "@/lib/collaborations/loaders";
import { todayUtc } from "@/lib/collaborations/schema";
import type { MatchReasons } from "@/lib/collaborations/format";
import { RequestList } from "./request-card";

/** A short list of requests on another page (a country, an organization, the member home), with "see all". */
export async function RequestsAbout({ title, requests, seeAll, seeAllLabel, empty, headingId }: { title: string; requests: Array<RequestRow & { reasons?: MatchReasons }>; seeAll: string; seeAllLabel?: string; empty?: string; headingId: string }) {
  const [t, { countries }] = await Promise.all([getTranslations("CollaborationsAbout"), loadChoices()]);
  const countryNames = new Map(countries.map((country) => [country.code, country.name]));
  return (
    <section aria-labelledby={headingId} className="flex w-full flex-col gap-3">
      <h2 id={headingId} className="text-xl font-semibold text-ink">
        {title}
      </h2>
      {requests.length ? <RequestList requests={requests} countryNames={countryNames} label={title} today={todayUtc()} /> : <p className="text-muted">{empty ?? t("empty")}</p>}
      <Link href={seeAll} className="self-start">
        {seeAllLabel ?? t("seeAll")}
      </Link>
    </section>
  );
}
