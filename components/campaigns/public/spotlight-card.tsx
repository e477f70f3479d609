import { getLocale, getTranslations } from "next-intl/server";
import { linkClasses } from "@/components/ui/link";
import { excerpt } from "@/lib/campaigns/format";
import type { PublicSpotlight } from "@/lib/campaigns/loaders";
import { countryName } from "@/lib/countries/format";
import { buildCountryRow } from "@/lib/countries/reference-data";
import { publicPagePath } from "@/lib/http/public-pages";
import type { Locale } from "@/lib/i18n/config";

export function spotlightPath(campaignSlug: string, spotlightSlug: string): string {
  return `/campaigns/${campaignSlug}/${spotlightSlug}`;
}

/** A country's name in the page's language, from its code (reference data: no query). */
export function publicCountryName(code: string | null, locale: string): string | null {
  return code ? countryName(buildCountryRow(code), locale) || null : null;
}

/** Who and where, from the approved fields only: the name (or "a member of the network"), country, organization. */
export async function SpotlightByline({ spotlight }: { spotlight: PublicSpotlight }) {
  const locale = await getLocale();
  const details = [publicCountryName(spotlight.countryCode, locale), spotlight.organizationName].filter(Boolean);
  return details.length ? <p className="text-sm text-muted">{details.join(" · ")}</p> : null;
}

export async function SpotlightCard({ campaignSlug, spotlight }: { campaignSlug: string; spotlight: PublicSpotlight }) {
  const [t, locale] = await Promise.all([getTranslations("CampaignPublic"), getLocale()]);
  const name = spotlight.name ?? t("anonymous");
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
      <h3 className="text-lg font-semibold text-ink">{name}</h3>
      <SpotlightByline spotlight={spotlight} />
      {spotlight.workTitle ? <p className="font-medium text-ink">{spotlight.workTitle}</p> : null}
      {spotlight.story ? (
        <p className="text-ink" lang={spotlight.story.locale === locale ? undefined : spotlight.story.locale}>
          {excerpt(spotlight.story.text, 220)}
        </p>
      ) : null}
      <a href={publicPagePath(spotlightPath(campaignSlug, spotlight.slug), locale as Locale)} className={linkClasses("standalone", "inline-flex min-h-11 items-center self-start")}>
        {spotlight.name ? t("readStoryOf", { name: spotlight.name }) : t("readStory")}
      </a>
    </li>
  );
}
