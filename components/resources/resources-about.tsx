import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { loadChoices } from "@/lib/collaborations/loaders";
import type { ResourceRow } from "@/lib/resources/loaders";
import { ResourceList } from "./resource-card";

/** A short list of resources on another page (a country, an organization, a rule), with "see all". */
export async function ResourcesAbout({ title, resources, seeAll, headingId }: { title: string; resources: ResourceRow[]; seeAll: string; headingId: string }) {
  const [t, { countries }] = await Promise.all([getTranslations("Resources"), loadChoices()]);
  const countryNames = new Map(countries.map((country) => [country.code, country.name]));
  return (
    <section aria-labelledby={headingId} className="flex w-full flex-col gap-3">
      <h2 id={headingId} className="text-xl font-semibold text-ink">
        {title}
      </h2>
      {resources.length ? <ResourceList resources={resources} countryNames={countryNames} label={title} compact /> : <p className="text-muted">{t("noneAbout")}</p>}
      <Link href={seeAll} className="self-start">
        {t("seeAll")}
      </Link>
    </section>
  );
}
